"""Findings for one minigame level file, collected while it is read.

Every level module reports through a `Report`, so a level's errors and
warnings come out together, each naming the level's file.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from game.core.findings import Finding, error, warning


@dataclass
class Report:
    """Collects findings for one map file (`file` as a designer knows it)."""

    file: str
    findings: list[Finding] = field(default_factory=list)

    def error(self, message: str, where: str = "", hint: str = "") -> None:
        self.findings.append(error(self.file, message, where, hint))

    def warn(self, message: str, where: str = "", hint: str = "") -> None:
        self.findings.append(warning(self.file, message, where, hint))

    @property
    def has_errors(self) -> bool:
        return any(f.is_error for f in self.findings)
