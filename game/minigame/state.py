"""The simulation's state: grids, the swarm as structure-of-arrays, and vitals.

Everything a step touches is allocated here once per level (`make_state`);
the step functions work in place. Bot states are small integers so the
renderer can pick a shape per state with one comparison.
"""

from __future__ import annotations

import collections
from dataclasses import dataclass, field
from enum import IntEnum

import numpy as np

from game.minigame.fields import blur_many
from game.minigame.spec import CELLS_PER_TILE, GlitchKind, LevelSpec, Tissue, Tuning

TICK_RATE = 60
COARSE = CELLS_PER_TILE  # cells per side of one coarse field cell
SPREAD_BIN = 2  # cells per side of one crowd_spread bin
F32 = np.float32


class Bot(IntEnum):
    """A bot's state. HIDDEN bots are glitched but drawn as HEALTHY."""

    HEALTHY = 0
    GLITCHED = 1
    HIDDEN = 2
    STOPPED = 3
    DEAD = 4
    INACTIVE = 5


class Outcome(IntEnum):
    PLAYING = 0
    WON = 1
    LOST = 2
    SHUTDOWN = 3


@dataclass
class Grid:
    """Per-cell fields of the whole level (H x W cells), plus coarse fields."""

    kind: np.ndarray  # uint8 Tissue
    tissue: np.ndarray  # float32 1 where not void
    tooth: np.ndarray  # float32 1 on enamel/dentin/pulp (counts for integrity)
    pulp: np.ndarray  # float32 1 on pulp
    blocked: np.ndarray  # bool: void cells bots cannot enter
    susceptibility: np.ndarray  # float32 per cell: how fast decay takes it
    integrity: np.ndarray
    decay: np.ndarray
    pigment: np.ndarray
    hostile: np.ndarray
    wall: np.ndarray  # uint8 firewall id + 1, 0 = none
    walled: np.ndarray  # bool flat view of wall > 0
    need: np.ndarray  # float32 how much repair each cell needs (last step)
    needy: np.ndarray  # bool flat: need above the work threshold (work's scratch)
    scratch: np.ndarray
    scratch2: np.ndarray
    damage: np.ndarray  # coarse diffused damage field
    pressure: np.ndarray  # coarse glitch pressure (neighbourhood mean count)
    chance: np.ndarray  # coarse: a healthy bot's chance to turn glitched per tick
    coarse_src: np.ndarray
    rows: np.ndarray  # (H, W / COARSE) scratch for coarse sums
    coarse_tmp: np.ndarray
    grad_x: np.ndarray
    grad_y: np.ndarray
    push_x: np.ndarray  # (bot states, coarse cells): push per state and cell
    push_y: np.ndarray
    push_tmp: np.ndarray
    lure: np.ndarray  # coarse static field glitched bots climb (0..1)
    lure_x: np.ndarray  # its gradient, less crowding, each tick
    lure_y: np.ndarray
    crowd: np.ndarray  # coarse bot density relative to the mean
    spread: np.ndarray  # bots per 2x2-cell bin, for crowd_spread (SPREAD_BIN):
    # all of them after the tissue step (crowd_spread levels), moving ones after steer
    spread_tmp: np.ndarray
    spread_x: np.ndarray  # its gradient
    spread_y: np.ndarray
    field: np.ndarray  # coarse scratch
    tooth_cells: float
    tissue_coarse: float  # coarse cells holding any tissue
    pigment_start: float

    @property
    def shape(self) -> tuple[int, int]:
        return self.kind.shape


