"""Where the actors stand this tick: their boxes in a coarse grid (no pygame).

The overworld moves NPCs one after another; each asks for the boxes near
where it may step instead of checking every other actor. Entries are kept
up to date as actors move, so a later mover sees an earlier one's new place.
"""

from __future__ import annotations

from game.world.model import Rect

CELL = 32
Span = tuple[int, int, int, int]


class Occupancy:
    """Boxes by owner key in a grid of CELL-px cells. `near` returns every
    box that can overlap a region (maybe a few more), never missing one."""

    def __init__(self) -> None:
        self._boxes: dict[int, Rect] = {}
        self._spans: dict[int, Span] = {}
        self._cells: dict[tuple[int, int], list[int]] = {}

    def clear(self) -> None:
        self._boxes.clear()
        self._spans.clear()
        self._cells.clear()

    def put(self, key: int, box: Rect) -> None:
        """Place (or move) `key`'s box."""
        if self._boxes.get(key) is box:
            return  # actors hand out the same box until they move
        span = _span(box)
        old = self._spans.get(key)
        self._boxes[key] = box
        if old == span:
            return
        if old is not None:
            self._unlink(key, old)
        self._spans[key] = span
        x0, y0, x1, y1 = span
        for cy in range(y0, y1 + 1):
            for cx in range(x0, x1 + 1):
                self._cells.setdefault((cx, cy), []).append(key)

    def remove(self, key: int) -> None:
        """Take `key`'s box out (nothing if it has none)."""
        span = self._spans.pop(key, None)
        if span is not None:
            self._unlink(key, span)
            del self._boxes[key]

    def boxes(self, skip: int | None = None) -> list[Rect]:
        """Every box but `skip`'s."""
        return [box for key, box in self._boxes.items() if key != skip]

    def near(self, region: Rect, skip: int | None = None) -> list[Rect]:
        """The boxes of the cells `region` touches, but `skip`'s."""
        x0, y0, x1, y1 = _span(region)
        if x0 == x1 and y0 == y1:
            keys = self._cells.get((x0, y0), ())
            return [self._boxes[k] for k in keys if k != skip]
        found: dict[int, Rect] = {}
        for cy in range(y0, y1 + 1):
            for cx in range(x0, x1 + 1):
                for key in self._cells.get((cx, cy), ()):
                    if key != skip:
                        found[key] = self._boxes[key]
        return list(found.values())

    def _unlink(self, key: int, span: Span) -> None:
        x0, y0, x1, y1 = span
        for cy in range(y0, y1 + 1):
            for cx in range(x0, x1 + 1):
                self._cells[(cx, cy)].remove(key)


def grown(box: Rect, by: float) -> Rect:
    """`box` widened by `by` px on every side."""
    return Rect(box.x - by, box.y - by, box.w + 2 * by, box.h + 2 * by)


def _span(box: Rect) -> Span:
    return (
        int(box.x // CELL),
        int(box.y // CELL),
        int(box.right // CELL),
        int(box.bottom // CELL),
    )
