"""Speakers: display name -> portrait, name colour and role (dialogue/speakers.json).

Read by the dialogue box (name plates and portraits) and by the checker
(every speaker and mood has a portrait). Light on purpose: the dialogue box
loads it at launch. `role` is optional: a short subtitle for the name plate
("Eastside Care Watch") that tells apart people who share a name.
"""

from __future__ import annotations

import json
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


def load_speakers(root: Path) -> tuple[dict[str, Speaker], list[Finding]]:
    """dialogue/speakers.json: display name -> {portrait, colour, role?}."""
    path = root / "dialogue" / SPEAKERS_FILE
    name = f"dialogue/{SPEAKERS_FILE}"
    if not path.exists():
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
