"""Speakers: display name -> portrait, name colour and role (dialogue/speakers.json).

Read by the dialogue box (name plates and portraits) and by the checker
(every speaker and mood has a portrait). Light on purpose: the dialogue box
loads it at launch. `role` is optional: a short subtitle for the name plate
("Eastside Care Watch") that tells apart people who share a name.

An episode may add its own table, dialogue/epN/speakers.json, in the same
shape: within episode N its names are added to the shared ones and win over
them, so two episodes can each have an "Elara" or a "Receptionist" of their
own. Lines in dialogue/epN/ are checked against episode N's table.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from game.core.findings import Finding, error
from game.core.reading import DIALOGUE_BYTES, read_text

SPEAKERS_FILE = "speakers.json"
SHAPE_HINT = (
    'each speaker needs {"portrait": id or null, "colour": palette name} '
    'and may have "role": a short subtitle'
)


@dataclass(frozen=True)
class Speaker:
    portrait: str | None
    colour: str
    role: str | None = None


_EPISODE_FOLDER = re.compile(r"(?:^|/)dialogue/ep(\d+)/")


def episode_of(file: str) -> int | None:
    """The episode whose folder holds `file` (dialogue/epN/...), else None."""
    found = _EPISODE_FOLDER.search(file.replace("\\", "/"))
    return int(found.group(1)) if found else None


def load_speakers(
    root: Path, episode: int | None = None
) -> tuple[dict[str, Speaker], list[Finding]]:
    """The shared table plus episode `episode`'s own (dialogue/epN/speakers.json,
    if there is one). Without an episode: every episode's names, for tools
    that only need to know them all (string tables, actors)."""
    speakers, findings = _load_table(root, f"dialogue/{SPEAKERS_FILE}", required=True)
    for number in _overlay_episodes(root, episode):
        extra, problems = _load_table(root, f"dialogue/ep{number}/{SPEAKERS_FILE}")
        speakers.update(extra)
        findings.extend(problems)
    return speakers, findings


def _overlay_episodes(root: Path, episode: int | None) -> list[int]:
    if episode is not None:
        return [episode]
    found = root.joinpath("dialogue").glob(f"ep*/{SPEAKERS_FILE}")
    numbers = (episode_of(p.relative_to(root).as_posix()) for p in found)
    return sorted(n for n in numbers if n is not None)


def _load_table(
    root: Path, name: str, required: bool = False
) -> tuple[dict[str, Speaker], list[Finding]]:
    """One speakers file: display name -> {portrait, colour, role?}."""
    path = root / name
    if not path.exists():
        if not required:
            return {}, []
        return {}, [error(name, "missing", hint="create it (see dialogue/README.md)")]
    try:
        raw = json.loads(read_text(path, DIALOGUE_BYTES))
        speakers = {
            key: _speaker(value)
            for key, value in raw.items()
            if not key.startswith("_")
        }
    except (OSError, ValueError, KeyError, AttributeError, TypeError) as err:
        return {}, [error(name, f"cannot read it: {err}", hint=SHAPE_HINT)]
    return speakers, []


def _speaker(value: dict[str, Any]) -> Speaker:
    """One entry; TypeError when its role is there but not text."""
    role = value.get("role")
    if role is not None and not isinstance(role, str):
        raise TypeError(f"role {role!r} is not text")
    return Speaker(value.get("portrait"), str(value["colour"]), role or None)
