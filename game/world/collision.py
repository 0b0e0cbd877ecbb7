"""Static collision for one map and sliding movement through it (no pygame).

Movement goes one axis at a time in steps of at most one pixel, so nothing
passes through a wall however long the tick; when a straight move is blocked
by a corner, the mover is nudged sideways (up to `corner_slide` px) around it.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from game.world.model import Rect, Shape
from game.world.shapes import shape_overlaps_rect

CELL = 32


class CollisionWorld:
    """Colliders of a map in a spatial hash; the map's edge is a wall too."""

    def __init__(self, shapes: Sequence[Shape], size: tuple[int, int]) -> None:
        self.shapes = list(shapes)
        self.size = size
        self._cells: dict[tuple[int, int], list[int]] = defaultdict(list)
        for index, shape in enumerate(self.shapes):
            for cell in _cells_of(shape.rect):
                self._cells[cell].append(index)

    def blocked(self, box: Rect, others: Sequence[Rect] = ()) -> bool:
        """True if `box` leaves the map or overlaps a collider or another box."""
        x, y = box.x, box.y
        right, bottom = x + box.w, y + box.h  # box.right, box.bottom
        if x < 0 or y < 0 or right > self.size[0] or bottom > self.size[1]:
            return True
        if others and any(box.overlaps(o) for o in others):
            return True
        x0, x1 = int(x // CELL), int(right // CELL)
        y0, y1 = int(y // CELL), int(bottom // CELL)
        if x0 == x1 and y0 == y1:
            # One cell (a character's box nearly always): no index twice.
            here = self._cells.get((x0, y0))
            return here is not None and self._hits(here, box)
        seen: set[int] = set()
        for cy in range(y0, y1 + 1):
            for cx in range(x0, x1 + 1):
                fresh = [i for i in self._cells.get((cx, cy), ()) if i not in seen]
                if fresh and self._hits(fresh, box):
                    return True
                seen.update(fresh)
        return False

    def clear(self, x: float, y: float, w: float, h: float) -> bool:
        """True if the box at (x, y), `w` by `h`, is inside the map and no
        collider is listed in its cells: `blocked` (with no others) is then
        False without testing a shape. False says nothing."""
        right, bottom = x + w, y + h
        if x < 0 or y < 0 or right > self.size[0] or bottom > self.size[1]:
            return False
        cells = self._cells
        x0, x1 = int(x // CELL), int(right // CELL)
        y0, y1 = int(y // CELL), int(bottom // CELL)
        return not any(
            cells.get((cx, cy)) for cy in range(y0, y1 + 1) for cx in range(x0, x1 + 1)
        )

    def lane(self, axis: int, box: tuple[float, float, float, float]) -> Lane:
        """Where the box (x, y, w, h) may slide along `axis` (0: x, 1: y)
        and stay `clear`: the box moved along that axis alone to `start` is
        clear if `lane.holds(start)` (the run of empty cells around it; a
        box past a collider's cell may be clear too). A lane holding nothing
        if the box is not clear itself."""
        if not self.clear(*box):
            return Lane(0.0, 0.0, 0.0, box[2 + axis])
        start, size = box[axis], box[2 + axis]
        across = box[1 - axis], box[1 - axis] + box[3 - axis]
        rows = range(int(across[0] // CELL), int(across[1] // CELL) + 1)
        first, last = int(start // CELL), int((start + size) // CELL)
        while first > 0 and self._empty_across(axis, first - 1, rows):
            first -= 1
        limit = int(self.size[axis] // CELL)
        while last < limit and self._empty_across(axis, last + 1, rows):
            last += 1
        return Lane(first * CELL, (last + 1) * CELL, self.size[axis], size)

    def _empty_across(self, axis: int, index: int, rows: range) -> bool:
        cells = self._cells
        if axis == 0:
            return not any(cells.get((index, row)) for row in rows)
        return not any(cells.get((row, index)) for row in rows)

    def _hits(self, indices: list[int], box: Rect) -> bool:
        shapes = self.shapes
        return any(shape_overlaps_rect(shapes[i], box) for i in indices)

    def move(
        self,
        box: Rect,
        dx: float,
        dy: float,
        others: Sequence[Rect] = (),
        corner_slide: int = 0,
    ) -> Rect:
        """Where `box` ends after trying to move by (dx, dy), sliding along walls."""
        hit_x = hit_y = False
        if dx:  # a zero move stays put: skip the call
            box, hit_x = self._axis(box, dx, 0.0, others)
        if dy:
            box, hit_y = self._axis(box, 0.0, dy, others)
        if corner_slide and hit_x and not dy:
            box = self._round_corner(
                box, (math.copysign(1, dx), 0), abs(dx), others, corner_slide
            )
        elif corner_slide and hit_y and not dx:
            box = self._round_corner(
                box, (0, math.copysign(1, dy)), abs(dy), others, corner_slide
            )
        return box

    def _axis(
        self, box: Rect, dx: float, dy: float, others: Sequence[Rect]
    ) -> tuple[Rect, bool]:
        distance = abs(dx) + abs(dy)
        if not distance:
            return box, False
        if distance <= 1:  # one step (a walker's usual move): no loop
            moved = Rect(box.x + dx, box.y + dy, box.w, box.h)
            return (box, True) if self.blocked(moved, others) else (moved, False)
        steps = math.ceil(distance)
        sx, sy = dx / steps, dy / steps
        for _ in range(steps):
            moved = Rect(box.x + sx, box.y + sy, box.w, box.h)
            if self.blocked(moved, others):
                return box, True
            box = moved
        return box, False

    def _round_corner(
        self,
        box: Rect,
        forward: tuple[float, float],
        speed: float,
        others: Sequence[Rect],
        reach: int,
    ) -> Rect:
        """Nudge sideways toward the nearer free lane within `reach` px."""
        side = (forward[1], forward[0])  # perpendicular axis
        for offset in range(1, reach + 1):
            for sign in (-1, 1):
                probe = Rect(
                    box.x + side[0] * sign * offset + forward[0],
                    box.y + side[1] * sign * offset + forward[1],
                    box.w,
                    box.h,
                )
                if not self.blocked(probe, others):
                    step = min(speed, float(offset))
                    nudged, _ = self._axis(
                        box, side[0] * sign * step, side[1] * sign * step, others
                    )
                    return nudged
        return box


@dataclass(frozen=True)
class Lane:
    """Box starts along one axis that keep a box of `size` in empty cells
    (from `low` to before `cells_end`) and inside the map (up to `edge`)."""

    low: float
    cells_end: float
    edge: float
    size: float

    def holds(self, start: float) -> bool:
        """The same answer `clear` gives for the box moved to `start`."""
        end = start + self.size
        return self.low <= start and end < self.cells_end and end <= self.edge


def _cells_of(rect: Rect) -> list[tuple[int, int]]:
    x0, y0 = int(rect.x // CELL), int(rect.y // CELL)
    x1, y1 = int(rect.right // CELL), int(rect.bottom // CELL)
    return [(cx, cy) for cy in range(y0, y1 + 1) for cx in range(x0, x1 + 1)]