@dataclass
class Swarm:
    """Bots as structure-of-arrays; live slots are all of [0:n]."""

    x: np.ndarray
    y: np.ndarray
    vx: np.ndarray
    vy: np.ndarray
    state: np.ndarray  # uint8 Bot
    immune: np.ndarray  # ticks of immunity left after a patch
    hp: np.ndarray  # rejection: hit points left
    feed: np.ndarray  # uint8 feed index
    x0: np.ndarray  # per-bot bounds of its feed region
    x1: np.ndarray
    y0: np.ndarray
    y1: np.ndarray
    cell: np.ndarray  # intp flat cell index (scratch, kept in sync)
    coarse: np.ndarray  # intp flat coarse index
    bins: np.ndarray  # intp flat crowd_spread bin, set with `coarse` if crowd_spread
    spare: np.ndarray  # intp scratch (swapped with `cell` after a move)
    i1: np.ndarray  # int32 scratch: float -> int32 -> intp is 2x faster
    i2: np.ndarray
    i3: np.ndarray
    f1: np.ndarray
    f2: np.ndarray
    f3: np.ndarray
    rnd: np.ndarray
    is_healthy: np.ndarray  # float32 masks, refreshed each step
    is_glitched: np.ndarray
    is_moving: np.ndarray
    healthy: np.ndarray  # the same masks as bools (kept with the floats)
    glitched: np.ndarray
    b1: np.ndarray
    b2: np.ndarray
    noise: np.ndarray  # uniform [0, 1) table, read at random offsets
    centred: np.ndarray  # noise - 0.5, worked out once
    in_feed: np.ndarray  # float32 (feeds, n): 1 where the bot is in that feed
    reserve: int  # next INACTIVE slot for sabotage waves
    healthy_count: int = 0
    dirty: bool = True  # states changed outside the swarm step: refresh masks
    glitched_count: int = 0
    feed_version: int = 0  # counts changes of `feed` (drawers cache by it)
    immune_left: float = 0.0  # ticks until every bot's immunity is 0 (at most)
    bins_fresh: bool = False  # `bins` hold the bots' present positions
    still: np.ndarray = field(  # indices (any order) of the bots that do not move
        default_factory=lambda: np.zeros(0, np.intp)
    )

    @property
    def n(self) -> int:
        return int(self.x.shape[0])


@dataclass
class Event:
    """Something the renderer and hint box react to."""

    kind: str
    tick: int
    x: float = 0.0
    y: float = 0.0
    radius: float = 0.0
    feed: int = 0


@dataclass
class Vitals:
    """Scalars of the run: clock, energy, tools, stress, outcome."""

    tick: int = 0
    max_ticks: int = 0
    energy: float = 0.0
    charge: float = 0.0  # seconds the pulse has been held
    charging: bool = False
    firewalls_left: int = 0
    stress: float = 0.0
    peak_stress: float = 0.0
    heart_rate: float = 0.0
    beats_left: float = 0.0
    integrity: float = 1.0
    glitched: int = 0
    active: int = 0
    pigment_left: float = 0.0
    feed: int = 0
    outcome: Outcome = Outcome.PLAYING
    reason: str = ""
    next_event: int = 0


@dataclass
class SimState:
    """One running level. `rng` is the only source of randomness."""

    spec: LevelSpec
    tuning: Tuning
    rng: np.random.Generator
    grid: Grid
    swarm: Swarm
    vitals: Vitals
    schedule: list[tuple[int, str, object]]
    feed_glitched: np.ndarray
    history_integrity: np.ndarray
    history_stress: np.ndarray
    segments: list[tuple[float, float, float, float]] = field(default_factory=list)
    events: collections.deque[Event] = field(
        default_factory=lambda: collections.deque(maxlen=48)
    )

    @property
    def kind(self) -> GlitchKind:
        return self.tuning.glitch_kind

    @property
    def time(self) -> float:
        return self.vitals.tick / TICK_RATE

    def emit(self, kind: str, x: float = 0.0, y: float = 0.0, r: float = 0.0) -> None:
        self.events.append(Event(kind, self.vitals.tick, x, y, r, self.vitals.feed))


SUSCEPTIBILITY = {
    Tissue.VOID: 0.0,
    Tissue.ENAMEL: 0.55,
    Tissue.DENTIN: 1.0,
    Tissue.PULP: 1.2,
    Tissue.GUM: 0.25,
}


def _lure_mask(spec: LevelSpec) -> np.ndarray:
    """Cells glitched bots are drawn to, by glitch kind."""
    kind, grid = spec.tuning.glitch_kind, spec.tissue
    if kind in (GlitchKind.VANITY, GlitchKind.PIGMENT):
        return (grid == Tissue.ENAMEL).astype(F32)
    if kind in (GlitchKind.PAIN, GlitchKind.HIDDEN):
        mask = (grid == Tissue.PULP).astype(F32)
        for nerve in spec.nerves:
            iy, ix = int(nerve.y), int(nerve.x)
            mask[max(iy - 3, 0) : iy + 4, max(ix - 3, 0) : ix + 4] = 4.0
        return mask
    return np.zeros(grid.shape, F32)


