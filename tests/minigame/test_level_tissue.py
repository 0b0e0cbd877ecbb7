"""Painting a level's tiles through per-gid tables gives exactly what the
tile-by-tile painting gives: the same grids and the same findings, in order."""

from __future__ import annotations

import dataclasses
import re
import shutil

import numpy as np

from game.core.paths import maps_dir
from game.minigame.level_report import Report
from game.minigame.level_tissue import (
    TissueProbe,
    _first_max,
    _paint_cells,
    paint,
    smooth_tissue,
)
from game.minigame.levels import parse_level
from game.minigame.spec import Tissue
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


def _grids(seed: int, count: int):
    """Random tile grids: noise, blobs and single-tissue levels."""
    rng = np.random.default_rng(seed)
    for trial in range(count):
        h, w = int(rng.integers(1, 14)), int(rng.integers(1, 20))
        kind = rng.integers(0, 5, (h, w)).astype(np.uint8)
        if trial % 2:
            blobs = rng.integers(0, 5, (h // 3 + 1, w // 3 + 1)).astype(np.uint8)
            kind = np.repeat(np.repeat(blobs, 3, 0), 3, 1)[:h, :w]
        if trial % 5 == 0:
            kind[:] = rng.integers(0, 5)
        yield rng, kind


def test_the_probe_answers_as_the_smoothed_tissue_does():
    for rng, kind in _grids(1, 120):
        cells = smooth_tissue(kind)
        h, w = cells.shape
        for _ in range(20):
            probe = TissueProbe(kind)  # fresh: nothing smoothed yet
            row, col = int(rng.integers(-h, h)), int(rng.integers(-w, w))
            assert probe.is_void(row, col) == (cells[row, col] == Tissue.VOID)
            y0, y1 = sorted(int(v) for v in rng.integers(-h - 5, h + 5, 2))
            x0, x1 = sorted(int(v) for v in rng.integers(-w - 5, w + 5, 2))
            y0, x0 = max(y0, 0), max(x0, 0)
            want = bool((cells[y0:y1, x0:x1] != Tissue.VOID).any())
            assert probe.has_tissue(slice(y0, y1), slice(x0, x1)) == want


def test_uniform_tiles_and_local_windows_smooth_as_the_whole_level():
    for _rng, kind in _grids(2, 60):
        probe, cells = TissueProbe(kind), smooth_tissue(kind)
        for ty, tx in np.ndindex(kind.shape):
            tile = (slice(ty * 4, ty * 4 + 4), slice(tx * 4, tx * 4 + 4))
            assert (probe._around(ty, tx)[tile] == cells[tile]).all()
            if probe.uniform[ty, tx]:
                assert (cells[tile] == kind[ty, tx]).all()


def test_the_check_finds_what_the_full_parse_finds(tmp_path):
    levels = maps_dir() / "minigame"
    for extra in ("tissue.tsx", "rules.json"):
        shutil.copy(levels / extra, tmp_path / extra)
    text = (levels / "ep3_crisis.tmx").read_text(encoding="utf-8")
    # a source moved into the void corner (a feed over no tissue: the probe
    # test above; the level objects drop a feed that leaves the map)
    moved = re.sub(
        r'(type="GlitchSource") x="[^"]*" y="[^"]*"', r'\1 x="8" y="8"', text, count=1
    )
    assert moved.count('x="8" y="8"') == 1
    for name, body in (("same", text), ("moved", moved)):
        path = tmp_path / f"{name}.tmx"
        path.write_text(body, encoding="utf-8")
        full = [f.format() for f in parse_level(path)[1]]
        fast = [f.format() for f in parse_level(path, findings_only=True)[1]]
        assert fast == full
        if name == "moved":
            assert any("is not on tissue" in f for f in full)
    for path in sorted(levels.glob("*.tmx")):
        full = [f.format() for f in parse_level(path)[1]]
        assert [f.format() for f in parse_level(path, findings_only=True)[1]] == full
