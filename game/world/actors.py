"""Actors (the player and NPCs) and how they move: pure logic, no pygame.

Positions are the feet (bottom centre) in map pixels; the collision box is a
small rectangle at the feet so characters overlap furniture tops naturally.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from game.world.collision import CollisionWorld
from game.world.model import NPC, Rect
from game.world.tuning import Tuning

DIRECTION_STEP = {"down": (0, 1), "up": (0, -1), "left": (-1, 0), "right": (1, 0)}
PATROL_HISTORY = 64  # points reached that a Patrol remembers (newest last)


@dataclass
class Actor:
    """Someone on the map. `key` is how dialogue commands name it."""

    key: str
    character: str
    x: float
    y: float
    box_size: tuple[int, int]
    facing: str = "down"
    moving: bool = False
    clock_ms: int = 0
    goal: tuple[float, float] | None = None
    goal_time: float = 0.0  # seconds spent walking toward `goal`
    npc: NPC | None = None
    visible: bool = True
    prev: tuple[float, float] | None = None  # where it stood a tick ago
    _box: Rect | None = field(default=None, init=False, repr=False, compare=False)

    def drawn_at(self, alpha: float) -> tuple[float, float]:
        """Feet position between the last two ticks (`alpha` 0..1), so motion
        stays smooth when the display runs faster than the 60 Hz update."""
        if self.prev is None:
            return self.x, self.y
        px, py = self.prev
        return px + (self.x - px) * alpha, py + (self.y - py) * alpha

    def box_at(self, x: float, y: float) -> Rect:
        w, h = self.box_size
        return Rect(x - w / 2, y - h, w, h)

    def box(self) -> Rect:
        """The feet box where the actor stands (kept until it moves)."""
        box = self._box
        w, h = self.box_size
        if box is None or (box.x, box.y, box.w, box.h) != (
            self.x - w / 2,
            self.y - h,
            w,
            h,
        ):
            box = self._box = self.box_at(self.x, self.y)
        return box

    def place(self, box: Rect) -> None:
        self.x = box.x + box.w / 2
        self.y = box.bottom

    def facing_probe(self, reach: int) -> Rect:
        """The area in front of the actor that INTERACT reaches: the feet box
        pushed `reach` px forward and widened sideways so aiming is forgiving."""
        dx, dy = DIRECTION_STEP[self.facing]
        box = self.box()
        side = reach / 2
        return Rect(
            box.x + dx * reach - side * abs(dy),
            box.y + dy * reach - side * abs(dx),
            box.w + 2 * side * abs(dy),
            box.h + 2 * side * abs(dx),
        )


def facing_for(dx: float, dy: float, current: str) -> str:
    """The 4-way facing for a movement; on diagonals keep the current one if it fits."""
    options = []
    if dx:
        options.append("right" if dx > 0 else "left")
    if dy:
        options.append("down" if dy > 0 else "up")
    if not options:
        return current
    return current if current in options else options[0]


def step_actor(
    actor: Actor,
    dx: float,
    dy: float,
    collision: CollisionWorld,
    others: list[Rect],
    corner_slide: int = 0,
) -> bool:
    """Move by (dx, dy) px with sliding; return True if the actor moved."""
    before = (actor.x, actor.y)
    actor.facing = facing_for(dx, dy, actor.facing)
    actor.place(collision.move(actor.box(), dx, dy, others, corner_slide))
    actor.moving = (actor.x, actor.y) != before
    return actor.moving


def walk_towards(
    actor: Actor,
    target: tuple[float, float],
    distance: float,
    collision: CollisionWorld,
    others: list[Rect],
) -> tuple[bool, bool]:
    """Walk up to `distance` px toward `target`, one axis at a time (4-way
    characters). Returns (arrived, blocked)."""
    tx, ty = target
    gap_x, gap_y = tx - actor.x, ty - actor.y
    if abs(gap_x) < 0.01 and abs(gap_y) < 0.01:
        actor.moving = False
        return True, False
    if abs(gap_x) >= 0.01:
        dx, dy = math.copysign(min(distance, abs(gap_x)), gap_x), 0.0
    else:
        dx, dy = 0.0, math.copysign(min(distance, abs(gap_y)), gap_y)
    moved = step_actor(actor, dx, dy, collision, others)
    return False, not moved


@dataclass
class Wander:
    """Short walks within `radius` px of home, with pauses; seeded rng."""

    home: tuple[float, float]
    radius: float
    rng: np.random.Generator
    tuning: Tuning
    tile: int
    wait: float = 0.0
    target: tuple[float, float] | None = None

    def update(
        self,
        actor: Actor,
        dt: float,
        collision: CollisionWorld,
        nearby: Callable[[], list[Rect]],
    ) -> None:
        """One tick; `nearby()` gives the boxes in the way, asked for only
        when the actor walks."""
        if self.target is None:
            self.wait -= dt
            actor.moving = False
            if self.wait <= 0:
                self.target = self._pick(actor)
            return
        arrived, blocked = walk_towards(
            actor, self.target, self.tuning.npc_speed * dt, collision, nearby()
        )
        if arrived or blocked:
            self.target = None
            low, high = self.tuning.wander_pause_s
            self.wait = float(self.rng.uniform(low, high))
            actor.moving = False

    def _pick(self, actor: Actor) -> tuple[float, float]:
        direction = list(DIRECTION_STEP.values())[int(self.rng.integers(0, 4))]
        low, high = self.tuning.wander_step_tiles
        steps = int(self.rng.integers(low, high + 1)) * self.tile
        tx = actor.x + direction[0] * steps
        ty = actor.y + direction[1] * steps
        hx, hy = self.home
        tx = min(max(tx, hx - self.radius), hx + self.radius)
        ty = min(max(ty, hy - self.radius), hy + self.radius)
        return (tx, ty)


@dataclass
class Patrol:
    """Follow a PatrolPath's points: loop back to the start or turn around."""

    points: list[tuple[float, float]]
    loop: bool
    speed: float
    index: int = 0
    step: int = 1
    blocked_for: float = 0.0
    history: list[int] = field(default_factory=list)

    def update(
        self,
        actor: Actor,
        dt: float,
        collision: CollisionWorld,
        nearby: Callable[[], list[Rect]],
    ) -> None:
        """One tick along the path (see Wander.update for `nearby`)."""
        if len(self.points) < 2:
            return
        arrived, blocked = walk_towards(
            actor, self.points[self.index], self.speed * dt, collision, nearby()
        )
        if blocked:
            actor.moving = False  # wait for whoever is in the way
        if arrived:  # at most one point a tick, even on zero-length segments
            self.history.append(self.index)
            del self.history[:-PATROL_HISTORY]
            self._advance()

    def _advance(self) -> None:
        last = len(self.points) - 1
        if self.loop:
            self.index = (self.index + 1) % len(self.points)
            return
        if not 0 <= self.index + self.step <= last:
            self.step = -self.step
        self.index += self.step
