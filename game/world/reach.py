"""Which doors, triggers and stations the player can walk to (no pygame).

A flood fill over feet positions on a `GRID`-pixel lattice, from every spawn
that is itself free (a spawn inside a wall is reported once, by placement,
not again as "nothing reachable"). A neighbour is walkable when the feet box
fits there and half-way there, so walls thinner than the grid still block.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator

from game.world.collision import CollisionWorld
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


def walkable(
    collision: CollisionWorld, box: tuple[int, int], seeds: list[Cell]
) -> set[Cell]:
    """Every feet position reachable from `seeds` (which must be free)."""
    seen = set(seeds)
    queue = deque(seeds)
    while queue:
        x, y = queue.popleft()
        for dx, dy in NEIGHBOURS:
            nxt = (x + dx, y + dy)
            if nxt in seen or _blocked(collision, box, nxt):
                continue
            if _blocked(collision, box, (x + dx // 2, y + dy // 2)):
                continue
            seen.add(nxt)
            queue.append(nxt)
    return seen


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


def touches(obj: MapObject, cells: set[Cell], box: tuple[int, int], pad: float) -> bool:
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
