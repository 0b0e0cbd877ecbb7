"""Where built sounds and music live, and which names exist (no pygame).

Validators use `sound_names()` / `music_names()` to check `<<sound NAME>>`,
`<<music NAME>>` and a map's `music` property against what was built.
"""

from __future__ import annotations

from pathlib import Path

from game.core.paths import assets_dir

SFX = "sfx"
MUSIC = "music"
SUFFIX = ".wav"


def audio_dir() -> Path:
    """The built audio folder: assets/audio (with sfx/ and music/ inside)."""
    return assets_dir() / "audio"


def sound_path(name: str, root: Path | None = None) -> Path:
    return (root or audio_dir()) / SFX / f"{name}{SUFFIX}"


def music_path(name: str, root: Path | None = None) -> Path:
    return (root or audio_dir()) / MUSIC / f"{name}{SUFFIX}"


def _names(folder: Path) -> list[str]:
    return sorted(p.stem for p in folder.glob(f"*{SUFFIX}"))


def sound_names(root: Path | None = None) -> list[str]:
    """Names `play_sound` accepts, e.g. ["alarm", "blip", ...]."""
    return _names((root or audio_dir()) / SFX)


def music_names(root: Path | None = None) -> list[str]:
    """Names `play_music` accepts, e.g. ["clinic_calm", "title", ...]."""
    return _names((root or audio_dir()) / MUSIC)
