"""Containment: a Tiled file may only point at files inside its content folders.

A map under `<root>/maps/` may use tilesets, templates and images anywhere
under `<root>` (the project: `maps/` and `assets/`); a map kept elsewhere may
use files beside it and below. A path that climbs out (`../../..`, an
absolute path) is refused by name before anything is opened. Paths are
compared as written, so the project's own links still count as inside.
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from pathlib import Path

from game.core.findings import Finding, error

REFERENCES = ("source", "template")  # attributes that name another file


def content_root(path: Path) -> Path:
    """The folder whose files `path` may use (see the module docstring)."""
    absolute = Path(os.path.abspath(path))
    for folder in absolute.parents:
        if folder.name == "maps":
            return folder.parent
    return absolute.parent


def outside(target: Path, root: Path) -> bool:
    """True if `target` (made absolute, `..` folded) is not under `root`."""
    there = os.path.normpath(os.path.abspath(target))
    return os.path.commonpath([there, os.path.abspath(root)]) != os.path.abspath(root)


def reference_problems(
    root: ET.Element, path: Path, shown: str, base: Path | None = None
) -> list[Finding]:
    """One finding per file reference in `root` (the parsed `path`) that
    points outside `base` (by default the content root of `path`; a template
    or tileset is held to the root of the map that uses it)."""
    base = base or content_root(path)
    return [
        _finding(node, name, node.get(name) or "", base, shown)
        for node in root.iter()
        for name in REFERENCES
        if node.get(name) and _escapes(node.get(name) or "", path, base)
    ]


def _escapes(value: str, path: Path, base: Path) -> bool:
    return Path(value).is_absolute() or outside(path.parent / value, base)


def _finding(
    node: ET.Element, name: str, value: str, base: Path, shown: str
) -> Finding:
    return error(
        shown,
        f'<{node.tag}> {name}="{value[:60]}" points outside {base.name}/',
        "",
        "keep tilesets, templates and images inside the project (maps/ and "
        "assets/) and link them with relative paths",
    )
