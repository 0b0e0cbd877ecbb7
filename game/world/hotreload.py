"""Dev hot reload: notice when a map or any file it uses changes on disk, and
load it only if the map checker finds no error in it (no pygame).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

from game.core.findings import Finding
from game.core.paths import maps_dir
from game.tiled.errors import MapLoadError
from game.tiled.project import default_project_path, load_project
from game.world.loader import load_map
from game.world.model import WorldMap
from game.world.validate import Knowledge, validate_map


def checked(path: Path) -> tuple[WorldMap, list[Finding]]:
    """The map and the checker's errors on it (dialogue names are not known
    here: the dialogue reloads on its own). MapLoadError if it cannot load."""
    project = load_project()
    world = load_map(path, project)
    know = Knowledge(project, maps_dir(), load=lambda p: load_map(p, project))
    return world, [f for f in validate_map(world, know) if f.is_error]


def _error_lines(path: Path) -> set[str]:
    try:
        return {f.format() for f in checked(path)[1]}
    except MapLoadError:
        return set()


def overlay_lines(findings: list[Finding], limit: int) -> list[str]:
    """The dev overlay's rows: per finding `file › layer › object`, then the
    message and the fix, indented."""
    rows: list[str] = []
    for f in findings[:limit]:
        place = f"{f.file} › {f.where}" if f.where else f.file
        rows.append(place)
        rows.append(f"  {f.message}")
        if f.hint:
            rows.append(f"  fix: {f.hint}")
    if len(findings) > limit:
        rows.append(f"+{len(findings) - limit} more: python -m game.tools.check")
    return rows


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
    """Polls mtimes every `interval` seconds of game time; `load` refuses an
    edit that brings checker errors the running map did not have."""

    map_path: Path
    interval: float
    elapsed: float = 0.0
    stamps: dict[Path, float] = field(default_factory=dict)
    known: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.rearm()
        self.known = _error_lines(self.map_path)

    def load(self) -> WorldMap:
        """The edited map; MapLoadError naming file › layer › object for what
        cannot be read or for each new checker error (the old map stays)."""
        world, errors = checked(self.map_path)
        new = [f for f in errors if f.format() not in self.known]
        if new:
            raise MapLoadError(new)
        self.known = {f.format() for f in errors}
        return world

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
