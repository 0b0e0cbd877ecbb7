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
from game.minigame.state import COARSE, F32, TICK_RATE, SimState

DECAY_FADE = F32(0.0015)  # per tick: keeps the decay front from creeping as dust
DECAY_BITE = F32(0.35)  # integrity lost per second under full decay, per decay_rate
DAMAGE_KEEP = F32(0.995)  # how much of the coarse damage field survives a pass
DAMAGE_PASSES = 2
GRADIENT_SOFTNESS = 0.02
HOSTILE_KEEP = F32(0.992)


def spread_decay(s: SimState) -> None:
    g = s.grid
    rate = F32(s.tuning.decay_rate / TICK_RATE)
    nb = box3(g.decay, g.scratch, g.scratch2)
    np.subtract(F32(1.0), g.decay, out=g.scratch)
    g.scratch *= nb
    g.scratch *= g.susceptibility
    g.scratch *= rate
    g.decay += g.scratch
    g.decay -= DECAY_FADE
    np.clip(g.decay, F32(0.0), F32(1.0), out=g.decay)
    np.multiply(g.decay, rate * DECAY_BITE, out=g.scratch)
    g.integrity -= g.scratch
    np.maximum(g.integrity, F32(0.0), out=g.integrity)


def measure_need(s: SimState) -> None:
    """need = tissue * (1 - integrity) + decay + pigment."""
    g = s.grid
    np.subtract(F32(1.0), g.integrity, out=g.need)
    g.need *= g.tissue
    g.need += g.decay
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
    counts = np.bincount(sw.coarse, minlength=g.crowd.size)
    np.copyto(g.crowd.ravel(), counts[: g.crowd.size], casting="unsafe")
    box3(g.crowd, g.coarse_tmp, g.crowd)
    mean = max(sw.n / g.tissue_coarse, 1e-6)
    g.crowd *= F32(s.spec.swarm.crowding / mean)


def calm_hostility(s: SimState) -> None:
    """Rejection: the tissue's hostility spreads a little and fades."""
    g = s.grid
    box3(g.hostile, g.scratch, g.hostile)
    g.hostile *= HOSTILE_KEEP


def tissue_step(s: SimState) -> None:
    spread_decay(s)
    measure_need(s)
    diffuse_damage(s)
    if s.kind is GlitchKind.REJECTION:
        calm_hostility(s)
