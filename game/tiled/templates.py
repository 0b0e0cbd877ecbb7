"""Object templates (.tx) merged into their instances on the XML tree (no pygame).

Tiled saves an instance as `<object id template=… x y>` plus only what the
designer overrode; everything else (class, size, tile, properties) lives in
the template. A tile template's gid is relative to the template's own
tileset reference, so it is remapped to the map's firstgid for that .tsx.
"""

from __future__ import annotations

import copy
import os
import xml.etree.ElementTree as ET
from pathlib import Path

from game.core.findings import Finding, error
from game.core.run_memo import remembered
from game.tiled.containment import content_root, reference_problems
from game.tiled.errors import MapLoadError, display_path, through
from game.tiled.gids import GID_FLAGS
from game.tiled.model import TilesetInfo
from game.tiled.run_paths import file_exists, resolved
from game.tiled.xmlio import read_xml

SHAPE_TAGS = ("polygon", "polyline", "ellipse", "point", "text")


def merge_templates(
    root: ET.Element, map_path: Path, shown: str, tilesets: list[TilesetInfo]
) -> list[Finding]:
    """Merge every instance's template into it; return refusals (missing or
    broken .tx, a template tileset the map does not include)."""
    problems: list[Finding] = []
    cache: dict[Path, ET.Element] = {}
    for layer in root.iter("objectgroup"):
        for obj in layer.findall("object"):
            if obj.get("template"):
                problems += _merge_instance(
                    layer, obj, map_path, shown, tilesets, cache
                )
    return problems


def _merge_instance(
    layer: ET.Element,
    obj: ET.Element,
    map_path: Path,
    shown: str,
    tilesets: list[TilesetInfo],
    cache: dict[Path, ET.Element],
) -> list[Finding]:
    source = obj.get("template", "")
    where = f"{layer.get('name', '?')} › #{obj.get('id', '?')}"
    if not file_exists(map_path.parent / source):
        return [
            error(
                shown,
                f'template "{source}" not found',
                where,
                "restore the .tx under maps/templates/, or delete the object and "
                "place it again from a template",
            )
        ]
    try:
        return _merge_one(obj, map_path, source, tilesets, cache)
    except MapLoadError as exc:
        return through(exc.findings, shown, where)


def _merge_one(
    obj: ET.Element,
    map_path: Path,
    source: str,
    tilesets: list[TilesetInfo],
    cache: dict[Path, ET.Element],
) -> list[Finding]:
    tx_path = map_path.parent / source
    map_dir = resolved(map_path.parent)
    real = resolved(tx_path)
    if real not in cache:
        cache[real] = remembered(("template", real), lambda: read_xml(tx_path))
    template = cache[real]
    shown = display_path(tx_path)
    outside = _references(template, tx_path, shown, map_path)
    if outside:
        return list(outside)
    source_obj = template.find("object")
    if template.tag != "template" or source_obj is None:
        return [
            error(shown, "not a Tiled object template", "", "re-save it from Tiled")
        ]
    own_gid = "gid" in obj.attrib
    for key, value in source_obj.attrib.items():
        if key != "id" and key not in obj.attrib:
            obj.set(key, value)
    _merge_properties(obj, source_obj, tx_path.parent, map_dir)
    _merge_shape(obj, source_obj)
    if source_obj.get("gid") and not own_gid:
        return _remap_gid(obj, template, tx_path, tilesets, shown)
    return []


def _merge_properties(
    obj: ET.Element, source_obj: ET.Element, tx_dir: Path, map_dir: Path
) -> None:
    """Template properties the instance does not set; file paths, which Tiled
    stores relative to the .tx, are rebased onto the map's folder."""
    theirs = source_obj.find("properties")
    if theirs is None:
        return
    mine = obj.find("properties")
    if mine is None:
        mine = ET.SubElement(obj, "properties")
    own = {p.get("name") for p in mine.findall("property")}
    for prop in theirs.findall("property"):
        if prop.get("name") not in own:
            added = copy.deepcopy(prop)
            if added.get("type") == "file" and added.get("value"):
                target = resolved(tx_dir / added.get("value", ""))
                added.set("value", Path(os.path.relpath(target, map_dir)).as_posix())
            mine.append(added)


def _merge_shape(obj: ET.Element, source_obj: ET.Element) -> None:
    if any(obj.find(tag) is not None for tag in SHAPE_TAGS):
        return
    for tag in SHAPE_TAGS:
        shape = source_obj.find(tag)
        if shape is not None:
            obj.append(copy.deepcopy(shape))


def _remap_gid(
    obj: ET.Element,
    template: ET.Element,
    tx_path: Path,
    tilesets: list[TilesetInfo],
    shown: str,
) -> list[Finding]:
    """Only a gid that came from the template (not an instance override) is
    remapped: the instance's own gid already uses the map's numbering."""
    raw = int(obj.get("gid", "0"))
    ref = template.find("tileset")
    if ref is None or not ref.get("source"):
        return [error(shown, "tile template has no external tileset", "", "re-save it")]
    tsx = resolved(tx_path.parent / ref.get("source", ""))
    target = next((t for t in tilesets if t.source == tsx), None)
    if target is None:
        return [
            error(
                shown,
                f'template uses tileset "{tsx.name}", which the map does not include',
                "",
                "in Tiled: Map ▸ Add External Tileset… and pick that .tsx",
            )
        ]
    local = (raw & ~GID_FLAGS) - int(ref.get("firstgid", "1"))
    obj.set("gid", str(target.firstgid + local | (raw & GID_FLAGS)))
    return []


def _references(
    template: ET.Element, tx_path: Path, shown: str, map_path: Path
) -> list[Finding]:
    """The template's references that leave the map's content root, worked
    out once per template and root in a `one_read_per_file` block."""
    root = remembered(("content root", map_path), lambda: content_root(map_path))
    return remembered(
        ("template references", tx_path, root),
        lambda: reference_problems(template, tx_path, shown, root),
    )
