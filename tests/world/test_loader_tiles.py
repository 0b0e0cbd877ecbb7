"""Tile layers as the loader builds them (cells resolved once per distinct
gid, colliders placed from each tile's flipped bounds) are exactly what the
cell-by-cell reference builds: same cells, same collider floats in the same
order, same first unusable cell."""

from __future__ import annotations

import dataclasses
import random

import pytest

from game.core.paths import project_root
from game.tiled.errors import MapLoadError
from game.tiled.gids import FLIP_D, FLIP_X, FLIP_Y, tile_ref
from game.tiled.model import TiledMap, TiledTileLayer
from game.tiled.project import load_project
from game.tiled.reader import read_map
from game.world.loader import build_world
from game.world.model import Shape
from game.world.shapes import transform_tile_shape

MAP = project_root() / "maps" / "ep1" / "lobby.tmx"


def _doc() -> TiledMap:
    return read_map(MAP, load_project(project_root() / "maps" / "smile.tiled-project"))


def _reference_colliders(doc: TiledMap) -> list[Shape]:
    shapes: list[Shape] = []
    tile = (doc.tile_width, doc.tile_height)
    for layer in build_world(doc).below + build_world(doc).above:
        for y, row in enumerate(getattr(layer, "cells", ())):
            for x, ref in enumerate(row):
                found = ref and doc.tilesets[ref.tileset].colliders.get(ref.tile_id)
                if not found:
                    continue
                at = (x * tile[0] + layer.offset[0], y * tile[1] + layer.offset[1])
                flips = (ref.flip_x, ref.flip_y, ref.flip_d)
                shapes += [transform_tile_shape(s, tile, flips, at) for s in found]
    return shapes


def _flipped_everywhere(doc: TiledMap) -> TiledMap:
    rng = random.Random(5)
    flags = (0, FLIP_X, FLIP_Y, FLIP_D, FLIP_X | FLIP_Y, FLIP_X | FLIP_D)
    layers = [
        dataclasses.replace(
            layer,
            gids=tuple(
                tuple(g | rng.choice(flags) if g else g for g in row)
                for row in layer.gids
            ),
        )
        if isinstance(layer, TiledTileLayer)
        else layer
        for layer in doc.layers
    ]
    return dataclasses.replace(doc, layers=layers)


@pytest.mark.parametrize("flip", [False, True])
def test_colliders_are_the_cell_by_cell_ones(flip):
    doc = _flipped_everywhere(_doc()) if flip else _doc()
    world = build_world(doc)
    tiles = len(_reference_colliders(doc))
    assert tiles
    assert repr(world.colliders[:tiles]) == repr(_reference_colliders(doc))
    for layer in doc.tile_layers():
        built = next(w for w in world.below + world.above if w.name == layer.name)
        want = [
            [tile_ref(doc.tilesets, g) if g else None for g in r] for r in layer.gids
        ]
        assert built.cells == want


def test_the_first_unusable_cell_is_named():
    doc = _doc()
    first = doc.tile_layers()[0]
    gids = [list(row) for row in first.gids]
    gids[4][7] = 5000  # past every tileset's tiles
    gids[9][2] = 5000
    layers = [
        dataclasses.replace(first, gids=tuple(map(tuple, gids)))
        if layer is first
        else layer
        for layer in doc.layers
    ]
    with pytest.raises(MapLoadError) as caught:
        build_world(dataclasses.replace(doc, layers=layers))
    assert f"{first.name} @ tile 7,4" in str(caught.value)
