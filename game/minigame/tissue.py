"""Tissue fields for one tick: decay spreading, its damage, the damage field.

Decay grows where its neighbours have decay (a logistic front from the
cavity seeds) at a speed set by each cell's susceptibility; it eats the
cell's integrity. The fine "need" field (what a cell lacks) is summed into
coarse cells and diffused there, so healthy bots feel damage from far away
and climb its gradient. All in place.
"""

from __future__ import annotations

import numpy as np

from game.minigame.fields import box3, gradient
from game.minigame.spec import GlitchKind
from game.minigame.state import COARSE, F32, TICK_RATE, Grid, SimState

DECAY_FADE = F32(0.0015)  # per tick: keeps the decay front from creeping as dust
DECAY_BITE = F32(0.35)  # integrity lost per second under full decay, per decay_rate
DAMAGE_KEEP = F32(0.995)  # how much of the coarse damage field survives a pass
DAMAGE_PASSES = 2
GRADIENT_SOFTNESS = 0.02
HOSTILE_KEEP = F32(0.992)
WINDOW_MARGIN = 2  # cells: one of growth, one of box3 reach
WINDOW_COPIES = 5  # a window's fields and scratch copied out: they fit scratch2


Windows = list[tuple[slice, slice]]


def decay_windows(decay: np.ndarray) -> Windows:
    """Disjoint boxes holding every cell where decay can change this tick:
    the bounding boxes of the column runs with decay, grown by two cells.
    Outside them decay is zero with zero neighbours, so a step is a no-op."""
    cols = np.flatnonzero(decay.any(axis=0))
    if cols.size == 0:
        return []
    h, w = decay.shape
    breaks = np.flatnonzero(np.diff(cols) > 2 * WINDOW_MARGIN + 1)
    windows: Windows = []
    for run in np.split(cols, breaks + 1):
        c0, c1 = int(run[0]), int(run[-1]) + 1
        rows = np.flatnonzero(decay[:, c0:c1].any(axis=1))
        r0, r1 = int(rows[0]), int(rows[-1]) + 1
        windows.append(
            (
                slice(max(r0 - WINDOW_MARGIN, 0), min(r1 + WINDOW_MARGIN, h)),
                slice(max(c0 - WINDOW_MARGIN, 0), min(c1 + WINDOW_MARGIN, w)),
            )
        )
    return windows


def spread_decay(s: SimState) -> Windows:
    """Decay grows and fades, and bites integrity, inside `decay_windows`;
    returns them (decay is zero outside them until the next spread)."""
    g = s.grid
    rate = F32(s.tuning.decay_rate / TICK_RATE)
    windows = decay_windows(g.decay)
    for win in windows:
        _spread_window(g, win, rate)
    return windows


def _spread_window(g: Grid, win: tuple[slice, slice], rate: np.float32) -> None:
    """`_spread_in` on one window. A small window is worked on contiguous
    copies in `scratch2` (numpy's calls on small strided views cost about
    half again as much) and copied back; a large one in place."""
    h, w = win[0].stop - win[0].start, win[1].stop - win[1].start
    flat = g.scratch2.reshape(-1)
    if WINDOW_COPIES * h * w > flat.size:
        _spread_in(g.decay[win], g.integrity[win], g.susceptibility[win],
                   g.scratch[win], g.scratch2[win], rate)  # fmt: skip
        return
    decay, integrity, susceptibility, scratch, scratch2 = (
        flat[k * h * w : (k + 1) * h * w].reshape(h, w) for k in range(WINDOW_COPIES)
    )
    np.copyto(decay, g.decay[win])
    np.copyto(integrity, g.integrity[win])
    np.copyto(susceptibility, g.susceptibility[win])
    _spread_in(decay, integrity, susceptibility, scratch, scratch2, rate)
    np.copyto(g.decay[win], decay)
    np.copyto(g.integrity[win], integrity)


