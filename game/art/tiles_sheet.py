"""Lay a tileset recipe's pieces out on one sheet and collect per-tile metadata.

Pure numpy, no pygame. Tile ids run row by row over a sheet `columns` tiles
wide, as in Tiled. Every error names the recipe file and the piece.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from game.art.compose import blank, recolour
from game.art.grid import TRANSPARENT_INDEX, GridError, Picture
from game.art.palette import Palette
from game.art.tiles_spec import TILE, Piece, Polygon, Rect, TileSetSpec


@dataclass
class TileInfo:
    """Everything the .tsx says about one tile."""

    name: str
    rects: list[Rect] = field(default_factory=list)
    polygons: list[Polygon] = field(default_factory=list)
    tile_class: str = ""
    properties: dict[str, object] = field(default_factory=dict)
    animation: list[tuple[int, int]] = field(default_factory=list)  # (tile id, ms)


@dataclass
class Sheet:
    pixels: Picture
    columns: int
    tiles: dict[int, TileInfo]
    ids: dict[str, int]

    @property
    def tile_count(self) -> int:
        return self.columns * (int(self.pixels.shape[0]) // TILE)


def _clip(rect: Rect, tx: int, ty: int) -> Rect | None:
    x, y, w, h = rect
    x0, y0 = max(x, tx * TILE), max(y, ty * TILE)
    x1, y1 = min(x + w, (tx + 1) * TILE), min(y + h, (ty + 1) * TILE)
    if x0 >= x1 or y0 >= y1:
        return None
    return (x0 - tx * TILE, y0 - ty * TILE, x1 - x0, y1 - y0)


def _picture(
    piece: Piece, spec: TileSetSpec, pictures: dict[str, Picture], palette: Palette
) -> Picture:
    where = f"{spec.source}: piece {piece.name!r}"
    if piece.picture not in pictures:
        raise GridError(f"{where}: no picture @{piece.picture} in {spec.name}.grid")
    picture = pictures[piece.picture]
    if piece.crop:
        x, y, w, h = piece.crop
        picture = picture[y : y + h, x : x + w]
    if piece.recolour:
        if piece.recolour not in spec.recolours:
            raise GridError(f"{where}: unknown recolour {piece.recolour!r}")
        table = spec.recolours[piece.recolour]
        picture = recolour(
            picture, {palette.index(a): palette.index(b) for a, b in table.items()}
        )
    h, w = picture.shape
    if h % TILE or w % (TILE * piece.frames):
        raise GridError(
            f"{where}: @{piece.picture} is {w}x{h}; it must be whole 16x16 tiles "
            f"times {piece.frames} frame(s)"
        )
    return picture


def offset_suffix(piece: Piece, tx: int, ty: int, size: tuple[int, int]) -> str:
    """The part of a tile name that says where in a multi-tile piece it sits."""
    return "" if size == (1, 1) else f"_{tx}_{ty}"


def tile_name(piece: Piece, tx: int, ty: int, size: tuple[int, int], k: int) -> str:
    if piece.names:
        base = piece.names[ty * size[0] + tx]
    else:
        base = piece.name + offset_suffix(piece, tx, ty, size)
    return base + (f"_f{k}" if piece.frames > 1 else "")


class _Layout:
    """Accumulates placed tiles; refuses overlaps and duplicate names."""

    def __init__(self, spec: TileSetSpec) -> None:
        self.spec = spec
        self.cells: dict[tuple[int, int], Picture] = {}
        self.tiles: dict[tuple[int, int], TileInfo] = {}
        self.ids: dict[str, int] = {}

    def place(self, col: int, row: int, pixels: Picture, info: TileInfo) -> None:
        where = f"{self.spec.source}: tile {info.name!r}"
        if col >= self.spec.columns:
            raise GridError(
                f"{where} falls at column {col}; the sheet has "
                f"{self.spec.columns} columns"
            )
        if (col, row) in self.cells:
            raise GridError(f"{where} overlaps {self.tiles[(col, row)].name!r}")
        if info.name in self.ids:
            raise GridError(f"{where}: the name is used twice")
        self.cells[(col, row)] = pixels
        self.tiles[(col, row)] = info
        self.ids[info.name] = row * self.spec.columns + col


def _place_piece(layout: _Layout, piece: Piece, picture: Picture) -> None:
    fw = picture.shape[1] // piece.frames
    size = (fw // TILE, picture.shape[0] // TILE)
    if piece.names and len(piece.names) != size[0] * size[1]:
        raise GridError(
            f"{layout.spec.source}: piece {piece.name!r} has "
            f"{len(piece.names)} names for {size[0] * size[1]} tiles"
        )
    for k in range(piece.frames):
        for ty in range(size[1]):
            for tx in range(size[0]):
                x, y = k * fw + tx * TILE, ty * TILE
                rects = [r for r in (_clip(c, tx, ty) for c in piece.collide) if r]
                info = TileInfo(
                    name=tile_name(piece, tx, ty, size, k),
                    rects=rects,
                    tile_class=piece.tile_class,
                    properties=dict(piece.properties),
                )
                layout.place(
                    piece.col + k * size[0] + tx,
                    piece.row + ty,
                    picture[y : y + TILE, x : x + TILE],
                    info,
                )


def _resolve(layout: _Layout, piece: Piece, picture: Picture) -> None:
    """Fill in animations and tile-id links once every tile has an id."""
    fw = picture.shape[1] // piece.frames
    size = (fw // TILE, picture.shape[0] // TILE)
    where = f"{layout.spec.source}: piece {piece.name!r}"
    for ty in range(size[1]):
        for tx in range(size[0]):
            suffix = offset_suffix(piece, tx, ty, size)
            info = layout.tiles[(piece.col + tx, piece.row + ty)]
            wanted: list[str] = []
            if piece.animate:
                wanted = [
                    f"{piece.animate.of}{suffix}_f{k}"
                    for k in range(len(piece.animate.durations))
                ]
            if piece.link:
                wanted.append(piece.link[1] + suffix)
            missing = [n for n in wanted if n not in layout.ids]
            if missing:
                raise GridError(f"{where}: no tile named {missing[0]!r}")
            if piece.animate:
                info.animation = [
                    (layout.ids[n], d)
                    for n, d in zip(wanted, piece.animate.durations, strict=False)
                ]
            if piece.link:
                info.properties[piece.link[0]] = layout.ids[piece.link[1] + suffix]


def _apply_extras(layout: _Layout) -> None:
    by_name = {info.name: info for info in layout.tiles.values()}
    for name, extra in layout.spec.tiles.items():
        if name not in by_name:
            raise GridError(f"{layout.spec.source}: tiles.{name}: no such tile")
        info = by_name[name]
        info.rects.extend(extra.rects)
        info.polygons.extend(extra.polygons)
        info.tile_class = extra.tile_class or info.tile_class
        info.properties.update(dict(extra.properties))


def build_sheet(
    spec: TileSetSpec, pictures: dict[str, Picture], palette: Palette
) -> Sheet:
    """Compose the sheet and its metadata; GridError on any bad piece."""
    layout = _Layout(spec)
    placed = []
    for piece in spec.pieces:
        picture = _picture(piece, spec, pictures, palette)
        _place_piece(layout, piece, picture)
        placed.append((piece, picture))
    for piece, picture in placed:
        _resolve(layout, piece, picture)
    _apply_extras(layout)
    rows = 1 + max((row for _, row in layout.cells), default=0)
    pixels = blank(rows * TILE, spec.columns * TILE)
    tiles: dict[int, TileInfo] = {}
    for (col, row), cell in layout.cells.items():
        pixels[row * TILE : (row + 1) * TILE, col * TILE : (col + 1) * TILE] = cell
        if (cell != TRANSPARENT_INDEX).any():
            tiles[row * spec.columns + col] = layout.tiles[(col, row)]
    return Sheet(pixels, spec.columns, dict(sorted(tiles.items())), layout.ids)
