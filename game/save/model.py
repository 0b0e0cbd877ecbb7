"""SaveGame: one snapshot of a playthrough, and its JSON-ready form (no pygame).

A save holds the story (variables, visits, once-flags, minigame results,
endings, play time, the objective line), where the player stands (map,
pixel position, facing), a display label for the place, a small PNG
thumbnail and when/what wrote it.
"""

from __future__ import annotations

import base64
import binascii
import copy
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath
from typing import Any

from game.core.episodes import load_episodes
from game.core.paths import project_root
from game.core.story import StoryState
from game.save import shape
from game.save.errors import ShapeError
from game.save.migrations import SCHEMA_VERSION

SAVE_KIND = "smile-protocol-save"
MAX_THUMBNAIL_BYTES = 20 * 1024
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
FACINGS = ("down", "up", "left", "right")  # the maps' Direction enum


@dataclass(frozen=True)
class Limits:
    """The largest values a real playthrough writes, with room to spare; a
    save beyond them was edited or damaged and is refused, not loaded."""

    play_time: float = 1.0e8  # seconds: three years of play
    visits: int = 1_000_000
    entries: int = 10_000  # variables, visits, results, once keys, endings
    name: int = 200  # characters in a variable, node or map name
    text: int = 10_000  # characters in a text value
    number: float = 1.0e12
    position: float = 1.0e6  # map pixels


LIMITS = Limits()

Clock = Callable[[], datetime]


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass
class SaveGame:
    """A snapshot of a playthrough. `episode` and `play_time` come from the story.

    map       -- the map file relative to the project root, '/'-separated.
    position  -- the player's (x, y) in map pixels.
    facing    -- 'down', 'up', 'left' or 'right'.
    label     -- the place's display name, e.g. 'Nexus lobby'.
    thumbnail -- PNG bytes (at most 20 KB), b'' when there is none.
    saved_at  -- ISO 8601 time with offset, e.g. '2031-04-02T18:20:05+00:00'.
    """

    story: StoryState
    map: str
    position: tuple[float, float]
    facing: str = "down"
    label: str = ""
    thumbnail: bytes = b""
    saved_at: str = ""
    game_version: str = ""
    schema_version: int = SCHEMA_VERSION

    def __post_init__(self) -> None:
        if len(self.thumbnail) > MAX_THUMBNAIL_BYTES:
            raise ValueError(
                f"thumbnail is {len(self.thumbnail)} bytes; "
                f"the limit is {MAX_THUMBNAIL_BYTES}"
            )
        if self.facing not in FACINGS:
            raise ValueError(f"facing {self.facing!r} is not one of {FACINGS}")

    @property
    def episode(self) -> int:
        return self.story.episode

    @property
    def play_time(self) -> float:
        return self.story.play_time

    @classmethod
    def capture(
        cls,
        story: StoryState,
        map: str | Path,
        position: tuple[float, float],
        facing: str = "down",
        label: str = "",
        thumbnail: bytes = b"",
        clock: Clock = utc_now,
    ) -> SaveGame:
        """Snapshot the live state now: the story is deep-copied, so playing on
        does not change the save; `clock` gives the time (tests pass a fake)."""
        # Deferred: package metadata is read at the first save, not at launch.
        from game.core.version import game_version

        return cls(
            story=copy.deepcopy(story),
            map=relative_map_path(map),
            position=(float(position[0]), float(position[1])),
            facing=facing,
            label=label,
            thumbnail=bytes(thumbnail),
            saved_at=clock().isoformat(timespec="seconds"),
            game_version=game_version(),
        )

    def saved_datetime(self) -> datetime | None:
        """`saved_at` as an aware datetime, or None if it cannot be read."""
        return parse_time(self.saved_at)

    def to_dict(self) -> dict[str, Any]:
        """The JSON-ready form (without the checksum, which the codec adds)."""
        return {
            "kind": SAVE_KIND,
            "schema_version": SCHEMA_VERSION,
            "game_version": self.game_version,
            "saved_at": self.saved_at,
            "map": self.map,
            "position": [self.position[0], self.position[1]],
            "facing": self.facing,
            "label": self.label,
            "story": self.story.to_dict(),
            "thumbnail": base64.b64encode(self.thumbnail).decode("ascii"),
        }

    @classmethod
    def from_dict(cls, data: Any) -> SaveGame:
        """Rebuild from `to_dict` output; raises ShapeError naming the bad field."""
        data = shape.mapping(data, "the save")
        try:
            return cls(
                story=story_from_dict(shape.field(data, "story")),
                map=_map_path(shape.field(data, "map")),
                position=_position(shape.field(data, "position")),
                facing=shape.string(shape.field(data, "facing"), "facing"),
                label=shape.short(
                    shape.string(shape.field(data, "label"), "label"),
                    LIMITS.name,
                    "label",
                ),
                thumbnail=_thumbnail(shape.field(data, "thumbnail")),
                saved_at=_time_text(shape.field(data, "saved_at")),
                game_version=shape.string(
                    shape.field(data, "game_version"), "game_version"
                ),
            )
        except ShapeError:
            raise
        except ValueError as exc:  # __post_init__'s checks
            raise ShapeError(str(exc)) from exc


