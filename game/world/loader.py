"""Load a .tmx into a WorldMap: game.tiled reads it, this module types it.

    world = load_map(Path("maps/sample/showcase.tmx"))

game.tiled does all the Tiled reading and fixing (XML, templates, class
defaults, tilesets, layer order, flips); here the plain document becomes
the world's model: drawn layers split around `Entities`, typed objects,
colliders from tiles (flipped like the tiles) and the Collision layer.
Raises MapLoadError (with Findings naming file, layer and object) for any
map the game cannot use. No pygame, no pytmx.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from game.core.findings import Finding, error
from game.tiled.errors import MapLoadError, display_path
from game.tiled.gids import tile_ref
from game.tiled.model import (
    TiledImageLayer,
    TiledMap,
    TiledObject,
    TiledObjectLayer,
    TiledTileLayer,
)
from game.tiled.prepass import EDITOR_ONLY
from game.tiled.project import Project
from game.tiled.reader import read_map
from game.world.model import (
    CHOICES,
    OBJECT_CLASSES,
    ImageLayer,
    Layer,
    MapObject,
    MapProperties,
    Shape,
    TileLayer,
    TileRef,
    TilesetInfo,
    Unknown,
    WorldMap,
)
from game.world.shapes import transform_tile_shape

__all__ = ["MapLoadError", "build_world", "load_map", "map_title"]

ENTITIES = "Entities"
TILE = "16x16"
COLLISION = "Collision"
_BASE_FIELDS = {f.name for f in dataclasses.fields(MapObject)}


def load_map(path: Path | str, project: Project | None = None) -> WorldMap:
    """Read, check and convert one map (`project`: maps/smile.tiled-project)."""
    return build_world(read_map(path, project))


def build_world(doc: TiledMap) -> WorldMap:
    """Document-order layers, typed objects, flipped colliders."""
    problems: list[Finding] = []
    below, above, tile_layers = _drawn_layers(doc, problems)
    objects, collision = _objects(doc)
    if problems:
        raise MapLoadError(problems)
    tile_size = (doc.tile_width, doc.tile_height)
    colliders = _tile_colliders(tile_layers, doc.tilesets, tile_size)
    colliders += collision + _object_colliders(objects, doc.tilesets)
    return WorldMap(
        path=doc.path,
        width=doc.width,
        height=doc.height,
        tile_width=doc.tile_width,
        tile_height=doc.tile_height,
        tilesets=doc.tilesets,
        below=below,
        above=above,
        colliders=colliders,
        objects=objects,
        properties=map_properties(doc.properties),
        hidden_layers=[w.where for w in doc.warnings],
        layer_names=[layer.name for layer in doc.layers],
        warnings=list(doc.warnings),
    )


def _drawn_layers(
    doc: TiledMap, problems: list[Finding]
) -> tuple[list[Layer], list[Layer], list[TileLayer]]:
    """Layers in document order, without EditorOnly layers (and their
    children); those after the Entities layer draw over the characters."""
    below: list[Layer] = []
    above: list[Layer] = []
    tile_layers: list[TileLayer] = []
    target = below
    for node in doc.layers:
        if node.in_class(EDITOR_ONLY):
            continue
        if isinstance(node, TiledObjectLayer) and node.name == ENTITIES:
            target = above
        elif isinstance(node, TiledImageLayer):
            target.append(_image_layer(node, doc.path, problems))
        elif isinstance(node, TiledTileLayer):
            layer = _tile_layer(node, doc)
            problems += _gid_problems(layer, doc)
            target.append(layer)
            tile_layers.append(layer)
    return below, above, tile_layers


def _tile_layer(node: TiledTileLayer, doc: TiledMap) -> TileLayer:
    known: dict[int, TileRef | None] = {0: None}
    cells: list[list[TileRef | None]] = []
    for row in node.gids:
        for gid in row:
            if gid not in known:
                known[gid] = tile_ref(doc.tilesets, gid)
        cells.append([known[gid] for gid in row])
    return TileLayer(
        id=node.id,
        name=node.name,
        cells=cells,
        offset=node.offset,
        layer_class=node.layer_class,
        visible=node.visible,
    )


def _gid_problems(layer: TileLayer, doc: TiledMap) -> list[Finding]:
    """The first unusable cell: a tile beyond its tileset (deleted tile, shrunk
    sheet) or a tile of an object-sized tileset."""
    for y, row in enumerate(layer.cells):
        for x, ref in enumerate(row):
            what = _cell_problem(ref, doc.tilesets) if ref else None
            if what:
                return [
                    error(
                        display_path(doc.path),
                        what[0],
                        f"{layer.name} @ tile {x},{y}",
                        what[1],
                    )
                ]
    return []


def _cell_problem(ref: TileRef, tilesets: list[TilesetInfo]) -> tuple[str, str] | None:
    tileset = tilesets[ref.tileset]
    if _tile_size(tileset) != TILE:
        return (
            f'tileset "{tileset.name}" has {_tile_size(tileset)} tiles; tile layers '
            "need 16x16",
            "place tiles of that size as tile objects on Entities",
        )
    if ref.tile_id >= tileset.tile_count:
        return (
            f'tile {ref.tile_id} is not in tileset "{tileset.name}" (first such tile)',
            "erase or repaint the tiles shown blank in Tiled",
        )
    return None


def _tile_size(tileset: TilesetInfo) -> str:
    return f"{tileset.tile_width}x{tileset.tile_height}"


def _image_layer(
    node: TiledImageLayer, map_path: Path, problems: list[Finding]
) -> ImageLayer:
    if not node.source or not node.image.is_file():
        problems.append(
            error(
                display_path(map_path),
                f'image layer picture "{node.source}" not found',
                node.name or "?",
                "pick an existing PNG in the layer's Image property",
            )
        )
    return ImageLayer(node.id, node.name, node.image, node.offset)


def map_title(path: Path) -> str:
    """The map's display_name ("" if it has none or cannot be read), without
    building its world (a door's plate names where it leads)."""
    try:
        doc = read_map(path, images=False)
    except (MapLoadError, OSError):
        return ""
    return map_properties(doc.properties).display_name


def map_properties(props: dict[str, object]) -> MapProperties:
    return MapProperties(
        display_name=str(props.get("display_name", "")),
        music=str(props.get("music", "")),
        episode=_whole(props.get("episode", 0), 0),
        indoor=bool(props.get("indoor", True)),
    )


def _objects(doc: TiledMap) -> tuple[list[MapObject], list[Shape]]:
    """Typed objects of every object layer but Collision, and the Collision shapes."""
    objects: list[MapObject] = []
    collision: list[Shape] = []
    for layer in doc.object_layers():
        for obj in layer.objects:
            if layer.name == COLLISION:
                collision.append(obj.shape)
            else:
                objects.append(typed_object(obj))
    return objects, collision


def typed_object(obj: TiledObject) -> MapObject:
    """The game's dataclass for the object's class; fields come from properties."""
    props = dict(obj.properties)
    kind = OBJECT_CLASSES.get(obj.object_class, Unknown)
    values: dict[str, object] = {}
    for f in dataclasses.fields(kind):
        if f.name in _BASE_FIELDS:
            continue
        if f.name == "tile":
            values["tile"] = obj.tile
        elif f.name == "object_class":
            values["object_class"] = obj.object_class
        elif f.name in props:
            values[f.name] = _known(
                f.name, _coerce(props[f.name], f.default), f.default
            )
    return kind(
        id=obj.id,
        name=obj.name,
        layer=obj.layer,
        shape=obj.shape,
        properties=props,
        **values,
    )


def _known(name: str, value: object, default: object) -> object:
    """A value the game knows for choice fields (facing, behaviour ...); an
    unknown one falls back to the default, and the checker reports it."""
    choices = CHOICES.get(name)
    return default if choices is not None and value not in choices else value


def _coerce(value: object, default: object) -> object:
    if isinstance(default, bool):
        return value if isinstance(value, bool) else str(value).lower() == "true"
    if isinstance(default, int):
        return _whole(value, default)
    return str(value)


def _whole(value: object, default: int) -> int:
    try:
        return int(float(str(value) or 0))
    except ValueError:
        return default


def _tile_colliders(
    layers: list[TileLayer], tilesets: list[TilesetInfo], tile: tuple[int, int]
) -> list[Shape]:
    shapes: list[Shape] = []
    for layer in layers:
        ox, oy = layer.offset
        for y, row in enumerate(layer.cells):
            for x, ref in enumerate(row):
                if ref is None:
                    continue
                found = tilesets[ref.tileset].colliders.get(ref.tile_id)
                if not found:
                    continue
                at = (x * tile[0] + ox, y * tile[1] + oy)
                flips = (ref.flip_x, ref.flip_y, ref.flip_d)
                shapes += [transform_tile_shape(s, tile, flips, at) for s in found]
    return shapes


def _object_colliders(
    objects: list[MapObject], tilesets: list[TilesetInfo]
) -> list[Shape]:
    """Tile objects that are furniture (props, stations) block like their tile."""
    shapes: list[Shape] = []
    for obj in objects:
        ref = getattr(obj, "tile", None)
        if ref is None or obj.kind == "NPC":
            continue
        tileset = tilesets[ref.tileset]
        size = (tileset.tile_width, tileset.tile_height)
        flips = (ref.flip_x, ref.flip_y, ref.flip_d)
        at = (obj.shape.rect.x, obj.shape.rect.y)
        shapes += [
            transform_tile_shape(s, size, flips, at)
            for s in tileset.colliders.get(ref.tile_id, ())
        ]
    return shapes
