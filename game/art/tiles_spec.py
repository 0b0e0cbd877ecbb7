"""Tileset recipes: assets/src/tiles/<set>.json read into dataclasses (no pygame).

A recipe lists *pieces*: a picture from the set's grid file (or a crop of
it), placed at a tile column/row of the sheet and cut into 16x16 tiles. A
piece of several tiles names its tiles `<name>_<x>_<y>` (tile offsets inside
the piece) unless `names` gives one name per tile, row by row. A piece with
`frames` > 1 is a horizontal strip of equal frames laid side by side in the
sheet; its tiles get a `_f<k>` suffix. Collision rectangles, class and
properties given on a piece apply to every tile it makes (rectangles are in
the piece's pixels and are clipped to each tile); `tiles` adds per-tile
metadata by tile name. See assets/src/tiles/README.md for the full format.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from game.art.compose import JsonObject, read_json
from game.art.grid import GridError

TILE = 16

Rect = tuple[int, int, int, int]
Polygon = tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class Animate:
    """Each tile of a piece cycles through the `_f<k>` tiles of piece `of`."""

    of: str
    durations: tuple[int, ...]


@dataclass(frozen=True)
class Piece:
    name: str
    picture: str
    col: int
    row: int
    frames: int = 1
    crop: Rect | None = None
    recolour: str = ""
    names: tuple[str, ...] = ()
    collide: tuple[Rect, ...] = ()
    tile_class: str = ""
    properties: tuple[tuple[str, object], ...] = ()
    animate: Animate | None = None
    link: tuple[str, str] | None = None  # (property name, piece whose tile id it names)


@dataclass(frozen=True)
class TileExtra:
    """Per-tile metadata given under `tiles` in the recipe."""

    rects: tuple[Rect, ...] = ()
    polygons: tuple[Polygon, ...] = ()
    tile_class: str = ""
    properties: tuple[tuple[str, object], ...] = ()


@dataclass(frozen=True)
class TileSetSpec:
    name: str
    source: Path
    columns: int
    pieces: tuple[Piece, ...]
    recolours: dict[str, dict[str, str]] = field(default_factory=dict)
    tiles: dict[str, TileExtra] = field(default_factory=dict)


def _rects(value: object, where: str) -> tuple[Rect, ...]:
    if value in (None, []):
        return ()
    if value == "full":
        return ((0, 0, TILE, TILE),)
    if not isinstance(value, list) or not all(
        isinstance(r, list) and len(r) == 4 and all(isinstance(n, int) for n in r)
        for r in value
    ):
        raise GridError(f'{where}: "collide" must be "full" or a list of [x, y, w, h]')
    return tuple(tuple(r) for r in value)


def _properties(value: object, where: str) -> tuple[tuple[str, object], ...]:
    if value is None:
        return ()
    if not isinstance(value, dict):
        raise GridError(f'{where}: "properties" must be an object of name: value')
    return tuple(sorted(value.items()))


def _animate(value: object, own: str, where: str) -> Animate | None:
    if value is None:
        return None
    if not isinstance(value, dict) or not isinstance(value.get("durations"), list):
        raise GridError(f'{where}: "animate" needs "durations": [ms, ...]')
    return Animate(str(value.get("of", own)), tuple(int(d) for d in value["durations"]))


def _piece(raw: JsonObject, where: str) -> Piece:
    try:
        name: str = raw["name"]
        picture: str = raw.get("picture", name)
        col, row = raw["at"]
    except (KeyError, TypeError, ValueError):
        raise GridError(f'{where}: a piece needs "name" and "at": [col, row]') from None
    crop = raw.get("crop")
    link = raw.get("link")
    return Piece(
        name=name,
        picture=picture,
        col=int(col),
        row=int(row),
        frames=int(raw.get("frames", 1)),
        crop=tuple(crop) if crop else None,
        recolour=raw.get("recolour", ""),
        names=tuple(raw.get("names", ())),
        collide=_rects(raw.get("collide"), f"{where} ({name})"),
        tile_class=raw.get("class", ""),
        properties=_properties(raw.get("properties"), f"{where} ({name})"),
        animate=_animate(raw.get("animate"), name, f"{where} ({name})"),
        link=(link["property"], link["to"]) if link else None,
    )


def _extra(raw: JsonObject, where: str) -> TileExtra:
    polygons = tuple(
        tuple((int(x), int(y)) for x, y in poly) for poly in raw.get("polygons", ())
    )
    return TileExtra(
        rects=_rects(raw.get("collide"), where),
        polygons=polygons,
        tile_class=raw.get("class", ""),
        properties=_properties(raw.get("properties"), where),
    )


def load_spec(path: Path) -> TileSetSpec:
    """Read one tileset recipe; GridError names the file and the bad entry."""
    raw = read_json(path)
    where = str(path)
    pieces = tuple(
        _piece(p, f"{where}: pieces[{i}]") for i, p in enumerate(raw.get("pieces", []))
    )
    tiles = {
        name: _extra(extra, f"{where}: tiles.{name}")
        for name, extra in raw.get("tiles", {}).items()
    }
    return TileSetSpec(
        name=path.stem,
        source=path,
        columns=int(raw.get("columns", 8)),
        pieces=pieces,
        recolours=raw.get("recolours", {}),
        tiles=tiles,
    )
