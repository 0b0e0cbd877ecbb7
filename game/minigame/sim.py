"""The nanobot simulation: build a run from a LevelSpec, step it at 60 Hz.

numpy only, no pygame. `make_state(spec, seed)` allocates everything once;
`step(state, commands)` advances one fixed tick in place. The state owns
its seeded Generator, so the same seed and the same command list give a
bit-identical state (`state_hash`).

Order within a tick: player commands, scheduled events (timed glitch
sources, sabotage waves), tissue (decay, damage field), swarm (steer, move,
work, glitch spread, rejection), vitals (integrity, stress, clock), end check.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Iterable

import numpy as np

from game.minigame.result import MinigameResult, result_of
from game.minigame.spec import (
    GlitchSource,
    LevelSpec,
    SabotageWave,
    Tissue,
    assisted,
)
from game.minigame.state import (
    F32,
    TICK_RATE,
    Bot,
    Outcome,
    SimState,
    Vitals,
    make_grid,
    make_swarm,
)
from game.minigame.swarm import cell_of, coarse_of, refresh_masks, swarm_step
from game.minigame.tissue import measure_need, tissue_step
from game.minigame.tools import IDLE_COMMANDS, Commands, apply_commands
from game.minigame.vitals import check_end, measure, record, update_stress

__all__ = [
    "IDLE_COMMANDS",
    "Commands",
    "make_state",
    "result_of",
    "run",
    "state_hash",
    "step",
]

CAVITY_INTEGRITY = F32(0.25)


def _seed_cavities(s: SimState) -> None:
    g = s.grid
    h, w = g.shape
    yy, xx = np.mgrid[0:h, 0:w]
    for seed in s.spec.seeds:
        disc = (xx - seed.x) ** 2 + (yy - seed.y) ** 2 <= seed.radius**2
        disc &= g.kind != Tissue.VOID
        g.decay[disc] = 1.0
        g.integrity[disc] = np.minimum(g.integrity[disc], CAVITY_INTEGRITY)


def feed_at(spec: LevelSpec, x: float, y: float) -> int:
    """The index of the feed whose region holds cell (x, y) (0 if none)."""
    for i, feed in enumerate(spec.all_feeds()):
        if feed.x <= x < feed.x + feed.w and feed.y <= y < feed.y + feed.h:
            return i
    return 0


def _disc_cells(s: SimState, x: float, y: float, radius: float) -> np.ndarray:
    """Flat indices of tissue cells within `radius` of (x, y) (at least one),
    ascending; worked out in the disc's bounding box, not the whole grid."""
    g = s.grid
    h, w = g.shape
    r = max(radius, 1.0)
    y0 = min(max(math.floor(y - r) - 1, 0), h)
    x0 = min(max(math.floor(x - r) - 1, 0), w)
    y1 = max(min(math.ceil(y + r) + 2, h), y0)
    x1 = max(min(math.ceil(x + r) + 2, w), x0)
    yy, xx = np.mgrid[y0:y1, x0:x1]
    disc = (xx - x) ** 2 + (yy - y) ** 2 <= r**2
    disc &= g.kind[y0:y1, x0:x1] != Tissue.VOID
    by, bx = np.nonzero(disc)
    cells = (by + y0) * w + (bx + x0)
    if cells.size == 0:
        cells = np.array([int(y) * w + int(x)])
    return cells


def _bound(s: SimState, idx: np.ndarray, feed: int) -> None:
    sw, region = s.swarm, s.spec.all_feeds()[feed]
    sw.feed[idx] = feed
    sw.in_feed[:, idx] = 0.0
    sw.in_feed[feed, idx] = 1.0
    sw.feed_version += 1
    sw.x0[idx], sw.x1[idx] = region.x, region.x + region.w - 1e-3
    sw.y0[idx], sw.y1[idx] = region.y, region.y + region.h - 1e-3


