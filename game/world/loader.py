"""Load a .tmx into a WorldMap: our pre-pass, pytmx, our post-pass (no pygame).

    world = load_map(Path("maps/sample/showcase.tmx"))

Raises MapLoadError (with Findings naming file, layer and object) for any
map the game cannot use; a raw pytmx or ElementTree exception never escapes.
"""

from __future__ import annotations

import dataclasses
import xml.etree.ElementTree as ET
from pathlib import Path

import pytmx

from game.core.findings import Finding, error
from game.world.errors import MapLoadError, display_path
from game.world.model import (
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
from game.world.prepass import (
    EDITOR_ONLY,
    Prepared,
    iter_layers,
    layer_class,
    prepare,
    tile_of,
)
from game.world.project import Project, load_project
from game.world.shapes import transform_tile_shape
from game.world.xmlio import read_xml

ENTITIES = "Entities"
TILE = "16x16"
COLLISION = "Collision"
# Keys pytmx mixes into tile (and so tile-object) properties.
PYTMX_TILE_KEYS = frozenset(
    {"id", "type", "width", "height", "frames", "colliders", "source", "trans", "path"}
)
_BASE_FIELDS = {f.name for f in dataclasses.fields(MapObject)}


def load_map(path: Path | str, project: Project | None = None) -> WorldMap:
    """Read, check and convert one map (`project`: maps/smile.tiled-project)."""
    path = Path(path)
    project = project if project is not None else load_project()
    root = read_xml(path)
    prepared = prepare(path, project, root)
    tmx = _parse_with_pytmx(prepared)
    return build_world(prepared, tmx)


def _parse_with_pytmx(prepared: Prepared) -> pytmx.TiledMap:
    tmx = pytmx.TiledMap()
    tmx.filename = str(prepared.path)
    try:
        tmx.parse_xml(prepared.root)
    except Exception as exc:  # pytmx raises bare Exception/ValueError/KeyError
        raise MapLoadError(
            [
                error(
                    display_path(prepared.path),
                    f"the map reader failed ({type(exc).__name__}: {exc})",
                    "",
                    "re-save the map from Tiled 1.11; if this stays, report it "
                    "with the file attached",
                )
            ]
        ) from None
    return tmx


def build_world(prepared: Prepared, tmx: pytmx.TiledMap) -> WorldMap:
    """The post-pass: document-order layers, typed objects, flipped colliders."""
    problems: list[Finding] = []
    below, above, tile_layers = _drawn_layers(prepared, tmx, problems)
    objects, collision = _objects(prepared, tmx)
    if problems:
        raise MapLoadError(problems)
    tile_size = (tmx.tilewidth, tmx.tileheight)
    colliders = _tile_colliders(tile_layers, prepared.tilesets, tile_size)
    colliders += collision + _object_colliders(objects, prepared.tilesets)
    return WorldMap(
        path=prepared.path,
        width=tmx.width,
        height=tmx.height,
        tile_width=tmx.tilewidth,
        tile_height=tmx.tileheight,
        tilesets=prepared.tilesets,
        below=below,
        above=above,
        colliders=colliders,
        objects=objects,
        properties=map_properties(clean(tmx.properties)),
        hidden_layers=[w.where for w in prepared.warnings],
        layer_names=[n.get("name", "") for n in iter_layers(prepared.root)],
        warnings=list(prepared.warnings),
    )


def _drawn_layers(
    prepared: Prepared, tmx: pytmx.TiledMap, problems: list[Finding]
) -> tuple[list[Layer], list[Layer], list[TileLayer]]:
    by_id = {int(getattr(layer, "id", -1)): layer for layer in tmx.layers}
    reverse = _reverse_gids(tmx)
    below: list[Layer] = []
    above: list[Layer] = []
    tile_layers: list[TileLayer] = []
    target = below
    for node in _drawn_nodes(prepared.root):
        if node.tag == "objectgroup":
            if node.get("name") == ENTITIES:
                target = above
            continue
        if node.tag == "imagelayer":
            target.append(_image_layer(node, prepared.path, problems))
            continue
        layer = _tile_layer(node, by_id[int(node.get("id", "0"))], reverse, prepared)
        problems += _gid_problems(layer, node, prepared)
        target.append(layer)
        tile_layers.append(layer)
    return below, above, tile_layers


def _reverse_gids(tmx: pytmx.TiledMap) -> dict[int, tuple[int, object]]:
    """pytmx's own gid -> (Tiled gid, flip flags)."""
    return {
        value[0]: key
        for key, value in tmx.imagemap.items()
        if isinstance(value, tuple) and value[0]
    }


def _drawn_nodes(root: ET.Element) -> list[ET.Element]:
    """Layers in document order, without EditorOnly layers (and their children)."""
    skipped: set[int] = set()
    chosen: list[ET.Element] = []
    for node in iter_layers(root):
        if id(node) in skipped:
            continue
        if layer_class(node) == EDITOR_ONLY:
            skipped.update(id(n) for n in node.iter())
            continue
        if node.tag != "group":
            chosen.append(node)
    return chosen


def _offset(node: ET.Element) -> tuple[int, int]:
    return (int(float(node.get("offsetx", "0"))), int(float(node.get("offsety", "0"))))


def _tile_layer(
    node: ET.Element,
    layer: pytmx.TiledTileLayer,
    reverse: dict[int, tuple[int, object]],
    prepared: Prepared,
) -> TileLayer:
    index = {id(t): i for i, t in enumerate(prepared.tilesets)}
    cells: list[list[TileRef | None]] = []
    for row in layer.data:
        out: list[TileRef | None] = []
        for gid in row:
            out.append(
                _tile_ref(gid, reverse, prepared.tilesets, index) if gid else None
            )
        cells.append(out)
    return TileLayer(
        id=int(node.get("id", "0")),
        name=node.get("name", ""),
        cells=cells,
        offset=_offset(node),
        layer_class=layer_class(node),
        visible=node.get("visible", "1") != "0",
    )


def _tile_ref(
    gid: int,
    reverse: dict[int, tuple[int, object]],
    tilesets: list[TilesetInfo],
    index: dict[int, int],
) -> TileRef | None:
    tiled_gid, flags = reverse[gid]
    found = tile_of(tilesets, tiled_gid)
    if found is None:
        return None
    tileset, local = found
    return TileRef(
        index[id(tileset)],
        local,
        bool(getattr(flags, "flipped_horizontally", False)),
        bool(getattr(flags, "flipped_vertically", False)),
        bool(getattr(flags, "flipped_diagonally", False)),
    )


def _gid_problems(
    layer: TileLayer, node: ET.Element, prepared: Prepared
) -> list[Finding]:
    """The first unusable cell: a tile beyond its tileset (deleted tile, shrunk
    sheet) or a tile of an object-sized tileset."""
    for y, row in enumerate(layer.cells):
        for x, ref in enumerate(row):
            what = _cell_problem(ref, prepared.tilesets) if ref else None
            if what:
                return [
                    error(
                        display_path(prepared.path),
                        what[0],
                        f"{node.get('name')} @ tile {x},{y}",
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
    node: ET.Element, map_path: Path, problems: list[Finding]
) -> ImageLayer:
    image = node.find("image")
    source = image.get("source", "") if image is not None else ""
    path = (map_path.parent / source).resolve()
    if not source or not path.is_file():
        problems.append(
            error(
                display_path(map_path),
                f'image layer picture "{source}" not found',
                node.get("name", "?"),
                "pick an existing PNG in the layer's Image property",
            )
        )
    return ImageLayer(
        int(node.get("id", "0")), node.get("name", ""), path, _offset(node)
    )


def clean(properties: dict[str, object]) -> dict[str, object]:
    """pytmx's properties without its own tile keys, with None back to ''."""
    return {
        k: ("" if v is None else v)
        for k, v in properties.items()
        if k not in PYTMX_TILE_KEYS
    }


def map_properties(props: dict[str, object]) -> MapProperties:
    return MapProperties(
        display_name=str(props.get("display_name", "")),
        music=str(props.get("music", "")),
        episode=int(props.get("episode", 0) or 0),
        indoor=bool(props.get("indoor", True)),
    )


def _objects(
    prepared: Prepared, tmx: pytmx.TiledMap
) -> tuple[list[MapObject], list[Shape]]:
    """Typed objects of every object layer but Collision, and the Collision shapes."""
    objects: list[MapObject] = []
    collision: list[Shape] = []
    groups = {int(getattr(g, "id", -1)): g for g in tmx.objectgroups}
    index = {id(t): i for i, t in enumerate(prepared.tilesets)}
    reverse = _reverse_gids(tmx)
    for node in iter_layers(prepared.root):
        if node.tag != "objectgroup":
            continue
        dx, dy = _offset(node)
        for obj in groups[int(node.get("id", "0"))]:
            shape = _shape(obj, dx, dy)
            if node.get("name") == COLLISION:
                collision.append(shape)
                continue
            tile = None
            if obj.gid:
                tile = _tile_ref(obj.gid, reverse, prepared.tilesets, index)
            objects.append(typed_object(obj, node.get("name", ""), shape, tile))
    return objects, collision


def _shape(obj: pytmx.TiledObject, dx: int, dy: int) -> Shape:
    points = getattr(obj, "points", None)
    if points:
        moved = tuple((p.x + dx, p.y + dy) for p in points)
        xs = [p[0] for p in moved]
        ys = [p[1] for p in moved]
        box = Rect(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))
        return Shape(box, moved, bool(obj.closed))
    return Shape(Rect(obj.x + dx, obj.y + dy, obj.width, obj.height))


def typed_object(
    obj: pytmx.TiledObject, layer: str, shape: Shape, tile: TileRef | None
) -> MapObject:
    """The game's dataclass for the object's class; fields come from properties."""
    props = clean(obj.properties)
    object_class = obj.type or ""
    kind = OBJECT_CLASSES.get(object_class, Unknown)
    values: dict[str, object] = {}
    for f in dataclasses.fields(kind):
        if f.name in _BASE_FIELDS:
            continue
        if f.name == "tile":
            values["tile"] = tile
        elif f.name == "object_class":
            values["object_class"] = object_class
        elif f.name in props:
            values[f.name] = _coerce(props[f.name], f.default)
    return kind(
        id=int(obj.id),
        name=obj.name or "",
        layer=layer,
        shape=shape,
        properties=props,
        **values,
    )


def _coerce(value: object, default: object) -> object:
    if isinstance(default, bool):
        return value if isinstance(value, bool) else str(value).lower() == "true"
    if isinstance(default, int):
        try:
            return int(float(str(value) or 0))
        except ValueError:
            return default
    return str(value)


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