def relative_map_path(map: str | Path) -> str:
    """A map path as stored: relative to the project root, '/'-separated."""
    path = Path(map)
    if path.is_absolute():
        path = path.resolve().relative_to(project_root())
    return path.as_posix()


def parse_time(text: str) -> datetime | None:
    """An ISO time as an aware datetime (naive ones are taken as UTC)."""
    try:
        moment = datetime.fromisoformat(text)
    except (TypeError, ValueError):
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def story_from_dict(data: Any) -> StoryState:
    """A StoryState from saved JSON: the fields known here are type-checked
    (numbers normalised to float), then `StoryState.from_dict` builds it, so
    fields the story gains later still travel through saves."""
    data = shape.mapping(data, "story")
    _check_sizes(data)
    episode = shape.integer(shape.field(data, "episode", "story "), "episode")
    checked = {
        "episode": _episode(episode),
        "variables": {
            k: _story_value(v, f"variable {k!r}")
            for k, v in _story_map(data, "variables").items()
        },
        "visits": {k: _visits(v, k) for k, v in _story_map(data, "visits").items()},
        "once": shape.string_list(shape.field(data, "once", "story "), "once"),
        "minigame": {k: _result(v, k) for k, v in _story_map(data, "minigame").items()},
        "endings": shape.string_list(shape.field(data, "endings", "story "), "endings"),
        "play_time": shape.within(
            shape.number(shape.field(data, "play_time", "story "), "play_time"),
            0.0,
            LIMITS.play_time,
            "play_time",
        ),
        "objective": _objective(data),
    }
    try:
        return StoryState.from_dict({**data, **checked})
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise ShapeError(f"story could not be read ({exc!r})") from exc


def _objective(data: dict[str, Any]) -> str:
    """The objective line; a story saved before objectives existed has none."""
    text = shape.string(data.get("objective", ""), "objective")
    return shape.short(text, LIMITS.text, "objective")


def _check_sizes(data: dict[str, Any]) -> None:
    """No part of a story may be larger than a real playthrough makes it."""
    for key in ("variables", "visits", "minigame", "once", "endings"):
        part = data.get(key)
        if isinstance(part, dict | list):
            shape.few(part, LIMITS.entries, f"story {key}")
            for name in part:
                if isinstance(name, str):
                    shape.short(name, LIMITS.name, f"story {key} name")


def _episode(number: int) -> int:
    known = {chosen.number for chosen in load_episodes()}
    if number not in known:
        raise ShapeError(f"episode {number} is not one of {sorted(known)}")
    return number


def _visits(value: Any, node: str) -> int:
    count = shape.integer(value, f"visits of {node!r}")
    return int(shape.within(count, 0, LIMITS.visits, f"visits of {node!r}"))


def _story_map(data: dict[str, Any], key: str) -> dict[str, Any]:
    return shape.mapping(shape.field(data, key, "story "), f"story {key}")


def _result(value: Any, level: str) -> dict[str, bool | float | str]:
    record = shape.mapping(value, f"minigame result {level!r}")
    shape.few(record, LIMITS.entries, f"minigame result {level!r}")
    return {k: _story_value(v, f"{level}.{k}") for k, v in record.items()}


def _story_value(value: Any, where: str) -> bool | float | str:
    """A Yarn value no longer than the game ever writes."""
    checked = shape.story_value(value, where)
    if isinstance(checked, str):
        return shape.short(checked, LIMITS.text, where)
    if isinstance(checked, float):
        return shape.within(checked, -LIMITS.number, LIMITS.number, where)
    return checked


def _map_path(value: Any) -> str:
    text = shape.string(value, "map")
    parts = PurePosixPath(text).parts
    if not text or text.startswith("/") or ".." in parts or "\\" in text:
        raise ShapeError(f"map {text!r} should be a path inside the project")
    if parts[:1] != ("maps",) or not text.endswith(".tmx"):
        raise ShapeError(f"map {text!r} should be a .tmx file under maps/")
    return shape.short(text, LIMITS.name, "map")


def _position(value: Any) -> tuple[float, float]:
    if not isinstance(value, list) or len(value) != 2:
        raise ShapeError("position should be a list of two numbers")
    x = shape.number(value[0], "position x")
    y = shape.number(value[1], "position y")
    reach = LIMITS.position
    return (
        shape.within(x, -reach, reach, "position x"),
        shape.within(y, -reach, reach, "position y"),
    )


def _thumbnail(value: Any) -> bytes:
    text = shape.string(value, "thumbnail")
    try:
        data = base64.b64decode(text.encode("ascii"), validate=True)
    except (UnicodeEncodeError, binascii.Error) as exc:
        raise ShapeError("thumbnail is not base64 text") from exc
    if data and not data.startswith(PNG_SIGNATURE):
        raise ShapeError("thumbnail is not a PNG image")
    return data


def _time_text(value: Any) -> str:
    text = shape.string(value, "saved_at")
    if parse_time(text) is None:
        raise ShapeError(f"saved_at {text!r} is not an ISO date and time")
    return text
