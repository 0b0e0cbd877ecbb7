"""AutoPlayer: a policy that plays a level like a competent player.

It only uses what a player sees: visible glitched bots (never hidden ones),
the tissue, the HUD values. Each decision it aims at the densest cluster of
glitched bots in the current feed, charges the pulse for as long as the
cluster is wide, and releases; it walls off a cluster's path toward the
lure (pulp, enamel) with a firewall while it has some; on hidden-glitch
levels it sweeps scans over the most damaged tissue; it switches to a
feed that needs it. It never shuts down unless told to (`shutdown_at`).

`python -m game.minigame.autoplay [LEVEL.tmx ...]` plays levels headless
and prints each outcome.
"""

from __future__ import annotations

import argparse
import math
import sys
import time
from pathlib import Path

import numpy as np

from game.minigame.fields import box3
from game.minigame.result import MinigameResult
from game.minigame.sim import make_state, result_of, step
from game.minigame.spec import FEED_H, FEED_W, GlitchKind
from game.minigame.state import COARSE, Bot, Outcome, SimState
from game.minigame.tools import Commands

WALL_TRIGGER = 25  # glitched bots in a cluster before it is worth a wall
WALL_GAP = 14.0  # cells between a cluster and the wall set in its path


class AutoPlayer:
    """Commands for each tick of `state`, chosen from what is on screen."""

    def __init__(self, state: SimState, shutdown_at: int | None = None) -> None:
        self.s = state
        self.shutdown_at = shutdown_at
        self.target = (FEED_W / 2, FEED_H / 2)
        self.hold = 0
        self.sweep = 0
        self.cooldown = 0
        self.walls_at: list[tuple[float, float]] = []

    # -- what the player sees ---------------------------------------------------
    def _cluster(self, state: Bot) -> tuple[float, float, float] | None:
        """(x, y, weight) in view cells of the densest cluster of `state` bots
        in the current feed, or None."""
        s = self.s
        sw, g = s.swarm, s.grid
        chosen = (sw.state == state) & (sw.feed == s.vitals.feed)
        if not chosen.any():
            return None
        counts = np.bincount(sw.coarse[chosen], minlength=g.damage.size).astype(
            np.float32
        )
        counts = counts.reshape(g.damage.shape)
        smooth = box3(counts, np.empty_like(counts), np.empty_like(counts))
        cy, cx = np.unravel_index(int(np.argmax(smooth)), smooth.shape)
        fx, fy = self._origin()
        x = (cx + 0.5) * COARSE - fx
        y = (cy + 0.5) * COARSE - fy
        return x, y, float(smooth[cy, cx]) * 9.0

    def _origin(self) -> tuple[int, int]:
        feed = self.s.spec.all_feeds()[self.s.vitals.feed]
        return feed.x, feed.y

    # -- decisions ----------------------------------------------------------------
    def commands(self) -> Commands:
        """The commands for the coming tick."""
        s = self.s
        if self.shutdown_at is not None and s.vitals.tick + 1 >= self.shutdown_at:
            return Commands(shutdown=True)
        if self.hold > 0:
            self.hold -= 1
            return Commands(*self.target, pulse=self.hold > 0)
        if self.cooldown > 0:
            self.cooldown -= 1
            return Commands(*self.target)
        self.cooldown = 3
        return self._decide()

    def _decide(self) -> Commands:
        s = self.s
        step_feed = self._feed_step()
        if step_feed:
            return Commands(*self.target, feed_step=step_feed)
        cluster = self._cluster(Bot.GLITCHED)
        if cluster is not None:
            wall = self._wall(cluster)
            if wall is not None:
                return Commands(*self.target, firewall=wall)
            return self._pulse(cluster)
        if s.spec.behaviour.hidden or s.vitals.glitched:
            return self._scan()
        return Commands(*self.target)

    def _feed_step(self) -> int:
        s = self.s
        here = s.vitals.feed
        if s.feed_glitched.size < 2 or self._visible_here():
            return 0
        worst = int(np.argmax(s.feed_glitched))
        return 1 if s.feed_glitched[worst] > 0 and worst != here else 0

    def _visible_here(self) -> bool:
        sw = self.s.swarm
        here = (sw.feed == self.s.vitals.feed) & (sw.state == Bot.GLITCHED)
        return bool(here.any())

    def _pulse(self, cluster: tuple[float, float, float]) -> Commands:
        s = self.s
        t, v = s.tuning, s.vitals
        if v.energy < t.pulse_cost * 0.5:
            return Commands(*self.target)
        x, y, weight = cluster
        self.target = (x, y)
        share = min(max(weight / 120.0, 0.25), 1.0)
        self.hold = max(int(share * t.pulse_charge_time * 60), 1)
        return Commands(x, y, pulse=True)

    def _wall(
        self, cluster: tuple[float, float, float]
    ) -> tuple[float, float, float, float] | None:
        """A firewall across the cluster's way to its lure (or None)."""
        s = self.s
        x, y, weight = cluster
        near = any(math.hypot(x - wx, y - wy) < 30 for wx, wy in self.walls_at)
        if s.vitals.firewalls_left <= 0 or weight < WALL_TRIGGER or near:
            return None
        if s.kind not in (GlitchKind.PAIN, GlitchKind.HIDDEN, GlitchKind.VANITY):
            return None
        gx, gy = self._lure_direction(x, y)
        cx, cy = x + gx * WALL_GAP, y + gy * WALL_GAP
        half = s.tuning.firewall_length / 2
        self.walls_at.append((x, y))
        return (cx - gy * half, cy + gx * half, cx + gy * half, cy - gx * half)

    def _lure_direction(self, x: float, y: float) -> tuple[float, float]:
        g = self.s.grid
        fx, fy = self._origin()
        cy = min(int((y + fy) // COARSE), g.lure.shape[0] - 2)
        cx = min(int((x + fx) // COARSE), g.lure.shape[1] - 2)
        dx = float(g.lure[cy, cx + 1] - g.lure[cy, max(cx - 1, 0)])
        dy = float(g.lure[cy + 1, cx] - g.lure[max(cy - 1, 0), cx])
        norm = math.hypot(dx, dy) or 1.0
        return dx / norm, dy / norm

    def _scan(self) -> Commands:
        """Scan the most damaged spots first, then sweep the tooth."""
        s = self.s
        if s.vitals.energy < s.tuning.scan_cost + s.tuning.pulse_cost * 0.5:
            return Commands(*self.target)
        fx, fy = self._origin()
        need = s.grid.need[fy : fy + FEED_H, fx : fx + FEED_W]
        tooth = s.grid.tooth[fy : fy + FEED_H, fx : fx + FEED_W]
        rows, cols = np.nonzero(tooth)
        self.sweep += 1
        y: float
        x: float
        if self.sweep % 3 == 1 and rows.size:
            flat = int(np.argmax(need * tooth))
            y, x = divmod(flat, FEED_W)
        elif self.sweep % 3 == 2:
            cy, cx = np.unravel_index(int(np.argmax(s.grid.lure)), s.grid.lure.shape)
            y, x = (cy + 0.5) * COARSE - fy, (cx + 0.5) * COARSE - fx
        else:
            pick = (self.sweep * 7919) % max(rows.size, 1)
            y, x = int(rows[pick]), int(cols[pick])
        self.target = (float(x), float(y))
        self.cooldown = 20
        return Commands(float(x), float(y), scan=True)


def play(
    state: SimState, shutdown_at: int | None = None, max_ticks: int | None = None
) -> MinigameResult:
    """Run the autoplayer until the level ends (or `max_ticks`)."""
    player = AutoPlayer(state, shutdown_at)
    limit = max_ticks if max_ticks is not None else state.vitals.max_ticks + 1
    while state.vitals.outcome is Outcome.PLAYING and state.vitals.tick < limit:
        step(state, player.commands())
    return result_of(state)


def main(argv: list[str] | None = None) -> int:
    from game.core.paths import maps_dir
    from game.minigame.levels import LevelError, load_level

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("levels", nargs="*", type=Path)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--assist", action="store_true")
    args = parser.parse_args(argv)
    paths = args.levels or sorted((maps_dir() / "minigame").glob("*.tmx"))
    failed = 0
    for path in paths:
        try:
            spec = load_level(path)
        except LevelError as exc:
            print(exc, file=sys.stderr)
            failed += 1
            continue
        start = time.perf_counter()
        result = play(make_state(spec, args.seed, args.assist))
        wall = time.perf_counter() - start
        failed += result.outcome != "won"
        print(
            f"{spec.name:12s} {result.outcome:8s} {result.reason:9s} "
            f"t={result.time:6.1f}s "
            f"score={result.score:5d} peak_stress={result.peak_stress:5.1f} "
            f"integrity={result.integrity:.3f} ({wall:.1f}s wall)"
        )
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
