"""The pre-pass: fix and check the TMX tree before the document is built.

Merges templates, fills class defaults from the project file, reads
1.9-style `class=` on objects and gives tile objects their tile's class, all
on the XML tree; refuses what the game cannot use (non-orthogonal, infinite,
non-16x16 maps, embedded tilesets, zstd or chunked data, fractional offsets,
layer effects, reserved and class/list properties) with Findings a designer
can act on. These are the gaps pytmx 3.32 left (research-notes/tiled.md);
game.tiled.document then builds the model without pytmx. No pygame.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from game.core.findings import Finding, error, warning
from game.tiled.containment import content_root, reference_problems
from game.tiled.errors import MapLoadError, display_path, object_where, through
from game.tiled.gids import tile_of
from game.tiled.model import TilesetInfo
from game.tiled.numbers import number_problems
from game.tiled.project import Project
from game.tiled.props import property_names, property_problems, set_property
from game.tiled.run_paths import file_exists
from game.tiled.templates import merge_templates
from game.tiled.tilesets import load_tileset

LAYER_TAGS = ("layer", "objectgroup", "imagelayer", "group")
DRAWN_TAGS = ("layer", "imagelayer")
EDITOR_ONLY = "EditorOnly"
TILE_SIZE = 16


@dataclass
class Prepared:
    """The fixed tree, the map's tilesets (by firstgid) and any warnings."""

    path: Path
    root: ET.Element
    tilesets: list[TilesetInfo]
    warnings: list[Finding] = field(default_factory=list)


def prepare(
    path: Path, project: Project, root: ET.Element, images: bool = True
) -> Prepared:
    """Check and fix `root` (the parsed .tmx); raise MapLoadError on refusals.
    `images=False` skips checking the tilesets' pictures (for maps whose
    tiles are never drawn, like minigame levels)."""
    shown = display_path(path)
    problems = map_problems(root, shown) + number_problems(root, shown)
    problems += reference_problems(root, path, shown)
    if problems:
        raise MapLoadError(problems)
    tilesets, problems = _load_tilesets(root, path, shown, images)
    problems += layer_problems(root, shown)
    problems += merge_templates(root, path, shown, tilesets)
    problems += number_problems(root, shown)  # numbers the templates brought in
    unify_classes(root, tilesets)
    problems += _all_property_problems(root, shown)
    errors = [p for p in problems if p.is_error]
    if errors:
        raise MapLoadError(errors)
    fill_defaults(root, project, tilesets)
    return Prepared(path, root, tilesets, hidden_layer_warnings(root, shown))


def map_problems(root: ET.Element, shown: str) -> list[Finding]:
    """Whole-map refusals: not a map, not orthogonal, infinite, wrong tile size."""
    if root.tag != "map":
        return [error(shown, "not a Tiled map file", "", "re-save it from Tiled")]
    found: list[Finding] = []
    if root.get("orientation", "orthogonal") != "orthogonal":
        found.append(
            error(
                shown,
                f"map is {root.get('orientation')}; the game needs orthogonal",
                "",
                "Map ▸ Map Properties ▸ Orientation: Orthogonal",
            )
        )
    if root.get("infinite", "0") == "1":
        found.append(
            error(
                shown,
                "map is infinite; the game needs a fixed size",
                "",
                'Map ▸ Map Properties ▸ untick "Infinite", save',
            )
        )
    size = (root.get("tilewidth"), root.get("tileheight"))
    if size != (str(TILE_SIZE), str(TILE_SIZE)):
        found.append(
            error(
                shown,
                f"tiles are {size[0]}x{size[1]}; the game uses {TILE_SIZE}x{TILE_SIZE}",
                "",
                "Map ▸ Map Properties ▸ Tile Width/Height: 16",
            )
        )
    return found


def _load_tilesets(
    root: ET.Element, path: Path, shown: str, images: bool
) -> tuple[list[TilesetInfo], list[Finding]]:
    tilesets: list[TilesetInfo] = []
    problems: list[Finding] = []
    for node in root.findall("tileset"):
        source = node.get("source")
        if not source:
            problems.append(
                error(
                    shown,
                    f'tileset "{node.get("name", "?")}" is embedded in the map',
                    "",
                    "Tileset ▸ Export Tileset As… a .tsx under maps/tilesets/, "
                    "then use that external tileset",
                )
            )
            continue
        if not file_exists(path.parent / source):
            problems.append(
                error(
                    shown,
                    f'tileset "{source}" not found',
                    "",
                    "restore the .tsx, or in Tiled replace the tileset "
                    "(Tilesets panel ▸ Replace Tileset) and save",
                )
            )
            continue
        try:
            tilesets.append(
                load_tileset(
                    path.parent / source,
                    int(node.get("firstgid", "1")),
                    shown,
                    images,
                    content_root(path),
                )
            )
        except MapLoadError as exc:
            problems += through(exc.findings, shown)
    tilesets.sort(key=lambda t: t.firstgid)
    return tilesets, problems


def iter_layers(node: ET.Element) -> Iterator[ET.Element]:
    """Every layer element in document order, groups before their children."""
    for child in node:
        if child.tag in LAYER_TAGS:
            yield child
            if child.tag == "group":
                yield from iter_layers(child)


def layer_problems(root: ET.Element, shown: str) -> list[Finding]:
    """Per-layer refusals: encodings, offsets and effects the game cannot draw."""
    found: list[Finding] = []
    for layer in iter_layers(root):
        where = layer.get("name", "?")
        found += _offset_problems(layer, shown, where)
        if layer.tag == "layer":
            found += _data_problems(layer, shown, where)
        if layer.tag in ("layer", "imagelayer", "group"):
            found += _effect_problems(layer, shown, where)
    return found


