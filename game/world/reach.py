"""Which doors, triggers and stations the player can walk to (no pygame).

The feet positions on a `GRID`-pixel lattice connected to a spawn that is
itself free (a spawn inside a wall is reported once, by placement,
not again as "nothing reachable"). A neighbour is walkable when the feet box
fits there and half-way there, so walls thinner than the grid still block.
"""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np

from game.world.collision import CollisionWorld
from game.world.components import reached
from game.world.lattice import blocked_lattice
from game.world.model import (
    Door,
    MapObject,
    MinigameStation,
    Prop,
    Rect,
    Spawn,
    Trigger,
)
from game.world.placement import feet_box, feet_of
from game.world.report import MapReport

GRID = 4
Cell = tuple[int, int]
NEIGHBOURS = ((GRID, 0), (-GRID, 0), (0, GRID), (0, -GRID))


class Walk:
    """The feet positions on the `GRID` lattice a walk reaches."""

    def __init__(self, reached: np.ndarray) -> None:
        self.reached = reached

    def __contains__(self, cell: Cell) -> bool:
        x, y = cell
        row, col = y // GRID, x // GRID
        rows, cols = self.reached.shape
        return (
            not (x % GRID or y % GRID)
            and 0 <= row < rows
            and 0 <= col < cols
            and bool(self.reached[row, col])
        )


def walkable(
    collision: CollisionWorld, box: tuple[int, int], seeds: list[Cell]
) -> Walk:
    """Every feet position reachable from `seeds` (which must be free): a
    step to a neighbour needs the feet box to fit there and half-way there."""
    half = blocked_lattice(collision, box, GRID // 2)
    free = ~half[::2, ::2]
    rows, cols = free.shape
    across = np.zeros_like(free)
    across[:, :-1] = free[:, :-1] & free[:, 1:] & ~half[::2, 1::2][:, : cols - 1]
    down = np.zeros_like(free)
    down[:-1] = free[:-1] & free[1:] & ~half[1::2, ::2][: rows - 1]
    starts = [
        (y // GRID, x // GRID)
        for x, y in seeds
        if 0 <= y // GRID < rows and 0 <= x // GRID < cols
    ]
    return Walk(reached(free, across, down, starts))


def _blocked(collision: CollisionWorld, box: tuple[int, int], at: Cell) -> bool:
    return collision.blocked(feet_box(at[0], at[1], box))


def seeds(
    world_spawns: list[Spawn], collision: CollisionWorld, box: tuple[int, int]
) -> list[Cell]:
    """Free spawns' feet, snapped to the lattice (nearest free lattice point)."""
    found: list[Cell] = []
    for spawn in world_spawns:
        x, y = feet_of(spawn.shape.rect)
        if _blocked(collision, box, (round(x), round(y))):
            continue
        for cell in _near(round(x), round(y)):
            if not _blocked(collision, box, cell):
                found.append(cell)
                break
    return found


def _near(x: int, y: int) -> Iterator[Cell]:
    bx, by = x - x % GRID, y - y % GRID
    for dx in (0, GRID, -GRID):
        for dy in (0, GRID, -GRID):
            yield (bx + dx, by + dy)


def touches(obj: MapObject, cells: Walk, box: tuple[int, int], pad: float) -> bool:
    """True if a reachable feet box comes within `pad` px of the object's area."""
    r = obj.shape.rect
    area = Rect(r.x - pad, r.y - pad, max(r.w, 1) + 2 * pad, max(r.h, 1) + 2 * pad)
    x0 = int(area.x - box[0]) // GRID * GRID
    y0 = int(area.y) // GRID * GRID
    for x in range(x0, int(area.right + box[0]) + GRID, GRID):
        for y in range(y0, int(area.bottom + box[1]) + GRID, GRID):
            if (x, y) in cells and area.overlaps(feet_box(x, y, box)):
                return True
    return False


def check_reach(
    report: MapReport,
    collision: CollisionWorld,
    box: tuple[int, int],
    reach: int,
) -> None:
    """Doors, area triggers, stations and examinable props no walk from a
    spawn can reach (a prop walled in by collision, say)."""
    world = report.world
    start = seeds(world.of_type(Spawn), collision, box)
    if not start:
        return  # no free spawn: placement (or the spawn check) said so already
    cells = walkable(collision, box, start)
    for obj in world.objects:
        pad = _pad(obj, reach)
        if pad is not None and not touches(obj, cells, box, pad):
            report.misplace(
                obj,
                f"no walk from a spawn reaches this {obj.kind}",
                "open a path to it through the collision, or move it",
            )


def _pad(obj: MapObject, reach: int) -> float | None:
    """How near the player must come: overlap for doors and walk-in
    triggers, interact reach for stations, interact triggers and props."""
    if isinstance(obj, Door):
        return 0.0
    if isinstance(obj, Trigger) and obj.on == "enter":
        return 0.0
    if isinstance(obj, Trigger) and obj.on == "interact":
        return float(reach)
    if isinstance(obj, MinigameStation):
        return float(reach)
    if isinstance(obj, Prop) and obj.examine:
        return float(reach)
    return None
