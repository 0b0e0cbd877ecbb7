"""World tuning numbers (speeds, reach, easing) read from game/world/tuning.json."""

from __future__ import annotations

import json
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from game.core.reading import read_text

TUNING_FILE = Path(__file__).with_name("tuning.json")


@dataclass(frozen=True)
class Tuning:
    """Pixels, seconds and pixels per second; see tuning.json for values."""

    player_speed: float
    player_box: tuple[int, int]
    npc_speed: float
    scripted_walk_budget_s: float  # a `move` that has not arrived by then ends
    walk_frame_ms: int
    interact_reach: int
    corner_slide: int
    camera_ease: float
    wander_radius_tiles: int
    wander_pause_s: tuple[float, float]
    wander_step_tiles: tuple[int, int]
    player_clearance: int
    fade_seconds: float
    shake_decay: float
    hot_reload_poll_s: float
    prompt_rise: int
    prompt_head_lift: int
    prompts: dict[str, str]
    door_label_reach: int
    door_label_max_chars: int
    bark_reach: int
    bark_seconds: float
    bark_width: int


def load_tuning(path: Path = TUNING_FILE) -> Tuning:
    """The tuning in `path` (JSON lists become tuples)."""
    data = json.loads(read_text(path))
    values: dict[str, Any] = {
        f.name: tuple(data[f.name]) if isinstance(data[f.name], list) else data[f.name]
        for f in fields(Tuning)
    }
    return Tuning(**values)
