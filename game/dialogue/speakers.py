"""Speakers: display name -> portrait and name colour, from dialogue/speakers.json.

Read by the dialogue box (name plates and portraits) and by the checker
(every speaker and mood has a portrait). Light on purpose: the dialogue box
loads it at launch.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from game.core.findings import Finding, error

SPEAKERS_FILE = "speakers.json"


@dataclass(frozen=True)
class Speaker:
    portrait: str | None
    colour: str


def load_speakers(root: Path) -> tuple[dict[str, Speaker], list[Finding]]:
    """dialogue/speakers.json: display name -> {portrait, colour}."""
    path = root / "dialogue" / SPEAKERS_FILE
    name = f"dialogue/{SPEAKERS_FILE}"
    if not path.exists():
        return {}, [error(name, "missing", hint="create it (see dialogue/README.md)")]
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        speakers = {
            key: Speaker(value.get("portrait"), str(value["colour"]))
            for key, value in raw.items()
            if not key.startswith("_")
        }
    except (ValueError, KeyError, AttributeError, TypeError) as err:
        return {}, [
            error(
                name,
                f"cannot read it: {err}",
                hint="each speaker needs "
                '{"portrait": id or null, "colour": palette name}',
            )
        ]
    return speakers, []
