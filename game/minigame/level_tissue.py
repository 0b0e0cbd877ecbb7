"""A level's tissue: painted tiles -> smooth tissue and pigment cell grids.

Each tile of maps/minigame/tissue.tsx has a `tissue` property (void, enamel,
dentin, pulp, gum, pigment). One tile is 4x4 cells; the painted blocks are
upsampled and their borders rounded by a fixed-seed majority filter, so a
level's shape never depends on the play seed. Pure numpy, no pygame.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np

from game.minigame.fields import box3
from game.minigame.level_report import Report
from game.minigame.spec import CELLS_PER_TILE, Tissue
from game.tiled.gids import tile_properties
from game.tiled.model import TiledMap, TiledTileLayer

TISSUE_VALUES = ("void", "enamel", "dentin", "pulp", "gum", "pigment")
SMOOTH_PASSES = 2
SHAPE_SEED = 20420  # fixed: a level's shape never depends on the play seed


def _tile_tissue(doc: TiledMap, gid: int) -> str | None:
    value = tile_properties(doc.tilesets, gid).get("tissue")
    return value if isinstance(value, str) else None


def paint(doc: TiledMap, r: Report) -> tuple[np.ndarray, np.ndarray]:
    """Tile-resolution tissue and pigment grids from every tile layer, in order."""
    kind = np.zeros((doc.height, doc.width), np.uint8)
    pigment = np.zeros((doc.height, doc.width), np.float32)
    bad: set[int] = set()
    for layer in doc.tile_layers():
        gids = np.array(layer.gids, np.int64)
        if gids.ndim != 2 or not gids.size:
            continue  # no cells
        if gids.shape[0] > doc.height or gids.shape[1] > doc.width:
            _paint_cells(doc, layer, (kind, pigment), bad, r)  # fails as before
            continue
        _paint_layer(doc, layer.name, gids, (kind, pigment), bad, r)
    return kind, pigment


def _paint_layer(
    doc: TiledMap,
    name: str,
    gids: np.ndarray,
    grids: tuple[np.ndarray, np.ndarray],
    bad: set[int],
    r: Report,
) -> None:
    """One layer painted through tables made per distinct gid: each gid's
    tissue is looked up once, not once per tile."""
    unique, first, inverse = np.unique(gids, return_index=True, return_inverse=True)
    codes = np.zeros(len(unique), np.uint8)
    inked = np.zeros(len(unique), np.float32)
    valid = np.zeros(len(unique), bool)
    wrong: list[tuple[int, int, str | None]] = []
    for i, gid in enumerate(unique.tolist()):
        if not gid:
            continue
        value = _tile_tissue(doc, gid)
        if value is None or value not in TISSUE_VALUES:
            wrong.append((int(first[i]), gid, value))
            continue
        valid[i] = True
        inked[i] = value == "pigment"
        codes[i] = Tissue.ENAMEL if value == "pigment" else Tissue[value.upper()]
    index = inverse.reshape(gids.shape)
    painted = valid[index]
    h, w = gids.shape
    grids[0][:h, :w][painted] = codes[index][painted]
    grids[1][:h, :w][painted] = inked[index][painted]
    for at, gid, value in sorted(wrong):
        if gid not in bad:
            bad.add(gid)
            _bad_tile(r, value, name, at % w, at // w)


def _paint_cells(
    doc: TiledMap,
    layer: TiledTileLayer,
    grids: tuple[np.ndarray, np.ndarray],
    bad: set[int],
    r: Report,
) -> None:
    """One layer painted tile by tile (a layer larger than its map)."""
    kind, pigment = grids
    for y, row in enumerate(layer.gids):
        for x, gid in enumerate(row):
            if not gid:
                continue
            value = _tile_tissue(doc, gid)
            if value is None or value not in TISSUE_VALUES:
                if gid not in bad:
                    bad.add(gid)
                    _bad_tile(r, value, layer.name, x, y)
                continue
            pigment[y, x] = value == "pigment"
            kind[y, x] = Tissue.ENAMEL if value == "pigment" else Tissue[value.upper()]


def _bad_tile(r: Report, value: str | None, layer: str, x: int, y: int) -> None:
    r.error(
        f"a tile has tissue {value!r}",
        f"{layer} @ tile {x},{y}",
        "give the tile in tissue.tsx a tissue of " + ", ".join(TISSUE_VALUES),
    )


def smooth_tissue(kind: np.ndarray, passes: int = SMOOTH_PASSES) -> np.ndarray:
    """Upsample tiles to cells and round the borders between tissues."""
    cells = np.repeat(np.repeat(kind, CELLS_PER_TILE, 0), CELLS_PER_TILE, 1)
    jitter = _jitter(cells.shape)
    votes = np.empty((len(Tissue), *cells.shape), np.float32)
    tmp = np.empty(cells.shape, np.float32)
    for _ in range(passes):
        for t in Tissue:
            np.equal(cells, t, out=tmp, casting="unsafe")
            box3(tmp, votes[t], tmp)
            box3(tmp, votes[t], votes[t])
        votes += jitter
        cells = _first_max(votes)
    return cells


@lru_cache(maxsize=4)
def _jitter(shape: tuple[int, ...]) -> np.ndarray:
    """The fixed-seed vote jitter for a cell grid of `shape` (read-only; the
    levels of a run share a few sizes, so each is drawn once)."""
    rng = np.random.default_rng(SHAPE_SEED)
    jitter = rng.random((len(Tissue), *shape), dtype=np.float32) * 0.35
    jitter.flags.writeable = False
    return jitter


def _first_max(votes: np.ndarray) -> np.ndarray:
    """`votes.argmax(axis=0)` as uint8 (the first of equal votes wins), one
    whole-grid comparison per tissue instead of a strided reduction."""
    best = votes[0].copy()
    winner = np.zeros(best.shape, np.uint8)
    for t in range(1, len(votes)):
        more = votes[t] > best
        winner[more] = t
        np.maximum(best, votes[t], out=best)
    return winner


def smooth_pigment(pigment: np.ndarray, kind: np.ndarray) -> np.ndarray:
    """Pigment cells: upsampled, blurred and speckled, only on enamel."""
    cells = np.repeat(np.repeat(pigment, CELLS_PER_TILE, 0), CELLS_PER_TILE, 1)
    tmp = np.empty_like(cells)
    box3(cells, tmp, cells)
    rng = np.random.default_rng(SHAPE_SEED + 1)
    speckle = rng.random(cells.shape, dtype=np.float32)
    inked = (cells > 0.5) & (speckle < 0.85) & (kind == Tissue.ENAMEL)
    return inked.astype(np.float32)
