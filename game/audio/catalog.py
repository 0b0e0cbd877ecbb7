"""Where built sounds and music live, and which names exist (no pygame).

Validators use `sound_names()` / `music_names()` to check `<<sound NAME>>`,
`<<music NAME>>` and a map's `music` property against what was built.
"""

from __future__ import annotations

import re
from pathlib import Path

from game.core.paths import assets_dir

SFX = "sfx"
MUSIC = "music"
SUFFIX = ".wav"
NAME = re.compile(r"[a-z0-9_]{1,64}")  # names select files: no paths


def audio_dir() -> Path:
    """The built audio folder: assets/audio (with sfx/ and music/ inside)."""
    return assets_dir() / "audio"


def is_name(name: str) -> bool:
    """True for a plain sound or music name (`ui_confirm`): never a path."""
    return NAME.fullmatch(name) is not None


def sound_path(name: str, root: Path | None = None) -> Path:
    """The effect's file; ValueError for a name that is not a plain name."""
    return _inside(root or audio_dir(), SFX, name)


def music_path(name: str, root: Path | None = None) -> Path:
    """The track's file; ValueError for a name that is not a plain name."""
    return _inside(root or audio_dir(), MUSIC, name)


def _inside(root: Path, folder: str, name: str) -> Path:
    if not is_name(name):
        raise ValueError(f"{name[:40]!r} is not a sound name (letters, digits, _)")
    return root / folder / f"{name}{SUFFIX}"


def _names(folder: Path) -> list[str]:
    return sorted(p.stem for p in folder.glob(f"*{SUFFIX}"))


def sound_names(root: Path | None = None) -> list[str]:
    """Names `play_sound` accepts, e.g. ["alarm", "blip", ...]."""
    return _names((root or audio_dir()) / SFX)


def music_names(root: Path | None = None) -> list[str]:
    """Names `play_music` accepts, e.g. ["clinic_calm", "title", ...]."""
    return _names((root or audio_dir()) / MUSIC)
