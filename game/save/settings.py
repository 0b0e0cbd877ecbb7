"""Settings: the player's preferences, kept in their own JSON file.

Defaults live in assets/config/default_settings.json. A settings file that
cannot be read is reported once, kept beside as `settings.json.broken`, and
the defaults are used; a file with some bad values keeps the good ones.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from game.core.paths import assets_dir, config_dir
from game.input.bindings import Bindings

SETTINGS_FILE = "settings.json"


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
    stick_dead_zone: float
    stick_press_threshold: float
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
    data: dict[str, Any] = json.loads(
        default_settings_path().read_text(encoding="utf-8")
    )
    return data


def _coerce(name: str, value: Any, default: Any) -> Any:
    """Return `value` converted to the type of `default`, or raise ValueError."""
    if isinstance(default, bool):
        if not isinstance(value, bool):
            raise ValueError(f"{name} must be true or false")
        return value
    if isinstance(default, int | float):
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ValueError(f"{name} must be a number")
        return type(default)(value)
    return value


def settings_from_dict(
    data: dict[str, Any], problems: list[str] | None = None
) -> Settings:
    """Build Settings from a dict over the defaults; bad entries are skipped and
    described in `problems`."""
    defaults = _defaults_dict()
    merged: dict[str, Any] = {}
    for name, default in defaults.items():
        if name == "bindings":
            continue
        if name not in data:
            merged[name] = default
            continue
        try:
            merged[name] = _coerce(name, data[name], default)
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
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict):
            raise ValueError("the top level is not an object")
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        backup = path.with_name(path.name + ".broken")
        os.replace(path, backup)
        return default_settings(), [
            f"Settings file {path} could not be read ({exc}); it was kept as "
            f"{backup.name} and default settings are used."
        ]
    problems: list[str] = []
    settings = settings_from_dict(data, problems)
    notes = [f"{path}: {p}" for p in problems]
    return settings, notes


def save_settings(settings: Settings, path: Path | None = None) -> None:
    """Write settings atomically (temporary file, then replace)."""
    path = path or settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "w", encoding="utf-8") as handle:
        json.dump(settings.to_dict(), handle, indent=2, sort_keys=True)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)
