"""UI transition timings from assets/config/timing.json."""

from __future__ import annotations

import json
from functools import cache

from game.core.paths import assets_dir
from game.core.reading import read_text


@cache
def timing(name: str) -> float:
    """Seconds (or speeds) for a named UI transition; KeyError if unknown."""
    raw = json.loads(read_text(assets_dir() / "config" / "timing.json"))
    return float(raw[name])


def ease_in_out(t: float) -> float:
    """Smoothstep 0..1 -> 0..1: motion that settles instead of stopping dead."""
    t = min(max(t, 0.0), 1.0)
    return t * t * (3.0 - 2.0 * t)