def _spread_in(
    decay: np.ndarray,
    integrity: np.ndarray,
    susceptibility: np.ndarray,
    scratch: np.ndarray,
    scratch2: np.ndarray,
    rate: np.float32,
) -> None:
    nb = box3(decay, scratch, scratch2)
    np.subtract(F32(1.0), decay, out=scratch)
    scratch *= nb
    scratch *= susceptibility
    scratch *= rate
    decay += scratch
    decay -= DECAY_FADE
    np.clip(decay, F32(0.0), F32(1.0), out=decay)
    np.multiply(decay, rate * DECAY_BITE, out=scratch)
    integrity -= scratch
    np.maximum(integrity, F32(0.0), out=integrity)


def measure_need(s: SimState, windows: Windows | None = None) -> None:
    """need = tissue * (1 - integrity) + decay + pigment. Decay is added only
    inside `windows` when given (zero elsewhere), pigment only if the level
    has any: adding zeros would change no value."""
    g = s.grid
    np.subtract(F32(1.0), g.integrity, out=g.need)
    g.need *= g.tissue
    if windows is None:
        g.need += g.decay
    else:
        for win in windows:
            g.need[win] += g.decay[win]
    if g.pigment_start > 0.0:
        g.need += g.pigment


def _coarse_sum(fine: np.ndarray, rows: np.ndarray, out: np.ndarray) -> None:
    """Sum COARSE x COARSE blocks of `fine` into `out` by strided adds (a
    reshape-and-sum reduction is several times slower)."""
    np.add(fine[:, 0::COARSE], fine[:, 1::COARSE], out=rows)
    for k in range(2, COARSE):
        rows += fine[:, k::COARSE]
    np.add(rows[0::COARSE], rows[1::COARSE], out=out)
    for k in range(2, COARSE):
        out += rows[k::COARSE]


def diffuse_damage(s: SimState) -> None:
    g = s.grid
    _coarse_sum(g.need, g.rows, g.coarse_src)
    for _ in range(DAMAGE_PASSES):
        box3(g.damage, g.coarse_tmp, g.damage)
        g.damage *= DAMAGE_KEEP
        g.damage += g.coarse_src
    _crowding(s)
    rules = s.spec.swarm
    top = max(float(g.damage.max()), 1e-6)
    np.multiply(g.damage, F32(rules.damage_gain / top), out=g.field)
    g.field -= g.crowd
    gradient(g.field, g.grad_x, g.grad_y, GRADIENT_SOFTNESS)
    if s.spec.behaviour.lure:
        np.multiply(g.lure, F32(rules.damage_gain), out=g.field)
        g.field -= g.crowd
        gradient(g.field, g.lure_x, g.lure_y, GRADIENT_SOFTNESS)


def _crowding(s: SimState) -> None:
    """crowd = crowding * (3x3 bot count / mean count per tissue coarse cell)."""
    g, sw = s.grid, s.swarm
    if s.tuning.crowd_spread:
        _count_bins(g, sw.bins)
    else:
        counts = np.bincount(sw.coarse, minlength=g.crowd.size)
        np.copyto(g.crowd.ravel(), counts[: g.crowd.size], casting="unsafe")
    box3(g.crowd, g.coarse_tmp, g.crowd)
    mean = max(sw.n / g.tissue_coarse, 1e-6)
    g.crowd *= F32(s.spec.swarm.crowding / mean)


def _count_bins(g: Grid, bins: np.ndarray) -> None:
    """`spread` = bots per crowd_spread bin (`bins`, set with the coarse
    indices), `crowd` = bots per coarse cell as sums of its bins (the same
    integers, one count of the swarm serving both)."""
    counts = np.bincount(bins, minlength=g.spread.size)
    np.copyto(g.spread.ravel(), counts[: g.spread.size], casting="unsafe")
    half = g.spread_tmp[: g.crowd.shape[0]]
    np.add(g.spread[0::2], g.spread[1::2], out=half)
    np.add(half[:, 0::2], half[:, 1::2], out=g.crowd)


def calm_hostility(s: SimState) -> None:
    """Rejection: the tissue's hostility spreads a little and fades."""
    g = s.grid
    box3(g.hostile, g.scratch, g.hostile)
    g.hostile *= HOSTILE_KEEP


def tissue_step(s: SimState) -> None:
    measure_need(s, spread_decay(s))
    diffuse_damage(s)
    if s.kind is GlitchKind.REJECTION:
        calm_hostility(s)
