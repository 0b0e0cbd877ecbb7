"""Where things stand: NPCs, spawns and patrols clear of collision, arrivals
not facing a wall (no pygame).

Characters collide with a small box at their feet (`box`, the tuning's
player box), so each check asks whether that box fits where the designer put
the object; the game would otherwise nudge it somewhere else silently.
"""

from __future__ import annotations

import math

from game.world.collision import CollisionWorld
from game.world.model import NPC, PatrolPath, Rect, Spawn
from game.world.report import MapReport, Point

PATIENCE = 8  # 1 px moves without progress before a walker counts as stuck
STEP = {"down": (0, 1), "up": (0, -1), "left": (-1, 0), "right": (1, 0)}


def feet_box(x: float, y: float, box: tuple[int, int]) -> Rect:
    """The collision box of a character whose feet are at (x, y)."""
    return Rect(x - box[0] / 2, y - box[1], box[0], box[1])


def feet_of(rect: Rect) -> Point:
    """Where a tile object's or point's character stands: bottom centre."""
    return rect.x + rect.w / 2, rect.bottom


def check_placement(
    report: MapReport, collision: CollisionWorld, box: tuple[int, int], slide: int
) -> None:
    """NPCs and spawns inside collision, patrols through it."""
    for obj in report.world.objects:
        if isinstance(obj, NPC | Spawn):
            _check_standing(report, obj, collision, box)
        elif isinstance(obj, PatrolPath):
            _check_patrol(report, obj, collision, box, slide)


def _check_standing(
    report: MapReport, obj: NPC | Spawn, collision: CollisionWorld, box: tuple[int, int]
) -> None:
    x, y = feet_of(obj.shape.rect)
    if collision.blocked(feet_box(x, y, box)):
        report.misplace(
            obj,
            f"stands inside collision (a wall, furniture or the map edge) at "
            f"its feet, pixel {x:g},{y:g}",
            "move it onto free floor (View › Show Tile Collision Shapes)",
            (x, y - 1),
        )


def _check_patrol(
    report: MapReport,
    path: PatrolPath,
    collision: CollisionWorld,
    box: tuple[int, int],
    slide: int,
) -> None:
    hit = stuck_at(path_points(path), collision, box, slide)
    if hit is not None:
        report.misplace(
            path,
            f"the patrol path runs into collision at pixel {hit[0]:.0f},{hit[1]:.0f}",
            "move that segment's points so the walk stays on free floor",
            (hit[0], hit[1] - 1),
        )


def path_points(path: PatrolPath) -> list[Point]:
    points = list(path.shape.points)
    if path.loop and len(points) > 2:
        points.append(points[0])
    return points


def stuck_at(
    points: list[Point], collision: CollisionWorld, box: tuple[int, int], slide: int
) -> Point | None:
    """Walk the polyline as a patrolling NPC does (1 px moves, sliding round
    corners); where it gets stuck, or None if it reaches every point."""
    if not points:
        return None
    here = feet_box(*points[0], box)
    for target in points[1:]:
        here, arrived = _walk(here, target, collision, slide)
        if not arrived:
            return feet_of(here)
    return None


Box = tuple[float, float, float, float]  # x, y, w, h: a Rect's fields


def _walk(
    here: Rect, target: Point, collision: CollisionWorld, slide: int
) -> tuple[Rect, bool]:
    box: Box = (here.x, here.y, here.w, here.h)  # no Rect made per step
    x, y = feet_of(here)
    budget = int(math.dist((x, y), target) * 3) + PATIENCE
    still = 0
    while budget > 0:
        box, taken, arrived = _glide(box, target, collision, budget)
        budget -= taken
        still = 0 if taken else still  # every glided step moved
        if arrived or not budget:
            break
        x, y = box[0] + box[2] / 2, box[1] + box[3]  # feet_of
        dx, dy = target[0] - x, target[1] - y
        length = math.hypot(dx, dy)
        if length < 1:
            return Rect(*box), True
        nx, ny = _step(collision, box, dx / length, dy / length, slide)
        still = still + 1 if nx == box[0] and ny == box[1] else 0
        if still >= PATIENCE:
            return Rect(*box), False
        box, budget = (nx, ny, box[2], box[3]), budget - 1
    return Rect(*box), arrived


def _glide(
    box: Box, target: Point, collision: CollisionWorld, budget: int
) -> tuple[Box, int, bool]:
    """The walk's next steps while they go straight along one axis through
    open floor (the feet level with the target on the other axis, the box
    in its `lane`): each step is that of the loop in `_walk`, with the same
    arithmetic, minus the collision test the lane makes needless. Returns
    the box, the steps taken and whether the walk arrived."""
    x, y = box[0] + box[2] / 2, box[1] + box[3]  # feet_of
    if y == target[1]:
        axis = 0
    elif x == target[0]:
        axis = 1
    else:
        return box, 0, False
    lane = collision.lane(axis, box)
    feet, start, offset = [x, y], box[axis], (box[2] / 2, box[3])[axis]
    for taken in range(budget):
        dx, dy = target[0] - feet[0], target[1] - feet[1]
        length = math.hypot(dx, dy)
        if length < 1:
            return _moved(box, axis, start), taken, True
        step = (dx, dy)[axis] / length
        moved = start + step
        if abs(step) > 1 or moved == start or not lane.holds(moved):
            return _moved(box, axis, start), taken, False
        start, feet[axis] = moved, moved + offset
    return _moved(box, axis, start), budget, False


def _moved(box: Box, axis: int, start: float) -> Box:
    return (start, box[1], box[2], box[3]) if axis == 0 else (box[0], start, *box[2:])


def _step(
    collision: CollisionWorld,
    box: Box,
    ux: float,
    uy: float,
    slide: int,
) -> Point:
    """Where `collision.move` (no others) takes the box (x, y, w, h): its
    new x, y. When each axis moves at most one pixel and both boxes the move
    tries (x first, then y) are `clear`, no axis is blocked and no corner
    rounded, so that is the moved box, found without testing a collider."""
    hx, hy, w, h = box
    if abs(ux) <= 1 and abs(uy) <= 1:
        nx = hx + ux if ux else hx
        ny = hy + uy if uy else hy
        clear = collision.clear
        if (not ux or clear(nx, hy, w, h)) and (not uy or clear(nx, ny, w, h)):
            return nx, ny
    moved = collision.move(Rect(hx, hy, w, h), ux, uy, (), slide)
    return moved.x, moved.y


def faces_wall(spawn: Spawn, collision: CollisionWorld, box: tuple[int, int]) -> bool:
    """True if a player arriving at `spawn` could not take one step forward."""
    dx, dy = STEP.get(spawn.facing, (0, 1))
    x, y = feet_of(spawn.shape.rect)
    reach = max(box) + 2
    ahead = feet_box(x + dx * reach, y + dy * reach, box)
    return not collision.blocked(feet_box(x, y, box)) and collision.blocked(ahead)
