"""Which feet positions on a pixel lattice are blocked, for a whole map at
once (numpy, no pygame).

`blocked_lattice(collision, box, step)[row, col]` is exactly
`collision.blocked(feet_box(col * step, row * step, box))`: the same float
comparisons, done per collider over the rows and columns its box can touch
instead of per position. Positions past the last row or column are off the
map, so blocked too.
"""

from __future__ import annotations

import numpy as np

from game.world.collision import CollisionWorld
from game.world.model import Shape
from game.world.placement import feet_box
from game.world.shapes import shape_overlaps_rect


class Axis:
    """One axis of the lattice: where the feet box starts and ends at each
    position (`low`, `high`, increasing), as `feet_box` computes them."""

    def __init__(self, count: int, step: int, low_offset: float, size: int) -> None:
        self.step = step
        self.positions = np.arange(count, dtype=np.float64) * step
        self.low = self.positions - low_offset
        self.high = self.low + size

    def open_span(self, start: float, end: float) -> slice:
        """Positions whose box overlaps (start, end): `start < high`, `low < end`."""
        first = int(np.searchsorted(self.high, start, side="right"))
        return slice(first, int(np.searchsorted(self.low, end, side="left")))

    def closed_span(self, start: float, end: float) -> slice:
        """Positions whose box touches [start, end] (a superset of open_span)."""
        first = int(np.searchsorted(self.high, start, side="left"))
        return slice(first, int(np.searchsorted(self.low, end, side="right")))


def blocked_lattice(
    collision: CollisionWorld, box: tuple[int, int], step: int
) -> np.ndarray:
    """Blocked feet positions at multiples of `step` px: [row, col], bool."""
    width, height = collision.size
    cols = Axis(int(width // step) + 1, step, box[0] / 2, box[0])
    rows = Axis(int(height // step) + 1, step, box[1], box[1])
    out_x = (cols.low < 0) | (cols.high > width)
    out_y = (rows.low < 0) | (rows.high > height)
    blocked = out_y[:, None] | out_x[None, :]
    rects = []
    for shape in collision.shapes:
        if shape.points:
            _mark_outline(blocked, shape, rows, cols, box)
        else:
            r = shape.rect
            rects.append((r.y, r.bottom, r.x, r.right))
    if rects:
        blocked |= _covered(np.array(rects, np.float64), rows, cols)
    return blocked


def _covered(rects: np.ndarray, rows: Axis, cols: Axis) -> np.ndarray:
    """Positions whose box overlaps one of `rects` (rows of y, bottom, x,
    right): each rect's open spans, found for all rects in one search, marked
    through a summed difference grid instead of one slice per rect."""
    r0 = np.searchsorted(rows.high, rects[:, 0], side="right")
    r1 = np.searchsorted(rows.low, rects[:, 1], side="left")
    c0 = np.searchsorted(cols.high, rects[:, 2], side="right")
    c1 = np.searchsorted(cols.low, rects[:, 3], side="left")
    keep = (r0 < r1) & (c0 < c1)
    r0, r1, c0, c1 = r0[keep], r1[keep], c0[keep], c1[keep]
    count_r, count_c = len(rows.positions), len(cols.positions)
    diff = np.zeros((count_r + 1, count_c + 1), np.int32)
    np.add.at(diff, (r0, c0), 1)
    np.add.at(diff, (r0, c1), -1)
    np.add.at(diff, (r1, c0), -1)
    np.add.at(diff, (r1, c1), 1)
    cover = diff.cumsum(axis=0).cumsum(axis=1)
    return cover[:count_r, :count_c] > 0


def _mark_outline(
    blocked: np.ndarray, shape: Shape, rows: Axis, cols: Axis, box: tuple[int, int]
) -> None:
    """A polygon or polyline: the exact test at each position near it."""
    r = shape.rect
    ys, xs = rows.closed_span(r.y, r.bottom), cols.closed_span(r.x, r.right)
    for row in range(ys.start, ys.stop):
        for col in range(xs.start, xs.stop):
            feet = feet_box(col * cols.step, row * rows.step, box)
            if shape_overlaps_rect(shape, feet):
                blocked[row, col] = True
