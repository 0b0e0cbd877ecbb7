"""Profile: what persists across save slots -- endings reached, dialogue lines
seen (for skipping), total play time. One JSON file in the data folder.

Loading never fails: a damaged file is reported once in `messages`, kept
aside as `profile.json.broken`, and the backup (or a fresh profile) is used.
(No pygame.)
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from game.core.paths import data_dir
from game.core.reading import SAVE_BYTES, read_limited
from game.save import shape
from game.save.atomic import backup_path, write_atomic
from game.save.codec import checksum, parse_json
from game.save.errors import Damage, LoadError, ShapeError

PROFILE_FILE = "profile.json"
PROFILE_KIND = "smile-protocol-profile"
PROFILE_VERSION = 1
BROKEN_SUFFIX = ".broken"


def profile_path() -> Path:
    return data_dir() / PROFILE_FILE


@dataclass
class Profile:
    """Progress shared by every slot.

    endings    -- episode number -> names (ids) of the endings reached.
    seen_lines -- dialogue line ids the player has seen.
    play_time  -- seconds played over all playthroughs.
    messages   -- notices for the player (a damaged file, a failed write);
                  the UI shows and clears them.
    """

    path: Path = field(default_factory=profile_path)
    endings: dict[int, set[str]] = field(default_factory=dict)
    seen_lines: set[str] = field(default_factory=set)
    play_time: float = 0.0
    messages: list[str] = field(default_factory=list)

    def mark_ending(self, episode: int, name: str) -> bool:
        """Record an ending; True if it is new."""
        reached = self.endings.setdefault(episode, set())
        new = name not in reached
        reached.add(name)
        return new

    def endings_for(self, episode: int) -> frozenset[str]:
        return frozenset(self.endings.get(episode, ()))

    def mark_seen(self, line_id: str) -> None:
        self.seen_lines.add(line_id)

    def has_seen(self, line_id: str) -> bool:
        return line_id in self.seen_lines

    def add_play_time(self, seconds: float) -> None:
        self.play_time += seconds

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": PROFILE_KIND,
            "version": PROFILE_VERSION,
            "endings": {str(ep): sorted(names) for ep, names in self.endings.items()},
            "seen_lines": sorted(self.seen_lines),
            "play_time": self.play_time,
        }

    def save(self) -> bool:
        """Write atomically (previous version kept as `.bak`). On failure the
        file is unchanged, a message is added, and False is returned."""
        data = self.to_dict()
        data["checksum"] = checksum(data)
        text = json.dumps(data, indent=1, sort_keys=True) + "\n"
        try:
            write_atomic(self.path, text.encode("utf-8"))
        except OSError as exc:
            self.messages.append(
                f"Progress could not be saved to {self.path}: {exc.strerror or exc}"
            )
            return False
        return True

    @classmethod
    def load(cls, path: Path | None = None) -> Profile:
        """The profile at `path` (default `data_dir()/profile.json`); never raises."""
        path = Path(path) if path else profile_path()
        if not path.exists():
            return cls(path=path)
        try:
            return read_profile(path)
        except LoadError as problem:
            return _recover(path, problem)


def read_profile(path: Path) -> Profile:
    """Parse a profile file; raises LoadError naming the damage."""
    try:
        raw = read_limited(path, SAVE_BYTES)
    except OSError as exc:
        raise LoadError(path, Damage.UNREADABLE, exc.strerror or str(exc)) from exc
    data = parse_json(raw, path)
    if data.get("kind") != PROFILE_KIND:
        raise LoadError(path, Damage.WRONG_SHAPE, "it is not marked as a profile")
    if data.get("version") != PROFILE_VERSION:
        raise LoadError(path, Damage.NEWER_VERSION, f"version {data.get('version')!r}")
    if data.get("checksum") != checksum(data):
        raise LoadError(path, Damage.CHECKSUM, "the contents do not match it")
    try:
        return _from_dict(data, path)
    except ShapeError as exc:
        raise LoadError(path, Damage.WRONG_SHAPE, str(exc)) from exc


def _from_dict(data: dict[str, Any], path: Path) -> Profile:
    endings_data = shape.mapping(shape.field(data, "endings"), "endings")
    endings: dict[int, set[str]] = {}
    for key, names in endings_data.items():
        if not (key.isascii() and key.isdigit()):
            raise ShapeError(f"endings key {key!r} should be an episode number")
        endings[int(key)] = set(shape.string_list(names, f"endings of {key}"))
    return Profile(
        path=path,
        endings=endings,
        seen_lines=set(shape.string_list(shape.field(data, "seen_lines"), "seen")),
        play_time=shape.number(shape.field(data, "play_time"), "play_time"),
    )


def _recover(path: Path, problem: LoadError) -> Profile:
    """Keep the damaged file aside, fall back to the backup or a fresh start."""
    broken = path.with_name(path.name + BROKEN_SUFFIX)
    kept = ""
    try:
        os.replace(path, broken)
        kept = f" It was kept as {broken.name}."
    except OSError:
        pass  # read-only folder: nothing to move, nothing lost
    try:
        profile = read_profile(backup_path(path))
        profile.path = path
        outcome = "the previous copy of your progress is used"
    except LoadError:
        profile = Profile(path=path)
        outcome = "progress (endings seen, lines read) starts fresh"
    what = LoadError(problem.path, problem.kind, problem.detail, "Progress file")
    profile.messages.append(f"{what.message}{kept} {outcome.capitalize()}.")
    return profile
