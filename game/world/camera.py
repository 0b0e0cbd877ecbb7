"""The camera: eases toward its target, clamps to the map, centres small maps,
and shakes (a strength that settles over time, drawn as a wobble). Pure."""

from __future__ import annotations

import math
from dataclasses import dataclass

WOBBLE = (53.0, 41.0)  # radians per second of the shake's x and y wobble


@dataclass
class Camera:
    """`x, y` is the map pixel at the view's top-left (negative when a small
    map is centred). `ease` is how fast it closes the gap (per second)."""

    view: tuple[int, int]
    world: tuple[int, int]
    ease: float
    x: float = 0.0
    y: float = 0.0
    shake: float = 0.0  # pixels of wobble now; settles toward 0
    clock: float = 0.0  # seconds of shaking time, the wobble's phase
    prev: tuple[float, float] | None = None  # top-left a tick ago

    def kick(self, strength: float) -> None:
        """Shake at least this hard (a stronger shake already on wins)."""
        self.shake = max(self.shake, strength)

    def settle(self, dt: float, decay: float) -> None:
        """One tick of `dt` seconds: the shake fades by `decay` pixels a second."""
        self.clock += dt
        self.shake = max(0.0, self.shake - decay * dt)

    def jitter(self) -> tuple[float, float]:
        """The shake's offset this moment, (0, 0) when calm."""
        if self.shake <= 0:
            return (0.0, 0.0)
        return (
            self.shake * math.sin(self.clock * WOBBLE[0]),
            self.shake * math.cos(self.clock * WOBBLE[1]),
        )

    def remember(self) -> None:
        """Keep this tick's position before moving (for interpolation)."""
        self.prev = (self.x, self.y)

    def clamp(self, x: float, y: float) -> tuple[float, float]:
        return (
            _clamp_axis(x, self.view[0], self.world[0]),
            _clamp_axis(y, self.view[1], self.world[1]),
        )

    def snap(self, cx: float, cy: float) -> None:
        """Jump to centre on (cx, cy) (after a spawn or a map change)."""
        self.x, self.y = self.clamp(cx - self.view[0] / 2, cy - self.view[1] / 2)
        self.prev = None

    def follow(self, cx: float, cy: float, dt: float) -> None:
        """Move a share of the way toward centring (cx, cy): smooth, frame-rate
        independent (exponential ease), never outside the map."""
        tx, ty = self.clamp(cx - self.view[0] / 2, cy - self.view[1] / 2)
        share = 1.0 - math.exp(-self.ease * dt)
        self.x += (tx - self.x) * share
        self.y += (ty - self.y) * share
        if abs(tx - self.x) < 0.05:
            self.x = tx
        if abs(ty - self.y) < 0.05:
            self.y = ty

    def offset(
        self, jitter: tuple[float, float] = (0.0, 0.0), alpha: float = 1.0
    ) -> tuple[int, int]:
        """Whole-pixel top-left for drawing (no sub-pixel shimmer), `alpha` of
        the way from the last tick's position to this one's."""
        x, y = self.x, self.y
        if self.prev is not None:
            x = self.prev[0] + (x - self.prev[0]) * alpha
            y = self.prev[1] + (y - self.prev[1]) * alpha
        return (round(x + jitter[0]), round(y + jitter[1]))


def _clamp_axis(value: float, view: int, world: int) -> float:
    if world <= view:
        return -(view - world) / 2
    return min(max(value, 0.0), float(world - view))
