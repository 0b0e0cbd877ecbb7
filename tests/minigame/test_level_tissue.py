"""Painting a level's tiles through per-gid tables gives exactly what the
tile-by-tile painting gives: the same grids and the same findings, in order."""

from __future__ import annotations

import dataclasses

import numpy as np

from game.core.paths import maps_dir
from game.minigame.level_report import Report
from game.minigame.level_tissue import _first_max, _paint_cells, paint
from game.tiled.gids import FLIP_X
from game.tiled.model import TiledMap, TiledTileLayer
from game.tiled.reader import read_map

LEVEL = maps_dir() / "minigame" / "ep1_teach.tmx"
NO_TISSUE = 999  # a gid past every tileset's tiles: no properties


def _one_by_one(doc: TiledMap) -> tuple[np.ndarray, np.ndarray, list[str]]:
    kind = np.zeros((doc.height, doc.width), np.uint8)
    pigment = np.zeros((doc.height, doc.width), np.float32)
    r, bad = Report("level"), set[int]()
    for layer in doc.tile_layers():
        _paint_cells(doc, layer, (kind, pigment), bad, r)
    return kind, pigment, [f.format() for f in r.findings]


def _with_layers(doc: TiledMap, grids: list[list[list[int]]]) -> TiledMap:
    base = doc.tile_layers()[0]
    layers = [
        dataclasses.replace(
            base, id=100 + i, name=f"paint{i}", gids=tuple(map(tuple, grid))
        )
        for i, grid in enumerate(grids)
    ]
    return dataclasses.replace(doc, layers=[*doc.layers, *layers])


def test_tables_paint_like_tile_by_tile_with_bad_tiles_and_flips():
    doc = read_map(LEVEL, images=False)
    first = [list(row) for row in doc.tile_layers()[0].gids]
    gid = next(g for row in first for g in row if g)
    first[3][5] = NO_TISSUE
    first[1][40] = NO_TISSUE + 1
    first[7][2] = NO_TISSUE  # reported once, at 5,3
    first[0][0] = gid | FLIP_X
    second = [[0] * 10 for _ in range(4)]  # smaller than the map: a corner
    second[2][9] = NO_TISSUE + 1  # already reported by the first layer
    second[0][1] = NO_TISSUE + 2
    second[1][1] = gid + 5
    doc = _with_layers(doc, [first, second])
    r = Report("level")
    kind, pigment = paint(doc, r)
    want_kind, want_pigment, want_findings = _one_by_one(doc)
    assert np.array_equal(kind, want_kind)
    assert np.array_equal(pigment, want_pigment)
    assert [f.format() for f in r.findings] == want_findings
    assert len(want_findings) == 3
    assert "paint0 @ tile 40,1" in want_findings[0]
    assert "paint0 @ tile 5,3" in want_findings[1]


def test_an_empty_layer_paints_nothing():
    doc = read_map(LEVEL, images=False)
    empty = TiledTileLayer(id=100, name="empty")
    doc = dataclasses.replace(doc, layers=[*doc.layers, empty])
    kind, _pigment = paint(doc, Report("level"))
    assert np.array_equal(kind, _one_by_one(doc)[0])


def test_first_max_is_argmax_with_ties_going_to_the_first():
    rng = np.random.default_rng(3)
    votes = rng.integers(0, 3, (5, 40, 30)).astype(np.float32)  # many ties
    assert np.array_equal(_first_max(votes), votes.argmax(axis=0).astype(np.uint8))
