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
from dataclasses import dataclass
from pathlib import Path

import numpy as np

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
    Rect,
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
    below, above, painted = _drawn_layers(doc, problems)
    objects, collision = _objects(doc)
    if problems:
        raise MapLoadError(problems)
    tile_size = (doc.tile_width, doc.tile_height)
    colliders = _tile_colliders(painted, doc.tilesets, tile_size)
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


@dataclass
class _Painted:
    """A drawn tile layer with its cells as indices into its distinct tiles:
    `refs[index[y, x]]` is `layer.cells[y][x]`."""

    layer: TileLayer
    refs: list[TileRef | None]
    index: np.ndarray


def _drawn_layers(
    doc: TiledMap, problems: list[Finding]
) -> tuple[list[Layer], list[Layer], list[_Painted]]:
    """Layers in document order, without EditorOnly layers (and their
    children); those after the Entities layer draw over the characters."""
    below: list[Layer] = []
    above: list[Layer] = []
    painted: list[_Painted] = []
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
            target.append(layer.layer)
            painted.append(layer)
    return below, above, painted


def _tile_layer(node: TiledTileLayer, doc: TiledMap) -> _Painted:
    """The layer's cells, each distinct gid resolved once (cells of the same
    gid share one TileRef)."""
    width = len(node.gids[0]) if node.gids else 0
    gids = np.array(node.gids, np.int64).reshape(len(node.gids), width)
    unique, inverse = np.unique(gids, return_inverse=True)
    refs = [tile_ref(doc.tilesets, gid) if gid else None for gid in unique.tolist()]
    table = np.empty(len(refs), object)
    for i, ref in enumerate(refs):
        table[i] = ref
    index = inverse.reshape(gids.shape)
    layer = TileLayer(
        id=node.id,
        name=node.name,
        cells=table[index].tolist(),
        offset=node.offset,
        layer_class=node.layer_class,
        visible=node.visible,
    )
    return _Painted(layer, refs, index)


def _gid_problems(painted: _Painted, doc: TiledMap) -> list[Finding]:
    """The first unusable cell: a tile beyond its tileset (deleted tile, shrunk
    sheet) or a tile of an object-sized tileset."""
    wrong = {
        i: what
        for i, ref in enumerate(painted.refs)
        if ref and (what := _cell_problem(ref, doc.tilesets))
    }
    if not wrong:
        return []
    first = int(np.flatnonzero(np.isin(painted.index, list(wrong)))[0])
    y, x = divmod(first, painted.index.shape[1])
    what = wrong[int(painted.index[y, x])]
    return [
        error(
            display_path(doc.path),
            what[0],
            f"{painted.layer.name} @ tile {x},{y}",
            what[1],
        )
    ]


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
    layers: list[_Painted], tilesets: list[TilesetInfo], tile: tuple[int, int]
) -> list[Shape]:
    """Every painted tile's colliders, layer by layer, row by row, as
    `transform_tile_shape` places them; only the cells of tiles that have
    colliders are visited, and each tile's flips are worked out once."""
    shapes: list[Shape] = []
    for painted in layers:
        ox, oy = painted.layer.offset
        local = [_flipped(ref, tilesets, tile) for ref in painted.refs]
        solid = np.array([bool(one) for one in local], bool)
        ys, xs = np.nonzero(solid[painted.index])
        for y, x in zip(ys.tolist(), xs.tolist(), strict=True):
            at = (x * tile[0] + ox, y * tile[1] + oy)
            shapes += [_placed(one, at) for one in local[int(painted.index[y, x])]]
    return shapes


# A tile collider ready to place: a rectangle's flipped bounds (min x, min y,
# max x, max y), or a polygon's shape with the tile's size and flips.
Flips = tuple[bool, bool, bool]
Local = tuple[float, float, float, float] | tuple[Shape, tuple[int, int], Flips]


def _flipped(
    ref: TileRef | None, tilesets: list[TilesetInfo], tile: tuple[int, int]
) -> list[Local]:
    if ref is None:
        return []
    flips = (ref.flip_x, ref.flip_y, ref.flip_d)
    out: list[Local] = []
    for shape in tilesets[ref.tileset].colliders.get(ref.tile_id) or ():
        if shape.points:
            out.append((shape, tile, flips))
            continue
        r = shape.rect
        corners = ((r.x, r.y), (r.right, r.y), (r.right, r.bottom), (r.x, r.bottom))
        moved = transform_tile_shape(Shape(r, corners), tile, flips, (0, 0)).points
        xs, ys = [p[0] for p in moved], [p[1] for p in moved]
        out.append((min(xs), min(ys), max(xs), max(ys)))
    return out


def _placed(local: Local, at: tuple[int, int]) -> Shape:
    """The collider at cell `at`. A rectangle's bounds are its flipped
    bounds moved: adding the same number keeps the order of floats, so the
    smallest and largest corner stay the same ones `bounds` would pick."""
    if len(local) == 3:
        shape, tile, flips = local
        return transform_tile_shape(shape, tile, flips, at)
    x0, y0, x1, y1 = local
    ax, ay = at
    left, top = x0 + ax, y0 + ay
    return Shape(Rect(left, top, (x1 + ax) - left, (y1 + ay) - top))


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
