"""The Tiled project declares every class and property the game reads."""

from __future__ import annotations

import dataclasses
import json
import xml.etree.ElementTree as ET
from pathlib import Path

from game.core.paths import project_root
from game.minigame.level_objects import OBJECT_CLASSES as LEVEL_OBJECTS
from game.minigame.level_tuning import TEXT_PROPERTIES
from game.minigame.rules import load_rules
from game.tiled.project import load_project
from game.tiled.type_source import SOURCE_NAME, load_source
from game.world.model import OBJECT_CLASSES, MapObject, MapProperties

MAPS = project_root() / "maps"
BASE_FIELDS = {f.name for f in dataclasses.fields(MapObject)} | {
    "tile",
    "object_class",
}


def declared() -> dict[str, set[str]]:
    project = load_project(MAPS / "smile.tiled-project")
    return {n: {m.name for m in c.members} for n, c in project.classes.items()}


def content_files() -> list[Path]:
    return sorted(p for ext in ("tmx", "tsx", "tx") for p in MAPS.rglob(f"*.{ext}"))


def template_class(path: Path, node: ET.Element) -> str:
    """The class an object gets from its template, if it has one."""
    if not node.get("template"):
        return ""
    obj = ET.parse(path.parent / node.get("template", "")).getroot().find("object")
    return "" if obj is None else obj.get("class") or obj.get("type") or ""


def classed_properties(path: Path) -> list[tuple[str, str, str]]:
    """(file, class, property name) for every property set in `path` on an
    element that has a class (maps, layers, objects, tiles)."""
    found = []
    for node in ET.parse(path).iter():
        cls = node.get("class") or node.get("type") or template_class(path, node)
        if node.tag not in {"map", "layer", "objectgroup", "object", "tile"}:
            continue
        props = node.find("properties")
        for prop in props.findall("property") if props is not None else ():
            found.append((path.name, cls, prop.get("name", "")))
    return found


def test_every_world_object_field_is_a_member_of_its_class():
    classes = declared()
    for name, kind in OBJECT_CLASSES.items():
        fields = {f.name for f in dataclasses.fields(kind)} - BASE_FIELDS
        assert fields <= classes[name], (name, fields - classes[name])


def test_every_overworld_map_property_is_a_smile_map_member():
    fields = {f.name for f in dataclasses.fields(MapProperties)}
    assert fields <= declared()["SmileMap"]


def test_every_minigame_tuning_property_is_a_minigame_map_member():
    rules = load_rules()
    wanted = set(rules.ranges) | set(TEXT_PROPERTIES)
    assert wanted <= declared()["MinigameMap"]


def test_every_minigame_object_class_is_declared():
    assert set(LEVEL_OBJECTS) <= set(declared())


def test_every_property_set_in_the_content_is_declared_for_its_class():
    classes = declared()
    source = load_source(MAPS / SOURCE_NAME)
    assert source is not None
    free = set(source["free_tile_properties"])
    missing = [
        (file, cls, name)
        for path in content_files()
        for file, cls, name in classed_properties(path)
        if name not in classes.get(cls, set()) and name not in free
    ]
    assert missing == []


def test_every_member_has_a_description():
    project = json.loads((MAPS / "smile.tiled-project").read_text())
    for entry in project["propertyTypes"]:
        assert entry["description"], entry["name"]
        for member in entry.get("members", []):
            assert member["description"], (entry["name"], member["name"])


def test_every_minigame_level_has_the_minigame_map_class():
    for path in sorted((MAPS / "minigame").glob("*.tmx")):
        assert ET.parse(path).getroot().get("class") == "MinigameMap", path.name
