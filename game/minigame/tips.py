"""First-time tips: one short teaching step per glitch kind.

The words live in assets/data/minigame_tips.json (a title and a line per
kind, `{action}` names filled with the player's keys by the scene). A tip
is shown the first time a kind appears; the profile remembers it as a seen
id (`seen_id`), like a read dialogue line. Pure: no pygame.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from game.core.paths import assets_dir
from game.core.reading import KB, read_limited
from game.minigame.spec import GlitchKind

TIPS_BYTES = 64 * KB


@dataclass(frozen=True)
class Tip:
    """The teaching step for one glitch kind."""

    title: str
    text: str


def tips_path() -> Path:
    return assets_dir() / "data" / "minigame_tips.json"


def load_tips(path: Path | None = None) -> dict[GlitchKind, Tip]:
    """Every kind's tip; a kind missing from the file simply has none."""
    raw = json.loads(read_limited(path or tips_path(), TIPS_BYTES).decode("utf-8"))
    return {
        kind: Tip(str(raw[kind.value]["title"]), str(raw[kind.value]["text"]))
        for kind in GlitchKind
        if kind.value in raw
    }


def seen_id(kind: GlitchKind) -> str:
    """The id a shown tip is remembered by in the profile's seen set."""
    return f"minigame_tip:{kind.value}"
