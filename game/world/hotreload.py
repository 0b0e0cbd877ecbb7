"""Dev hot reload: notice when a map or any file it uses changes on disk (no pygame)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

from game.tiled.project import default_project_path


def watched_files(map_path: Path) -> list[Path]:
    """The map, its tilesets and their images, its templates, the project file."""
    files = [map_path, default_project_path()]
    try:
        root = ET.parse(map_path).getroot()
    except (ET.ParseError, OSError):
        return files  # keep watching the map itself until it reads again
    for node in root.iter():
        source = node.get("source") if node.tag in ("tileset", "image") else None
        source = source or node.get("template")
        if source:
            files.append((map_path.parent / source).resolve())
    for tsx in [f for f in files if f.suffix == ".tsx"]:
        files += _tileset_images(tsx)
    return sorted(set(files))


def _tileset_images(tsx: Path) -> list[Path]:
    try:
        root = ET.parse(tsx).getroot()
    except (ET.ParseError, OSError):
        return []
    return [(tsx.parent / i.get("source", "")).resolve() for i in root.iter("image")]


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime_ns
    except OSError:
        return -1.0


@dataclass
class Watcher:
    """Polls mtimes every `interval` seconds of game time."""

    map_path: Path
    interval: float
    elapsed: float = 0.0
    stamps: dict[Path, float] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.rearm()

    def rearm(self) -> None:
        """Remember the current state (after a load, good or bad)."""
        self.stamps = {p: _mtime(p) for p in watched_files(self.map_path)}

    def changed(self, dt: float) -> bool:
        """True once when any watched file changed since the last rearm."""
        self.elapsed += dt
        if self.elapsed < self.interval:
            return False
        self.elapsed = 0.0
        return any(_mtime(p) != stamp for p, stamp in self.stamps.items())