def _place(s: SimState, idx: np.ndarray, cells: np.ndarray) -> None:
    sw, w = s.swarm, s.grid.shape[1]
    pick = cells[s.rng.integers(0, cells.size, size=idx.size)]
    sw.x[idx] = (pick % w) + s.rng.random(idx.size, dtype=np.float32)
    sw.y[idx] = (pick // w) + s.rng.random(idx.size, dtype=np.float32)
    sw.vx[idx] = 0.0
    sw.vy[idx] = 0.0
    sw.hp[idx] = 1.0
    sw.immune[idx] = 0.0
    sw.bins_fresh = False


def _glitch_bots(s: SimState, src: GlitchSource | SabotageWave, reserve: bool) -> None:
    sw = s.swarm
    feed = feed_at(s.spec, src.x, src.y)
    if reserve:
        end = min(sw.reserve + src.count, sw.n)
        idx = np.arange(sw.reserve, end)
        sw.reserve = end
    else:
        healthy = np.flatnonzero((sw.state == Bot.HEALTHY) & (sw.feed == feed))
        count = min(src.count, healthy.size)
        idx = s.rng.choice(healthy, size=count, replace=False)
    _bound(s, idx, feed)
    _place(s, idx, _disc_cells(s, src.x, src.y, src.radius))
    sw.state[idx] = Bot.HIDDEN if s.spec.behaviour.hidden else Bot.GLITCHED
    sw.dirty = True


def _spawn(s: SimState) -> None:
    """Spread the healthy swarm over the tissue of every feed, evenly."""
    g, feeds = s.grid, s.spec.all_feeds()
    total = s.tuning.bot_count
    start = 0
    for i, feed in enumerate(feeds):
        count = total // len(feeds) + (1 if i < total % len(feeds) else 0)
        region = np.zeros(g.shape, bool)
        region[feed.y : feed.y + feed.h, feed.x : feed.x + feed.w] = True
        cells = np.flatnonzero(region & (g.kind != Tissue.VOID))
        idx = np.arange(start, start + count)
        _bound(s, idx, i)
        _place(s, idx, cells)
        s.swarm.state[idx] = Bot.HEALTHY
        start += count
    s.swarm.vx[:start] = s.rng.normal(0.0, 0.05, start).astype(F32)
    s.swarm.vy[:start] = s.rng.normal(0.0, 0.05, start).astype(F32)


def _schedule(spec: LevelSpec) -> list[tuple[int, str, object]]:
    timed: list[tuple[int, str, object]] = [
        (round(src.time * TICK_RATE), "alarm", src)
        for src in spec.sources
        if src.time > 0
    ]
    timed += [(round(w.time * TICK_RATE), "wave", w) for w in spec.waves]
    return sorted(timed, key=lambda item: (item[0], item[1]))


def make_state(spec: LevelSpec, seed: int, assist: bool = False) -> SimState:
    """A fresh run of `spec`; `assist` slows the glitch and widens the tools."""
    tuning = assisted(spec.tuning) if assist else spec.tuning
    reserve = sum(w.count for w in spec.waves)
    max_ticks = round(tuning.time_limit * TICK_RATE)
    rng = np.random.default_rng(seed)
    s = SimState(
        spec=spec,
        tuning=tuning,
        rng=rng,
        grid=make_grid(spec),
        swarm=make_swarm(
            tuning.bot_count + reserve, reserve, rng, len(spec.all_feeds())
        ),
        vitals=Vitals(
            max_ticks=max_ticks,
            energy=tuning.pulse_energy,
            firewalls_left=tuning.firewall_count,
            heart_rate=tuning.heart_rate_base,
            beats_left=tuning.heart_beats,
            pigment_left=1.0,
        ),
        schedule=_schedule(spec),
        feed_glitched=np.zeros(len(spec.all_feeds()), np.float64),
        history_integrity=np.zeros(max_ticks + 1, F32),
        history_stress=np.zeros(max_ticks + 1, F32),
    )
    _seed_cavities(s)
    _spawn(s)
    for src in spec.sources:
        if src.time <= 0:
            _glitch_bots(s, src, reserve=False)
    cell_of(s, s.swarm.cell)
    coarse_of(s)
    measure_need(s)
    refresh_masks(s.swarm)
    measure(s)
    record(s)
    return s


def _run_schedule(s: SimState) -> None:
    v = s.vitals
    while v.next_event < len(s.schedule) and s.schedule[v.next_event][0] <= v.tick:
        _, kind, obj = s.schedule[v.next_event]
        v.next_event += 1
        _glitch_bots(s, obj, reserve=kind == "wave")  # type: ignore[arg-type]
        s.emit(kind, obj.x, obj.y, obj.radius)  # type: ignore[attr-defined]


def step(s: SimState, cmd: Commands = IDLE_COMMANDS) -> None:
    """Advance the run by one 60 Hz tick (nothing happens once it has ended)."""
    v = s.vitals
    if v.outcome is not Outcome.PLAYING:
        return
    v.tick += 1
    apply_commands(s, cmd)
    if v.outcome is Outcome.PLAYING:
        _run_schedule(s)
        tissue_step(s)
        swarm_step(s)
        measure(s)
        update_stress(s)
        check_end(s)
    record(s)


def run(s: SimState, commands: Iterable[Commands]) -> MinigameResult:
    """Step once per command (stopping early if the level ends); the result."""
    for cmd in commands:
        if s.vitals.outcome is not Outcome.PLAYING:
            break
        step(s, cmd)
    return result_of(s)


def state_hash(s: SimState) -> str:
    """A digest of everything that evolves: equal hashes mean equal runs."""
    digest = hashlib.sha256()
    g, sw = s.grid, s.swarm
    for array in (g.integrity, g.decay, g.pigment, g.hostile, g.wall, g.damage):
        digest.update(array.tobytes())
    for array in (sw.x, sw.y, sw.vx, sw.vy, sw.state, sw.immune, sw.hp, sw.feed):
        digest.update(array.tobytes())
    digest.update(repr(s.vitals).encode())
    digest.update(repr(s.rng.bit_generator.state).encode())
    return digest.hexdigest()