def _coarse(field: np.ndarray) -> np.ndarray:
    h, w = field.shape
    return field.reshape(h // COARSE, COARSE, w // COARSE, COARSE).mean(axis=(1, 3))


def _lure(spec: LevelSpec) -> np.ndarray:
    soft = blur_many(_coarse(_lure_mask(spec)), 40)
    return (soft / max(float(soft.max()), 1e-6)).astype(F32)


def make_grid(spec: LevelSpec) -> Grid:
    kind = spec.tissue.astype(np.uint8)
    shape, cshape = kind.shape, (kind.shape[0] // COARSE, kind.shape[1] // COARSE)
    bshape = (shape[0] // SPREAD_BIN, shape[1] // SPREAD_BIN)
    tooth = np.isin(kind, (Tissue.ENAMEL, Tissue.DENTIN, Tissue.PULP)).astype(F32)
    sus = np.zeros(shape, F32)
    for tissue, value in SUSCEPTIBILITY.items():
        sus[kind == tissue] = value
    pigment = (spec.pigment * (kind == Tissue.ENAMEL)).astype(F32)
    return Grid(
        kind=kind,
        tissue=(kind != Tissue.VOID).astype(F32),
        tooth=tooth,
        pulp=(kind == Tissue.PULP).astype(F32),
        blocked=(kind == Tissue.VOID).ravel().copy(),
        susceptibility=sus,
        integrity=np.ones(shape, F32),
        decay=np.zeros(shape, F32),
        pigment=pigment,
        hostile=np.zeros(shape, F32),
        wall=np.zeros(shape, np.uint8),
        walled=np.zeros(shape[0] * shape[1], bool),
        need=np.zeros(shape, F32),
        needy=np.zeros(shape[0] * shape[1], bool),
        scratch=np.zeros(shape, F32),
        scratch2=np.zeros(shape, F32),
        damage=np.zeros(cshape, F32),
        pressure=np.zeros(cshape, F32),
        chance=np.zeros(cshape, F32),
        coarse_src=np.zeros(cshape, F32),
        rows=np.zeros((shape[0], cshape[1]), F32),
        coarse_tmp=np.zeros(cshape, F32),
        grad_x=np.zeros(cshape, F32),
        grad_y=np.zeros(cshape, F32),
        push_x=np.zeros((len(Bot), cshape[0] * cshape[1]), F32),
        push_y=np.zeros((len(Bot), cshape[0] * cshape[1]), F32),
        push_tmp=np.zeros((len(Bot), cshape[0] * cshape[1]), F32),
        lure=_lure(spec),
        lure_x=np.zeros(cshape, F32),
        lure_y=np.zeros(cshape, F32),
        crowd=np.zeros(cshape, F32),
        spread=np.zeros(bshape, F32),
        spread_tmp=np.zeros(bshape, F32),
        spread_x=np.zeros(bshape, F32),
        spread_y=np.zeros(bshape, F32),
        field=np.zeros(cshape, F32),
        tooth_cells=max(float(tooth.sum()), 1.0),
        tissue_coarse=max(
            float((_coarse((kind != Tissue.VOID).astype(F32)) > 0).sum()), 1.0
        ),
        pigment_start=float(pigment.sum()),
    )


NOISE_EXTRA = 8191


def make_swarm(n: int, reserve: int, rng: np.random.Generator, feeds: int = 1) -> Swarm:
    def f(value: float = 0.0) -> np.ndarray:
        return np.full(n, value, F32)

    noise = rng.random(2 * n + NOISE_EXTRA, dtype=np.float32)

    return Swarm(
        x=f(), y=f(), vx=f(), vy=f(),
        state=np.full(n, Bot.INACTIVE, np.uint8),
        immune=f(), hp=f(1.0), feed=np.zeros(n, np.uint8),
        x0=f(), x1=f(), y0=f(), y1=f(),
        cell=np.zeros(n, np.intp), coarse=np.zeros(n, np.intp),
        spare=np.zeros(n, np.intp), bins=np.zeros(n, np.intp),
        i1=np.zeros(n, np.int32), i2=np.zeros(n, np.int32), i3=np.zeros(n, np.int32),
        f1=f(), f2=f(), f3=f(), rnd=f(),
        is_healthy=f(), is_glitched=f(), is_moving=f(),
        healthy=np.zeros(n, bool), glitched=np.zeros(n, bool),
        b1=np.zeros(n, bool), b2=np.zeros(n, bool),
        noise=noise, centred=noise - F32(0.5),
        in_feed=np.zeros((feeds, n), F32),
        reserve=n - reserve,
    )  # fmt: skip
