"""Settings: the player's preferences, kept in their own JSON file.

Defaults live in assets/config/default_settings.json and the allowed range
of each number (or the pattern of each text, e.g. the locale code) in
settings_ranges.json. A settings file that cannot be read
(too large, not JSON, nested too deep) is reported once, set aside as
`settings.json.broken-<time>`, and the defaults are used; a file with some
bad values (wrong type, not finite, out of range) keeps the good ones. A
folder that cannot be written is reported, never fatal.
"""

from __future__ import annotations

import json
import math
import os
import re
import time
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from game.core.paths import assets_dir, config_dir
from game.core.reading import read_text
from game.input.bindings import Bindings

SETTINGS_FILE = "settings.json"
Ranges = dict[str, tuple[float, float] | str]
MAX_BYTES = 256 * 1024  # a real settings file is about 3 KB


@dataclass
class Settings:
    """Every preference the player can change (see default_settings.json)."""

    master_volume: float
    muted: bool
    music_volume: float
    effects_volume: float
    text_speed: float
    auto_advance: bool
    auto_advance_base: float
    auto_advance_per_char: float
    scale: int
    fullscreen: bool
    window_x: int
    window_y: int
    text_size: int
    high_contrast: bool
    flash_notice_seen: bool
    reduce_flashes: bool
    reduce_shake: bool
    minigame_assist: bool
    colourblind_palette: bool
    stick_dead_zone: float
    stick_press_threshold: float
    locale: str
    bindings: Bindings = field(default_factory=Bindings)

    def to_dict(self) -> dict[str, Any]:
        data = {
            f.name: getattr(self, f.name) for f in fields(self) if f.name != "bindings"
        }
        data["bindings"] = self.bindings.to_dict()
        return data


def default_settings_path() -> Path:
    return assets_dir() / "config" / "default_settings.json"


def _defaults_dict() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(read_text(default_settings_path()))
    return data


def _ranges() -> Ranges:
    """Each number's (low, high) and each text's pattern."""
    path = assets_dir() / "config" / "settings_ranges.json"
    raw: dict[str, Any] = json.loads(read_text(path))
    return {
        k: v if isinstance(v, str) else (float(v[0]), float(v[1]))
        for k, v in raw.items()
        if k[0] != "_"
    }


def _coerce(name: str, value: Any, default: Any, ranges: Ranges) -> Any:
    """Return `value` converted to the type of `default`, or raise ValueError."""
    if isinstance(default, bool):
        if not isinstance(value, bool):
            raise ValueError(f"{name} must be true or false")
        return value
    if isinstance(default, int | float):
        return _number(name, value, type(default), ranges)
    if isinstance(default, str):
        return _text(name, value, ranges)
    return value


def _text(name: str, value: Any, ranges: Ranges) -> str:
    pattern = ranges.get(name)
    if not isinstance(value, str):
        raise ValueError(f"{name} must be text")
    if isinstance(pattern, str) and not re.fullmatch(pattern, value):
        raise ValueError(f"{name} {value!r} is not a known kind of value")
    return value


def _number(name: str, value: Any, kind: type, ranges: Ranges) -> int | float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(f"{name} must be a number")
    if not math.isfinite(value):
        raise ValueError(f"{name} must be a finite number")
    limits = ranges.get(name, (-math.inf, math.inf))
    low, high = limits if isinstance(limits, tuple) else (-math.inf, math.inf)
    if not low <= value <= high:
        raise ValueError(f"{name} must be between {low:g} and {high:g}")
    converted: int | float = kind(value)
    return converted


def settings_from_dict(
    data: dict[str, Any], problems: list[str] | None = None
) -> Settings:
    """Build Settings from a dict over the defaults; bad entries are skipped and
    described in `problems`."""
    defaults = _defaults_dict()
    ranges = _ranges()
    merged: dict[str, Any] = {}
    for name, default in defaults.items():
        if name == "bindings":
            continue
        if name not in data:
            merged[name] = default
            continue
        try:
            merged[name] = _coerce(name, data[name], default, ranges)
        except ValueError as exc:
            merged[name] = default
            if problems is not None:
                problems.append(str(exc))
    bindings = Bindings.from_dict(defaults["bindings"])
    try:
        user = Bindings.from_dict(data.get("bindings", {}))
        bindings.keys.update(user.keys)
        bindings.pad.update(user.pad)
    except (ValueError, AttributeError, TypeError):
        if problems is not None:
            problems.append("bindings could not be read; default controls are used")
    return Settings(**merged, bindings=bindings)


def default_settings() -> Settings:
    return settings_from_dict({})


def settings_path() -> Path:
    return config_dir() / SETTINGS_FILE


def load_settings(path: Path | None = None) -> tuple[Settings, list[str]]:
    """Load settings; returns them with messages for the player (empty if fine)."""
    path = path or settings_path()
    if not path.exists():
        return default_settings(), []
    try:
        data = _read(path)
    except (OSError, UnicodeDecodeError, ValueError, RecursionError) as exc:
        return default_settings(), [_set_aside(path, str(exc))]
    problems: list[str] = []
    settings = settings_from_dict(data, problems)
    notes = [f"{path}: {p}" for p in problems]
    return settings, notes


def _read(path: Path) -> dict[str, Any]:
    """The file's top-level object; ValueError (or RecursionError) if it is
    not a settings file."""
    if not path.is_file():
        raise ValueError("it is not a regular file")
    if path.stat().st_size > MAX_BYTES:
        raise ValueError(f"it is larger than {MAX_BYTES // 1024} KB")
    data = json.loads(read_text(path))
    if not isinstance(data, dict):
        raise ValueError("the top level is not an object")
    return data


def _set_aside(path: Path, why: str) -> str:
    """Move an unreadable settings file out of the way; the player's notice."""
    backup = path.with_name(f"{path.name}.broken-{time.strftime('%Y%m%d-%H%M%S')}")
    try:
        os.replace(path, backup)
    except OSError:
        return (
            f"Settings file {path} could not be read ({why}); default settings "
            "are used."
        )
    return (
        f"Settings file {path} could not be read ({why}); it was kept as "
        f"{backup.name} and default settings are used."
    )


def save_settings(settings: Settings, path: Path | None = None) -> str | None:
    """Write settings atomically (temporary file, then replace); None, or a
    notice for the player if the folder cannot be written (play goes on)."""
    path = path or settings_path()
    tmp = path.with_name(path.name + ".tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(tmp, "w", encoding="utf-8") as handle:
            json.dump(settings.to_dict(), handle, indent=2, sort_keys=True)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        return f"Settings could not be saved to {path} ({exc.strerror or exc})."
    return None
