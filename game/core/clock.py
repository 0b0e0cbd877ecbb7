"""Fixed-step accumulator: turns real frame times into a whole number of 60 Hz ticks.

Pure arithmetic, no pygame: `advance(frame_seconds)` returns how many fixed
updates to run now and leaves the remainder for `alpha`, the interpolation
fraction between the last two updates.
"""

from __future__ import annotations

from dataclasses import dataclass

TICK_RATE = 60
TICK = 1.0 / TICK_RATE
MAX_FRAME = 0.25
MAX_TICKS_PER_FRAME = 5


@dataclass
class FixedStep:
    """Accumulates frame time; clamps long frames and caps catch-up."""

    tick: float = TICK
    max_frame: float = MAX_FRAME
    max_ticks: int = MAX_TICKS_PER_FRAME
    accumulator: float = 0.0

    def advance(self, frame_seconds: float) -> int:
        """Add a frame's real duration; return the number of ticks to run now.

        A frame longer than `max_frame` counts as `max_frame` (no spiral of
        death); time beyond `max_ticks` ticks is dropped, so the game slows
        down rather than stutter through a burst of catch-up updates.
        """
        self.accumulator += min(max(frame_seconds, 0.0), self.max_frame)
        ticks = int(self.accumulator / self.tick)
        if ticks > self.max_ticks:
            ticks = self.max_ticks
            self.accumulator = 0.0
        else:
            self.accumulator -= ticks * self.tick
        return ticks

    @property
    def alpha(self) -> float:
        """How far the present lies between the last tick and the next (0..1)."""
        return min(self.accumulator / self.tick, 1.0)
