"""Tiled global tile ids: flip flags and which tileset a gid belongs to.

A raw gid keeps Tiled's flags in its top bits (horizontal, vertical,
anti-diagonal flip); the rest, minus a tileset's firstgid, is the local
tile id. `tilesets` are always sorted by firstgid.
"""

from __future__ import annotations

from game.tiled.model import Properties, TileRef, TilesetInfo

FLIP_X = 0x80000000
FLIP_Y = 0x40000000
FLIP_D = 0x20000000
GID_FLAGS = FLIP_X | FLIP_Y | FLIP_D


def tile_of(
    tilesets: list[TilesetInfo], raw_gid: int
) -> tuple[TilesetInfo, int] | None:
    """(tileset, local tile id) for a raw gid (flip flags ignored)."""
    gid = raw_gid & ~GID_FLAGS
    owner = None
    for tileset in tilesets:
        if tileset.firstgid <= gid:
            owner = tileset
    if owner is None or gid == 0:
        return None
    return owner, gid - owner.firstgid


def tile_ref(tilesets: list[TilesetInfo], raw_gid: int) -> TileRef | None:
    """The tile a raw gid shows: tileset index, local id and flips."""
    found = tile_of(tilesets, raw_gid)
    if found is None:
        return None
    tileset, local = found
    index = next(i for i, t in enumerate(tilesets) if t is tileset)
    return TileRef(
        index,
        local,
        bool(raw_gid & FLIP_X),
        bool(raw_gid & FLIP_Y),
        bool(raw_gid & FLIP_D),
    )


def tile_properties(tilesets: list[TilesetInfo], raw_gid: int) -> Properties:
    """The custom properties of the tile a raw gid shows ({} if none)."""
    found = tile_of(tilesets, raw_gid)
    if found is None:
        return {}
    return found[0].tile_properties.get(found[1], {})