def _offset_problems(layer: ET.Element, shown: str, where: str) -> list[Finding]:
    found: list[Finding] = []
    for key in ("offsetx", "offsety"):
        value = float(layer.get(key, "0"))
        if value != int(value):
            found.append(
                error(
                    shown,
                    f"layer offset {key}={layer.get(key)} is not a whole pixel",
                    where,
                    "set the layer's Offset to whole numbers (or 0)",
                )
            )
        elif value and layer.tag == "group":
            found.append(
                error(
                    shown,
                    "groups must not have an offset (only organise layers)",
                    where,
                    "set the group's Offset to 0 and move its layers instead",
                )
            )
    return found


def _data_problems(layer: ET.Element, shown: str, where: str) -> list[Finding]:
    data = layer.find("data")
    if data is None:
        return [error(shown, "tile layer has no data", where, "re-save it from Tiled")]
    if data.find("chunk") is not None:
        return [
            error(
                shown,
                "layer is stored in chunks (infinite map)",
                where,
                'Map ▸ Map Properties ▸ untick "Infinite", save',
            )
        ]
    encoding, compression = data.get("encoding"), data.get("compression")
    if encoding not in ("csv", "base64") or compression not in (None, "zlib", "gzip"):
        what = f"{encoding or 'xml'}{'+' + compression if compression else ''}"
        return [
            error(
                shown,
                f"tile layer format {what} is not supported",
                where,
                "Map ▸ Map Properties ▸ Tile Layer Format: CSV (or Base64 zlib)",
            )
        ]
    return []


def _effect_problems(layer: ET.Element, shown: str, where: str) -> list[Finding]:
    effects = []
    if float(layer.get("opacity", "1")) != 1:
        effects.append("opacity")
    if layer.get("tintcolor"):
        effects.append("tint colour")
    if (
        float(layer.get("parallaxx", "1")) != 1
        or float(layer.get("parallaxy", "1")) != 1
    ):
        effects.append("parallax")
    if not effects:
        return []
    return [
        error(
            shown,
            f"layer uses {', '.join(effects)}, which the game does not draw",
            where,
            "reset them in the layer's properties (opacity 1, no tint, parallax 1)",
        )
    ]


def layer_class(layer: ET.Element) -> str:
    return layer.get("class") or layer.get("type") or ""


def hidden_layer_warnings(root: ET.Element, shown: str) -> list[Finding]:
    """Drawn layers saved hidden are still drawn: tell the designer."""
    return [
        warning(
            shown,
            "layer saved hidden; it is still drawn in game",
            layer.get("name", "?"),
            "show it again, or give guide layers the class EditorOnly",
        )
        for layer in iter_layers(root)
        if layer.tag in DRAWN_TAGS
        and layer.get("visible") == "0"
        and layer_class(layer) != EDITOR_ONLY
    ]


def iter_objects(root: ET.Element) -> Iterator[tuple[ET.Element, ET.Element]]:
    """(object layer, object) pairs in document order."""
    for layer in iter_layers(root):
        if layer.tag == "objectgroup":
            for obj in layer.findall("object"):
                yield layer, obj


def where_object(layer: ET.Element, obj: ET.Element, root: ET.Element) -> str:
    """The contract's address of an object, from its (merged) XML."""
    tw = int(root.get("tilewidth", "16")) or 16
    th = int(root.get("tileheight", "16")) or 16
    x = float(obj.get("x", "0"))
    y = float(obj.get("y", "0"))
    if obj.get("gid"):
        y -= float(obj.get("height", "0"))
    return object_where(
        layer.get("name", "?"),
        obj.get("id", "?"),
        obj.get("name", ""),
        obj.get("type", ""),
        (int(x // tw), int(y // th)),
    )


def unify_classes(root: ET.Element, tilesets: list[TilesetInfo]) -> None:
    """Objects: 1.9-style `class=` becomes `type=`; a tile object without a
    class takes its tile's class."""
    for _layer, obj in iter_objects(root):
        if obj.get("class") and not obj.get("type"):
            obj.set("type", obj.attrib.pop("class"))
        if not obj.get("type") and obj.get("gid"):
            found = tile_of(tilesets, int(obj.get("gid", "0")))
            if found and found[1] in found[0].tile_classes:
                obj.set("type", found[0].tile_classes[found[1]])


def _all_property_problems(root: ET.Element, shown: str) -> list[Finding]:
    found = property_problems(root, shown, "map properties")
    for layer in iter_layers(root):
        found += property_problems(layer, shown, layer.get("name", "?"))
    for layer, obj in iter_objects(root):
        found += property_problems(obj, shown, where_object(layer, obj, root))
    return found


def fill_defaults(
    root: ET.Element, project: Project, tilesets: list[TilesetInfo]
) -> None:
    """Add the project's class-member defaults the tree does not set
    (map, layers, objects); a tile object's tile properties count as set."""
    _fill(root, root.get("class", ""), project, set())
    for layer in iter_layers(root):
        _fill(layer, layer_class(layer), project, set())
    for _layer, obj in iter_objects(root):
        inherited: set[str] = set()
        found = tile_of(tilesets, int(obj.get("gid", "0") or 0))
        if found:
            inherited = set(found[0].tile_properties.get(found[1], {}))
        _fill(obj, obj.get("type", ""), project, inherited)


def _fill(
    node: ET.Element, class_name: str, project: Project, inherited: set[str]
) -> None:
    if not class_name:
        return
    present = property_names(node) | inherited
    for member in project.members(class_name):
        if member.filled and member.name not in present:
            kind = "string" if member.enum else member.type
            set_property(node, member.name, kind, member.default, member.enum)
