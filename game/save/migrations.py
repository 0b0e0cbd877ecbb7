"""Save schema versions and the chain of migrations between them (no pygame).

`migrate(data)` lifts a decoded save of any older version, one step at a time
(N -> N+1), to `SCHEMA_VERSION`. Each step takes and returns plain JSON data
and raises KeyError/TypeError/ValueError when the old data lacks what it
needs; the codec reports those as a wrongly shaped file.

History:
1 -- first release: story fields flat at the top level (variables, visits,
     once, minigame, play_time), position as `x`/`y`, `saved_at` in Unix
     seconds, the place name under `location`; no thumbnail, no endings, no
     game version and no checksum.
2 -- story nested under `story` (StoryState.to_dict), `position` [x, y],
     ISO `saved_at`, `label`, base64 PNG `thumbnail`, `game_version` and a
     sha256 `checksum` of the canonical JSON.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

SCHEMA_VERSION = 2
FIRST_CHECKSUMMED_VERSION = 2

Migration = Callable[[dict[str, Any]], dict[str, Any]]


def v1_to_v2(old: dict[str, Any]) -> dict[str, Any]:
    """Nest the flat story fields, rename places and times, add new fields."""
    saved_at = datetime.fromtimestamp(float(old["saved_at"]), UTC)
    return {
        "kind": old["kind"],
        "schema_version": 2,
        "game_version": "unknown (schema 1)",
        "saved_at": saved_at.isoformat(timespec="seconds"),
        "map": old["map"],
        "position": [old["x"], old["y"]],
        "facing": old["facing"],
        "label": old.get("location", ""),
        "story": {
            "episode": old["episode"],
            "variables": old["variables"],
            "visits": old["visits"],
            "once": old["once"],
            "minigame": old["minigame"],
            "endings": [],
            "play_time": old["play_time"],
        },
        "thumbnail": "",
    }


def migrations() -> dict[int, Migration]:
    """Version N -> the function that lifts a version-N save to N+1."""
    return {1: v1_to_v2}


def migrate(data: dict[str, Any], version: int) -> dict[str, Any]:
    """Lift `data` (a decoded save of `version` <= SCHEMA_VERSION) to the
    current version. Raises ValueError if a step is missing."""
    steps = migrations()
    while version < SCHEMA_VERSION:
        if version not in steps:
            raise ValueError(f"no migration from save format {version}")
        data = steps[version](data)
        version += 1
    return data
