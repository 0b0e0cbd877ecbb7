"""Checks on files that are not maps: tilesets (.tsx) and templates (.tx)."""

from __future__ import annotations

from pathlib import Path

from game.core.findings import Finding, error
from game.tiled.errors import MapLoadError, display_path
from game.tiled.project import Project
from game.tiled.props import property_problems
from game.tiled.tilesets import load_tileset
from game.tiled.xmlio import is_file, read_xml


def check_tileset(path: Path) -> list[Finding]:
    """A tileset reads, its image exists and has the size it claims."""
    try:
        load_tileset(path, 1, "")
    except MapLoadError as exc:
        return exc.findings
    return []


def check_template(path: Path, project: Project) -> list[Finding]:
    """A template reads, has a known class, and its tileset (if any) exists."""
    shown = display_path(path)
    try:
        root = read_xml(path)
    except MapLoadError as exc:
        return exc.findings
    obj = root.find("object")
    if root.tag != "template" or obj is None:
        return [
            error(shown, "not a Tiled object template", "", "re-save it from Tiled")
        ]
    found = property_problems(obj, shown, "template object")
    object_class = obj.get("type") or obj.get("class") or ""
    if object_class not in project.classes:
        found.append(
            error(
                shown,
                f'template class "{object_class}" is not a class of the project',
                "",
                "open the template in Tiled and pick a class from the dropdown",
            )
        )
    tileset = root.find("tileset")
    if tileset is not None and not is_file(path.parent / tileset.get("source", "")):
        found.append(
            error(
                shown,
                f'template tileset "{tileset.get("source")}" not found',
                "",
                "re-create the template from a tile of an existing tileset",
            )
        )
    return found
