"""A level's tissue: painted tiles -> smooth tissue and pigment cell grids.

Each tile of maps/minigame/tissue.tsx has a `tissue` property (void, enamel,
dentin, pulp, gum, pigment). One tile is 4x4 cells; the painted blocks are
upsampled and their borders rounded by a fixed-seed majority filter, so a
level's shape never depends on the play seed. Pure numpy, no pygame.
"""

from __future__ import annotations

import numpy as np

from game.minigame.fields import box3
from game.minigame.level_report import Report
from game.minigame.spec import CELLS_PER_TILE, Tissue
from game.tiled.gids import tile_properties
from game.tiled.model import TiledMap

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
        for y, row in enumerate(layer.gids):
            for x, gid in enumerate(row):
                if not gid:
                    continue
                value = _tile_tissue(doc, gid)
                if value is None or value not in TISSUE_VALUES:
                    if gid not in bad:
                        bad.add(gid)
                        r.error(
                            f"a tile has tissue {value!r}",
                            f"{layer.name} @ tile {x},{y}",
                            "give the tile in tissue.tsx a tissue of "
                            + ", ".join(TISSUE_VALUES),
                        )
                    continue
                pigment[y, x] = value == "pigment"
                kind[y, x] = (
                    Tissue.ENAMEL if value == "pigment" else Tissue[value.upper()]
                )
    return kind, pigment


def smooth_tissue(kind: np.ndarray, passes: int = SMOOTH_PASSES) -> np.ndarray:
    """Upsample tiles to cells and round the borders between tissues."""
    cells = np.repeat(np.repeat(kind, CELLS_PER_TILE, 0), CELLS_PER_TILE, 1)
    rng = np.random.default_rng(SHAPE_SEED)
    jitter = rng.random((len(Tissue), *cells.shape), dtype=np.float32) * 0.35
    votes = np.empty((len(Tissue), *cells.shape), np.float32)
    tmp = np.empty(cells.shape, np.float32)
    for _ in range(passes):
        for t in Tissue:
            np.equal(cells, t, out=tmp, casting="unsafe")
            box3(tmp, votes[t], tmp)
            box3(tmp, votes[t], votes[t])
        votes += jitter
        cells = votes.argmax(axis=0).astype(np.uint8)
    return cells


def smooth_pigment(pigment: np.ndarray, kind: np.ndarray) -> np.ndarray:
    """Pigment cells: upsampled, blurred and speckled, only on enamel."""
    cells = np.repeat(np.repeat(pigment, CELLS_PER_TILE, 0), CELLS_PER_TILE, 1)
    tmp = np.empty_like(cells)
    box3(cells, tmp, cells)
    rng = np.random.default_rng(SHAPE_SEED + 1)
    speckle = rng.random(cells.shape, dtype=np.float32)
    inked = (cells > 0.5) & (speckle < 0.85) & (kind == Tissue.ENAMEL)
    return inked.astype(np.float32)
