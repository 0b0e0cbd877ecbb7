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
MARGIN = 3  # tiles around one smoothed alone: 12 cells, the passes reach 4


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
    return _smoothed(cells, _jitter(cells.shape), passes)


def _smoothed(
    cells: np.ndarray, jitter: np.ndarray, passes: int = SMOOTH_PASSES
) -> np.ndarray:
    """`passes` majority passes over `cells` with this `jitter` (per tissue)."""
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


class TissueProbe:
    """The level check's questions about the smoothed tissue (is this cell
    void, does this region hold tissue), answered from the painted tiles
    where they decide it, by smoothing the whole level only where not.

    A tile whose 3x3 tile neighbourhood lies on the map and is one tissue
    keeps that tissue in every one of its cells: each smoothing pass reads
    two cells around a cell (two 3x3 means), two passes read four, one tile
    is four cells, and there every other tissue's vote is exactly zero while
    its own is about one, more than any jitter (< 0.35) can overturn."""

    def __init__(self, kind: np.ndarray) -> None:
        self.kind = kind
        self.shape = (kind.shape[0] * CELLS_PER_TILE, kind.shape[1] * CELLS_PER_TILE)
        self.uniform = _uniform_tiles(kind)
        self._cells: np.ndarray | None = None

    def cells(self) -> np.ndarray:
        """The smoothed tissue (`smooth_tissue`), made on first use."""
        if self._cells is None:
            self._cells = smooth_tissue(self.kind)
        return self._cells

    def is_void(self, row: int, col: int) -> bool:
        """`cells()[row, col] == VOID` (negative indices count from the end)."""
        ty, tx = row // CELLS_PER_TILE, col // CELLS_PER_TILE
        if self._cells is not None or row < 0 or col < 0:
            return bool(self.cells()[row, col] == Tissue.VOID)
        if self.uniform[ty, tx]:
            return bool(self.kind[ty, tx] == Tissue.VOID)
        return bool(self._around(ty, tx)[row, col] == Tissue.VOID)

    def _around(self, ty: int, tx: int) -> np.ndarray:
        """The smoothed cells of tile (ty, tx), in a full-size grid (other
        cells void): the tiles within MARGIN of it smoothed alone, with
        their part of the level's jitter. Cells that far from a cut edge
        come out as in the whole level (four mean filters reach at most
        two cells each, edge rules included); a map edge is the same edge."""
        h, w = self.kind.shape
        y0, y1 = max(ty - MARGIN, 0), min(ty + MARGIN + 1, h)
        x0, x1 = max(tx - MARGIN, 0), min(tx + MARGIN + 1, w)
        part = self.kind[y0:y1, x0:x1]
        cells = np.repeat(np.repeat(part, CELLS_PER_TILE, 0), CELLS_PER_TILE, 1)
        c = CELLS_PER_TILE
        jitter = _jitter(self.shape)[:, y0 * c : y1 * c, x0 * c : x1 * c]
        out = np.zeros(self.shape, np.uint8)
        out[y0 * c : y1 * c, x0 * c : x1 * c] = _smoothed(cells, jitter)
        return out

    def has_tissue(self, rows: slice, cols: slice) -> bool:
        """`(cells()[rows, cols] != VOID).any()`."""
        ys, xs = range(self.shape[0])[rows], range(self.shape[1])[cols]
        inner = self.uniform[_tiles_within(ys), _tiles_within(xs)]
        painted = self.kind[_tiles_within(ys), _tiles_within(xs)]
        if (inner & (painted != Tissue.VOID)).any():
            return True
        return bool((self.cells()[rows, cols] != Tissue.VOID).any())


def _tiles_within(cells: range) -> slice:
    """The tiles whose cells all lie in `cells` (a step-1 range)."""
    if not len(cells):
        return slice(0, 0)
    first = -(-cells.start // CELLS_PER_TILE)
    return slice(first, max(first, cells.stop // CELLS_PER_TILE))


def _uniform_tiles(kind: np.ndarray) -> np.ndarray:
    """[ty, tx]: the tile and its eight neighbours are on the map and alike."""
    same = np.zeros(kind.shape, bool)
    h, w = kind.shape
    if h < 3 or w < 3:
        return same
    centre = kind[1:-1, 1:-1]
    alike = np.ones(centre.shape, bool)
    for dy in (-1, 0, 1):
        for dx in (-1, 0, 1):
            alike &= kind[1 + dy : h - 1 + dy, 1 + dx : w - 1 + dx] == centre
    same[1:-1, 1:-1] = alike
    return same
