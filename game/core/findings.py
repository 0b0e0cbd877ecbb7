"""Findings: what a content check reports, in one format for every checker.

Maps, tilesets, templates, dialogue and minigame levels all report problems as
`Finding`s so `python -m game.tools.check` prints them the same way:
`ERROR file › layer › #id "name" (Class) @ tile x,y: what is wrong — how to fix`.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Severity(Enum):
    ERROR = "ERROR"
    WARNING = "WARN"


@dataclass(frozen=True)
class Finding:
    """One problem in one place. `where` is the path inside the file
    (e.g. `Entities › #12 "door_house" (Door) @ tile 0,7` or `line 17 col 2`)."""

    severity: Severity
    file: str
    message: str
    where: str = ""
    hint: str = ""

    def format(self) -> str:
        place = f"{self.file} › {self.where}" if self.where else self.file
        text = f"{self.severity.value:<5} {place}: {self.message}"
        return f"{text} — {self.hint}" if self.hint else text

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR


def error(file: str, message: str, where: str = "", hint: str = "") -> Finding:
    return Finding(Severity.ERROR, file, message, where, hint)


def warning(file: str, message: str, where: str = "", hint: str = "") -> Finding:
    return Finding(Severity.WARNING, file, message, where, hint)
