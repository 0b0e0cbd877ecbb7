"""The Tiled document model: what game.tiled reads out of .tmx/.tsx/.tx files.

Plain dataclasses, no pygame, pytmx or ElementTree types. A `TiledMap` holds
the map's size, tile size, class and properties, its layers in document
order (groups before their children) and its external tilesets (sorted by
firstgid). Objects come with templates merged, class defaults filled in,
their class, shape and typed properties. Coordinates are map pixels, origin
top-left; tile objects are stored by their top-left corner (Tiled stores
their bottom-left).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from game.core.findings import Finding

Point = tuple[float, float]


@dataclass(frozen=True)
class Rect:
    """An axis-aligned box in map pixels."""

    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    @property
    def center(self) -> Point:
        return (self.x + self.w / 2, self.y + self.h / 2)

    def contains(self, px: float, py: float) -> bool:
        return self.x <= px < self.right and self.y <= py < self.bottom

    def overlaps(self, other: Rect) -> bool:
        return (
            self.x < other.right
            and other.x < self.right
            and self.y < other.bottom
            and other.y < self.bottom
        )


@dataclass(frozen=True)
class Shape:
    """A collider or area: `rect` always holds the bounding box; `points`
    (absolute map pixels) is set for polygons and polylines."""

    rect: Rect
    points: tuple[Point, ...] = ()
    closed: bool = True

    @property
    def is_polygon(self) -> bool:
        return bool(self.points) and self.closed


@dataclass(frozen=True)
class TileRef:
    """One placed tile: which tileset, which local tile id, how it is flipped."""

    tileset: int
    tile_id: int
    flip_x: bool = False
    flip_y: bool = False
    flip_d: bool = False


@dataclass(frozen=True)
class AnimationFrame:
    tile_id: int
    duration_ms: int


@dataclass
class TilesetInfo:
    """An external tileset as the map uses it."""

    name: str
    source: Path
    firstgid: int
    tile_width: int
    tile_height: int
    columns: int
    tile_count: int
    image: Path | None
    image_size: tuple[int, int]
    margin: int = 0
    spacing: int = 0
    colliders: dict[int, tuple[Shape, ...]] = field(default_factory=dict)
    animations: dict[int, tuple[AnimationFrame, ...]] = field(default_factory=dict)
    tile_classes: dict[int, str] = field(default_factory=dict)
    tile_properties: dict[int, dict[str, object]] = field(default_factory=dict)

    def tile_rect(self, tile_id: int) -> tuple[int, int, int, int]:
        """The tile's source rectangle in the tileset image."""
        col, row = tile_id % self.columns, tile_id // self.columns
        x = self.margin + col * (self.tile_width + self.spacing)
        y = self.margin + row * (self.tile_height + self.spacing)
        return (x, y, self.tile_width, self.tile_height)


Properties = dict[str, object]


@dataclass(frozen=True)
class TiledObject:
    """One object. `x, y, width, height` are as Tiled stores them (no layer
    offset; tile objects by their top-left corner; polygons: the first
    point's origin and the points' extent); `shape` is in map pixels with the
    layer offset applied. `gid` is the raw Tiled gid (flip flags included),
    0 for non-tile objects; `tile` is the same tile resolved. `properties`
    are the object's own, its template's, its class defaults and, for tile
    objects, its tile's custom properties (the object's own win)."""

    id: int
    name: str
    object_class: str
    layer: str
    x: float
    y: float
    width: float
    height: float
    shape: Shape
    kind: str
    gid: int = 0
    tile: TileRef | None = None
    rotation: float = 0.0
    template: str = ""
    properties: Properties = field(default_factory=dict)


@dataclass(frozen=True)
class TiledLayer:
    """What every layer has. `groups` are the classes of the enclosing groups,
    outermost first; `offset` is in whole pixels."""

    id: int
    name: str
    layer_class: str = ""
    visible: bool = True
    offset: tuple[int, int] = (0, 0)
    groups: tuple[str, ...] = ()
    properties: Properties = field(default_factory=dict)

    def in_class(self, class_name: str) -> bool:
        """True if the layer or one of its groups has this class."""
        return self.layer_class == class_name or class_name in self.groups


@dataclass(frozen=True)
class TiledTileLayer(TiledLayer):
    """A tile layer; `gids[y][x]` is the raw Tiled gid (0 = empty)."""

    gids: tuple[tuple[int, ...], ...] = ()


@dataclass(frozen=True)
class TiledObjectLayer(TiledLayer):
    objects: tuple[TiledObject, ...] = ()


@dataclass(frozen=True)
class TiledImageLayer(TiledLayer):
    """An image layer; `image` is resolved against the map's folder."""

    source: str = ""
    image: Path = Path()


@dataclass(frozen=True)
class TiledGroup(TiledLayer):
    """A group layer; its children follow it in `TiledMap.layers`."""


@dataclass
class TiledMap:
    """A whole map as read and fixed by game.tiled. `warnings` are findings
    that did not stop the reading (e.g. a drawn layer saved hidden)."""

    path: Path
    width: int
    height: int
    tile_width: int
    tile_height: int
    map_class: str
    properties: Properties
    layers: list[TiledLayer]
    tilesets: list[TilesetInfo]
    warnings: list[Finding] = field(default_factory=list)

    def tile_layers(self) -> list[TiledTileLayer]:
        return [n for n in self.layers if isinstance(n, TiledTileLayer)]

    def object_layers(self) -> list[TiledObjectLayer]:
        return [n for n in self.layers if isinstance(n, TiledObjectLayer)]
