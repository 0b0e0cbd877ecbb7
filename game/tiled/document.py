"""The document builder: a pre-passed TMX tree -> the plain TiledMap model.

Runs after game.tiled.prepass has merged templates, unified classes and
filled class defaults, so every object here already carries its template's
and its class's values. Raises MapLoadError when a tile layer's data cannot
be decoded. No pygame, no pytmx.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from typing import Any

from game.core.findings import Finding, error
from game.tiled.data import decode_cells
from game.tiled.errors import MapLoadError, display_path
from game.tiled.gids import tile_properties, tile_ref
from game.tiled.model import (
    Point,
    Rect,
    Shape,
    TiledGroup,
    TiledImageLayer,
    TiledLayer,
    TiledMap,
    TiledObject,
    TiledObjectLayer,
    TiledTileLayer,
    TilesetInfo,
)
from game.tiled.prepass import LAYER_TAGS, Prepared, layer_class
from game.tiled.props import read_properties
from game.tiled.tilesets import bounds

SHAPE_KINDS = ("polygon", "polyline", "ellipse", "point", "text")


def build_document(prepared: Prepared) -> TiledMap:
    """The map's size, class, properties, layers (document order) and tilesets."""
    root = prepared.root
    problems: list[Finding] = []
    layers = [
        _layer(node, groups, prepared, problems) for node, groups in walk(root, ())
    ]
    if problems:
        raise MapLoadError(problems)
    return TiledMap(
        path=prepared.path,
        width=int(root.get("width", "0")),
        height=int(root.get("height", "0")),
        tile_width=int(root.get("tilewidth", "0")),
        tile_height=int(root.get("tileheight", "0")),
        map_class=root.get("class", ""),
        properties=read_properties(root),
        layers=layers,
        tilesets=prepared.tilesets,
        warnings=list(prepared.warnings),
    )


def walk(
    node: ET.Element, groups: tuple[str, ...]
) -> Iterator[tuple[ET.Element, tuple[str, ...]]]:
    """(layer element, enclosing groups' classes), groups before children."""
    for child in node:
        if child.tag in LAYER_TAGS:
            yield child, groups
            if child.tag == "group":
                yield from walk(child, (*groups, layer_class(child)))


def offset_of(node: ET.Element) -> tuple[int, int]:
    """A layer's offset in whole pixels (the pre-pass refused fractions)."""
    return (int(float(node.get("offsetx", "0"))), int(float(node.get("offsety", "0"))))


def _layer(
    node: ET.Element,
    groups: tuple[str, ...],
    prepared: Prepared,
    problems: list[Finding],
) -> TiledLayer:
    common: dict[str, Any] = {
        "id": int(node.get("id", "0")),
        "name": node.get("name", ""),
        "layer_class": layer_class(node),
        "visible": node.get("visible", "1") != "0",
        "offset": offset_of(node),
        "groups": groups,
        "properties": read_properties(node),
    }
    if node.tag == "layer":
        return _tile_layer(node, common, prepared, problems)
    if node.tag == "objectgroup":
        objects = _objects(node, common["offset"], prepared.tilesets)
        return TiledObjectLayer(**common, objects=objects)
    if node.tag == "imagelayer":
        image = node.find("image")
        source = image.get("source", "") if image is not None else ""
        path = (prepared.path.parent / source).resolve()
        return TiledImageLayer(**common, source=source, image=path)
    return TiledGroup(**common)


def _tile_layer(
    node: ET.Element,
    common: dict[str, Any],
    prepared: Prepared,
    problems: list[Finding],
) -> TiledTileLayer:
    width = int(node.get("width", "0"))
    height = int(node.get("height", "0"))
    data = node.find("data")
    try:
        gids = decode_cells(data, width, height) if data is not None else ()
    except ValueError as exc:
        problems.append(
            error(
                display_path(prepared.path),
                f"tile layer data cannot be read ({exc})",
                common["name"],
                "re-save the map from Tiled 1.11",
            )
        )
        gids = ()
    return TiledTileLayer(**common, gids=gids)


def _objects(
    layer: ET.Element, offset: tuple[int, int], tilesets: list[TilesetInfo]
) -> tuple[TiledObject, ...]:
    name = layer.get("name", "")
    return tuple(
        read_object(obj, name, offset, tilesets) for obj in layer.findall("object")
    )


def read_object(
    obj: ET.Element, layer: str, offset: tuple[int, int], tilesets: list[TilesetInfo]
) -> TiledObject:
    """One (merged) `<object>`: tile objects move to their top-left corner and
    take their tile's custom properties where they set none of their own."""
    gid = int(obj.get("gid", "0") or 0)
    x, y = float(obj.get("x", "0")), float(obj.get("y", "0"))
    width, height = float(obj.get("width", "0")), float(obj.get("height", "0"))
    if gid:
        y -= height
    properties = read_properties(obj)
    for key, value in tile_properties(tilesets, gid).items():
        properties.setdefault(key, value)
    shape = _shape(obj, x, y, width, height, offset)
    if shape.points:
        width, height = shape.rect.w, shape.rect.h
    return TiledObject(
        id=int(obj.get("id", "0")),
        name=obj.get("name", ""),
        object_class=obj.get("type", ""),
        layer=layer,
        x=x,
        y=y,
        width=width,
        height=height,
        shape=shape,
        kind=_kind(obj, gid),
        gid=gid,
        tile=tile_ref(tilesets, gid),
        rotation=float(obj.get("rotation", "0")),
        template=obj.get("template", ""),
        properties=properties,
    )


def _kind(obj: ET.Element, gid: int) -> str:
    if gid:
        return "tile"
    return next((k for k in SHAPE_KINDS if obj.find(k) is not None), "rect")


def _shape(
    obj: ET.Element,
    x: float,
    y: float,
    width: float,
    height: float,
    offset: tuple[int, int],
) -> Shape:
    dx, dy = offset
    for tag, closed in (("polygon", True), ("polyline", False)):
        poly = obj.find(tag)
        if poly is not None:
            points = _points(poly, x, y, dx, dy)
            return Shape(bounds(points), points, closed)
    return Shape(Rect(x + dx, y + dy, width, height))


def _points(
    poly: ET.Element, x: float, y: float, dx: int, dy: int
) -> tuple[Point, ...]:
    """Absolute points: the object's origin plus each point, plus the offset."""
    pairs = (p.split(",") for p in poly.get("points", "").split())
    return tuple(((float(a) + x) + dx, (float(b) + y) + dy) for a, b in pairs)
