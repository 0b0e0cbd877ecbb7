"""The swarm for one tick: steering, movement, collisions, work, glitch spread.

Healthy bots climb the coarse damage gradient and slow down where a cell
needs them; glitched bots follow their kind's lure. A bot's acceleration is
bounded, so damping alone bounds its speed (terminal speed = `bot_speed`)
and no per-bot normalisation is needed. Whole-array numpy calls into
preallocated scratch; the only per-tick allocations are index arrays of the
bots at work or glitched (a fraction of the swarm) and per-coarse-cell counts.
Masks are arithmetic (0/1 floats) rather than `where=` copies, which the
measurements here found 5-10x slower with random masks.
"""

from __future__ import annotations

import numpy as np

from game.minigame.fields import box3
from game.minigame.state import COARSE, F32, SPREAD_BIN, TICK_RATE, Bot, SimState, Swarm

ONE = F32(1.0)
BOUNCE = F32(1.6)  # a blocked bot keeps -(BOUNCE - 1) of its velocity
BOUNCE_BACK = ONE - BOUNCE
BY_INDEX_SHARE = 64  # fewer than 1 in this many bots: work by index, not pass
STILL_BY_INDEX_SHARE = 16  # still bots put back by index (4 gathers a bot)
BIN_SHIFT = (COARSE // SPREAD_BIN).bit_length() - 1  # bin row -> coarse row


def refresh_masks(sw: Swarm) -> None:
    """Float 0/1 and bool masks of the healthy and glitched (incl. hidden)
    bots, the float mask of the moving ones, their counts, the indices of
    the bots that do not move, and the longest immunity left (whoever
    changes states or immunity sets `dirty`)."""
    np.equal(sw.state, Bot.HEALTHY, out=sw.healthy)
    np.copyto(sw.is_healthy, sw.healthy)
    sw.healthy_count = int(np.count_nonzero(sw.healthy))
    np.equal(sw.state, Bot.GLITCHED, out=sw.glitched)
    np.equal(sw.state, Bot.HIDDEN, out=sw.b2)
    sw.glitched |= sw.b2
    sw.glitched_count = int(np.count_nonzero(sw.glitched))
    np.copyto(sw.is_glitched, sw.glitched)
    np.add(sw.is_healthy, sw.is_glitched, out=sw.is_moving)
    np.greater(sw.state, Bot.HIDDEN, out=sw.b2)
    sw.still = np.flatnonzero(sw.b2)
    sw.immune_left = float(sw.immune.max()) if sw.n else 0.0
    sw.dirty = False


def noise(s: SimState, out: np.ndarray, scale: float | np.ndarray) -> np.ndarray:
    """`out` = uniform noise in [-scale/2, scale/2), read from the state's
    centred noise table at a random offset (one rng draw instead of N)."""
    sw = s.swarm
    start = int(s.rng.integers(0, sw.noise.size - sw.n))
    np.multiply(sw.centred[start : start + sw.n], scale, out=out)
    return out


def _unit(s: SimState) -> float:
    """The acceleration per tick that damping turns into `bot_speed`."""
    return (1.0 - s.spec.swarm.damping) * s.tuning.bot_speed / TICK_RATE


# Per bot state (a row each): 1 if the state counts as healthy / glitched.
HEALTHY_ROWS = np.array([[b == Bot.HEALTHY] for b in Bot], F32)
GLITCHED_ROWS = np.array([[b in (Bot.GLITCHED, Bot.HIDDEN)] for b in Bot], F32)


def _push_table(
    s: SimState, out: np.ndarray, grad: np.ndarray, lure: np.ndarray
) -> None:
    """`out` (one row per bot state, one column per coarse cell) = the push a
    bot of that state feels there: exactly the per-bot formula
    grad * is_healthy * climb + lure * is_glitched * lure_gain, worked out
    once per coarse cell instead of once per bot."""
    if s.swarm.still.size:
        _push_rows(s, out, grad, lure, slice(None))
        return
    # no bot reads the still states' rows; hidden is glitched's formula
    _push_rows(s, out, grad, lure, slice(Bot.HEALTHY, Bot.HIDDEN))
    out[Bot.HIDDEN] = out[Bot.GLITCHED]


def _push_rows(
    s: SimState, out: np.ndarray, grad: np.ndarray, lure: np.ndarray, rows: slice
) -> None:
    """The push table's formula for the bot states `rows` only."""
    rules, kind = s.spec.swarm, s.spec.behaviour
    unit = _unit(s)
    np.multiply(grad.ravel(), HEALTHY_ROWS[rows], out=out[rows])
    out[rows] *= F32(unit * rules.climb)
    if kind.lure:
        tmp = s.grid.push_tmp[rows]
        np.multiply(lure.ravel(), GLITCHED_ROWS[rows], out=tmp)
        tmp *= F32(unit * kind.lure * kind.speed)
        out[rows] += tmp


def _push(s: SimState, v: np.ndarray, table: np.ndarray, key: np.ndarray) -> None:
    sw = s.swarm
    np.take(table.ravel(), key, out=sw.f1, mode="clip")
    sw.f1 += noise(s, sw.rnd, sw.f3)  # f3: per-bot jitter strength
    v *= F32(s.spec.swarm.damping)
    v += sw.f1


def steer(s: SimState) -> None:
    """Healthy bots climb the damage gradient, glitched ones their lure, all
    jitter; the push is read from a per-state table by state and cell."""
    sw, g = s.swarm, s.grid
    rules, kind = s.spec.swarm, s.spec.behaviour
    unit = _unit(s)
    healthy_jitter, glitched_jitter = rules.jitter, kind.jitter * kind.speed
    np.multiply(
        sw.is_glitched, F32(unit * (glitched_jitter - healthy_jitter)), out=sw.f3
    )
    sw.f3 += F32(unit * healthy_jitter)
    key = sw.spare  # free until the move: state * coarse cells + coarse
    np.multiply(sw.state, np.int32(g.damage.size), out=sw.i1)  # int32: faster
    np.add(sw.coarse, sw.i1, out=key)
    _push_table(s, g.push_x, g.grad_x, g.lure_x)
    _push_table(s, g.push_y, g.grad_y, g.lure_y)
    _push(s, sw.vx, g.push_x, key)
    _push(s, sw.vy, g.push_y, key)
    if s.tuning.crowd_spread:
        spread_crowds(s)


def spread_crowds(s: SimState) -> None:
    """A level's `crowd_spread` (0 = off): healthy bots are also pushed down the
    gradient of the bot density at 2x2-cell resolution, scaled to the mean
    density over the tissue. The coarse push is the same for every bot of a
    4x4 coarse cell, so a dense swarm settles in clumps on that grid; this
    finer push lets it spread and stream instead. The bins of the last
    `coarse_of` and the tissue step's count of all bots in them serve while
    no bot was placed since. Scratch: i1, i2, f1, spare (free once the push
    is read)."""
    sw, g = s.swarm, s.grid
    if sw.bins_fresh:
        bins = sw.bins
        _drop_still(s, bins)
    else:
        bins = _spread_bins(s)
        _count_moving(s, bins)
    box3(g.spread, g.spread_tmp, g.spread)
    np.subtract(g.spread[:, 2:], g.spread[:, :-2], out=g.spread_x[:, 1:-1])
    np.subtract(g.spread[2:], g.spread[:-2], out=g.spread_y[1:-1])
    tissue_bins = g.tissue_coarse * (COARSE // SPREAD_BIN) ** 2
    mean = max((sw.healthy_count + sw.glitched_count) / tissue_bins, 1e-6)
    scale = F32(-0.5 * s.tuning.crowd_spread * _unit(s) / mean)
    for velocity, gradient in ((sw.vx, g.spread_x), (sw.vy, g.spread_y)):
        _scaled_at(s, gradient, bins, scale)
        sw.f1 *= sw.is_healthy  # glitched bots keep their clumps: targets
        velocity += sw.f1


def _scaled_at(
    s: SimState, gradient: np.ndarray, bins: np.ndarray, scale: np.float32
) -> None:
    """f1 = gradient at each bot's bin times `scale`: scaled per bin when
    there are more bots than bins, else per bot (the same products)."""
    sw, g = s.swarm, s.grid
    if sw.n > gradient.size:
        np.multiply(gradient, scale, out=g.spread_tmp)
        np.take(g.spread_tmp.ravel(), bins, out=sw.f1, mode="clip")
        return
    np.take(gradient.ravel(), bins, out=sw.f1, mode="clip")
    sw.f1 *= scale


def _spread_bins(s: SimState) -> np.ndarray:
    """Each bot's flat crowd_spread bin, into `spare` (intp: numpy would
    convert int32 indices on every gather and count)."""
    _bin_index(s, F32(1.0 / SPREAD_BIN), s.grid.spread.shape[1], s.swarm.spare)
    return s.swarm.spare


def _bin_index(s: SimState, inverse: np.float32, width: int, out: np.ndarray) -> None:
    """Flat index of every bot's bin into `out`, bins being 1 / `inverse`
    cells a side, `width` of them a row (scratch f1, i1, i2)."""
    sw = s.swarm
    _rows_cols(s, inverse)
    sw.i1 *= width
    np.add(sw.i1, sw.i2, out=out)


def _rows_cols(s: SimState, inverse: np.float32) -> None:
    """i1, i2 = every bot's bin row and column, bins being 1 / `inverse`
    cells a side (scratch f1)."""
    sw = s.swarm
    np.multiply(sw.y, inverse, out=sw.f1)
    np.copyto(sw.i1, sw.f1, casting="unsafe")
    np.multiply(sw.x, inverse, out=sw.f1)
    np.copyto(sw.i2, sw.f1, casting="unsafe")


def _count_moving(s: SimState, bins: np.ndarray) -> None:
    """`spread` = moving bots per bin. The bots that do not move are counted
    in an extra bin for the count's sake (a plain count is much cheaper than
    one weighted by `is_moving`, with the same integers), then put back."""
    sw, g = s.swarm, s.grid
    if not sw.still.size:
        counts = np.bincount(bins, minlength=g.spread.size)
    else:
        kept = bins[sw.still]
        bins[sw.still] = g.spread.size
        counts = np.bincount(bins, minlength=g.spread.size + 1)
        bins[sw.still] = kept
    np.copyto(g.spread.ravel(), counts[: g.spread.size], casting="unsafe")


def _drop_still(s: SimState, bins: np.ndarray) -> None:
    """`spread` (all bots per bin) less the bots that do not move."""
    sw, g = s.swarm, s.grid
    if sw.still.size:
        still = np.bincount(bins[sw.still], minlength=g.spread.size)
        g.spread.ravel()[:] -= still[: g.spread.size]


def cell_of(s: SimState, out: np.ndarray) -> None:
    """Flat cell index of every bot into `out` (int32 scratch: converting a
    float to int32 is several times faster than to intp, same integers)."""
    sw, w = s.swarm, s.grid.shape[1]
    np.copyto(sw.i1, sw.y, casting="unsafe")
    sw.i1 *= w
    np.copyto(sw.i2, sw.x, casting="unsafe")
    np.add(sw.i1, sw.i2, out=out)


def coarse_of(s: SimState) -> None:
    """Flat coarse-field index of every bot into `coarse`; on crowd_spread
    levels also its crowd_spread bin into `bins` (fresh until a bot is
    placed), the coarse index then worked out from the bin's row and column
    (x / 2 is exact in float32, so floor(floor(x / 2) / 2) = floor(x / 4))."""
    sw, g = s.swarm, s.grid
    cw = g.damage.shape[1]
    if not s.tuning.crowd_spread:
        _bin_index(s, F32(1.0 / (g.shape[1] // cw)), cw, sw.coarse)
        return
    _rows_cols(s, F32(1.0 / SPREAD_BIN))
    np.multiply(sw.i1, g.spread.shape[1], out=sw.i3)  # int32 sums are faster
    sw.i3 += sw.i2
    np.copyto(sw.bins, sw.i3)
    sw.i1 >>= BIN_SHIFT
    sw.i1 *= cw
    sw.i2 >>= BIN_SHIFT
    np.add(sw.i1, sw.i2, out=sw.coarse)
    sw.bins_fresh = True


def _advance(s: SimState) -> None:
    """Moving bots step by their velocity within their bounds; the others
    stay. With few still bots every bot steps and those few are put back
    where they were (f2, f3), as adding 0 * v would leave them (they lie
    within their bounds); with many, velocities are masked (is_moving)."""
    sw = s.swarm
    few_still = sw.still.size * STILL_BY_INDEX_SHARE < sw.n
    for pos, velocity in ((sw.x, sw.vx), (sw.y, sw.vy)):
        if few_still:
            pos += velocity
        else:
            np.multiply(velocity, sw.is_moving, out=sw.f1)
            pos += sw.f1
    _bound_positions(s)
    if few_still and sw.still.size:
        sw.x[sw.still] = sw.f2[sw.still]
        sw.y[sw.still] = sw.f3[sw.still]


def _bound_positions(s: SimState) -> None:
    sw = s.swarm
    if len(s.spec.all_feeds()) == 1:
        np.clip(sw.x, F32(0.0), sw.x1[0], out=sw.x)
        np.clip(sw.y, F32(0.0), sw.y1[0], out=sw.y)
        return
    for pos, low, high in ((sw.x, sw.x0, sw.x1), (sw.y, sw.y0, sw.y1)):
        np.maximum(pos, low, out=pos)
        np.minimum(pos, high, out=pos)


def _take_flags(table: np.ndarray, index: np.ndarray, out: np.ndarray) -> None:
    """`out` = bool `table` at `index`, gathered as bytes (numpy's gather of
    bools is markedly slower than of uint8, and the bytes are the same)."""
    np.take(table.view(np.uint8), index, out=out.view(np.uint8), mode="clip")


def _wall_block(s: SimState) -> None:
    """Add to b1 the glitched bots stepping into a firewall from outside it."""
    sw, g = s.swarm, s.grid
    _take_flags(g.walled, sw.spare, sw.b2)
    np.copyto(sw.f1, sw.b2)
    sw.f1 *= sw.is_glitched
    _take_flags(g.walled, sw.cell, sw.b2)
    np.logical_not(sw.b2, out=sw.b2)
    sw.f1 *= sw.b2
    np.greater(sw.f1, F32(0.5), out=sw.b2)
    sw.b1 |= sw.b2


def _undo_blocked(s: SimState, count: int) -> None:
    """Bots in b1 (`count` of them) go back to where they were (f2, f3) and
    bounce.

    Positions keep the rounding of the recorded runs, old + (new - old) *
    keep: a kept bot's factor is exactly 1, so its multiply is skipped, and a
    blocked bot's (0) leaves old + 0 = old (positions are never -0.0). A few
    blocked bots are put back by index, many by whole-array arithmetic
    (random gathers cost far more per bot than a pass; `where=` copies too).
    """
    sw = s.swarm
    if count * BY_INDEX_SHARE < sw.n:
        blocked = np.flatnonzero(sw.b1)
        for pos, old in ((sw.x, sw.f2), (sw.y, sw.f3)):
            pos -= old
            pos += old
            pos[blocked] = old[blocked]
        sw.spare[blocked] = sw.cell[blocked]
        sw.vx[blocked] *= BOUNCE_BACK
        sw.vy[blocked] *= BOUNCE_BACK
        return
    np.logical_not(sw.b1, out=sw.b2)
    np.copyto(sw.f1, sw.b2)  # keep: 1 = keep the move, 0 = blocked
    for pos, old in ((sw.x, sw.f2), (sw.y, sw.f3)):
        pos -= old
        pos *= sw.f1
        pos += old
    np.subtract(sw.cell, sw.spare, out=sw.coarse)  # free until coarse_of
    sw.coarse *= sw.b1
    sw.spare += sw.coarse
    sw.f1 *= ONE - BOUNCE_BACK  # keep * (1 - B) + B is exactly 1 or B
    sw.f1 += BOUNCE_BACK
    sw.vx *= sw.f1
    sw.vy *= sw.f1


def move(s: SimState) -> None:
    sw, g = s.swarm, s.grid
    np.copyto(sw.f2, sw.x)
    np.copyto(sw.f3, sw.y)
    _advance(s)
    cell_of(s, sw.spare)
    _take_flags(g.blocked, sw.spare, sw.b1)
    if s.segments:
        _wall_block(s)
    count = int(np.count_nonzero(sw.b1))
    if count:
        _undo_blocked(s, count)
    sw.cell, sw.spare = sw.spare, sw.cell
    coarse_of(s)


def _friction(s: SimState, count: int) -> None:
    """Healthy bots on a cell that needs work (b1, `count` of them) slow down.

    A few are slowed by index, many by a pass of factors: 1 - friction
    where working, else 1 + -0.0, exactly 1 (either way the same values)."""
    sw, rules = s.swarm, s.spec.swarm
    if count * BY_INDEX_SHARE < sw.n:
        working = np.flatnonzero(sw.b1)
        factor = F32(-rules.work_friction) + ONE
        sw.vx[working] *= factor
        sw.vy[working] *= factor
        return
    np.copyto(sw.f1, sw.b1)
    sw.f1 *= F32(-rules.work_friction)
    sw.f1 += ONE
    sw.vx *= sw.f1
    sw.vy *= sw.f1


def _needy(s: SimState) -> None:
    """b1 = the bots on a cell whose need is above the work threshold. With
    more bots than half the cells, it is compared once per cell and gathered
    as bytes (a float gather and compare per bot cost more), else per bot."""
    sw, g = s.swarm, s.grid
    threshold = F32(s.spec.swarm.work_threshold)
    if 2 * sw.n > g.needy.size:
        np.greater(g.need.ravel(), threshold, out=g.needy)
        _take_flags(g.needy, sw.cell, sw.b1)
        return
    np.take(g.need.ravel(), sw.cell, out=sw.f1, mode="clip")
    np.greater(sw.f1, threshold, out=sw.b1)


def _workers(s: SimState) -> np.ndarray:
    """Indices of bots that change their cell this tick; sets b1 = working."""
    sw = s.swarm
    _needy(s)
    sw.b1 &= sw.healthy
    _friction(s, int(np.count_nonzero(sw.b1)))
    if s.spec.behaviour.chews and sw.glitched_count:
        sw.b1 |= sw.glitched
    return np.flatnonzero(sw.b1)


def work(s: SimState) -> None:
    """Healthy bots repair the cell under them; chewing glitched bots eat it.

    Several bots on one cell count once (the last write wins): a crowd does
    not repair a cell faster than one bot, it repairs more cells.
    """
    sw, g, t = s.swarm, s.grid, s.tuning
    idx = _workers(s)
    if idx.size == 0:
        return
    cells = sw.cell[idx]
    rate = F32(t.repair_rate / TICK_RATE)
    gain: np.ndarray | np.float32 = rate  # every worker is healthy: 1 * rate
    amount = gain
    if s.spec.behaviour.chews:
        gain = sw.is_healthy[idx] * rate
        amount = gain - sw.is_glitched[idx] * F32(t.chew_rate / TICK_RATE)
    integrity = g.integrity.ravel()
    integrity[cells] = np.clip(integrity[cells] + amount, 0.0, 1.0)
    _clear(g.decay.ravel(), cells, gain * F32(s.spec.swarm.decay_clear))
    if g.pigment_start > 0.0:
        _clear(g.pigment.ravel(), cells, gain * F32(s.spec.swarm.decay_clear))


def _clear(
    field: np.ndarray, cells: np.ndarray, amount: np.ndarray | np.float32
) -> None:
    field[cells] = np.maximum(field[cells] - amount, 0.0)


def _pressure(s: SimState) -> None:
    """Mean count of glitched bots over each coarse cell's 3x3 neighbourhood."""
    sw, g = s.swarm, s.grid
    glitched = np.take(sw.coarse, np.flatnonzero(sw.glitched))
    counts = np.bincount(glitched, minlength=g.damage.size)
    np.copyto(g.pressure.ravel(), counts[: g.damage.size], casting="unsafe")
    box3(g.pressure, g.coarse_tmp, g.pressure)


def spread(s: SimState) -> None:
    """Healthy, non-immune bots near glitched ones turn glitched.

    A bot's chance per tick is spread_rate/60 * p / (p + d), p the glitch
    pressure of its coarse cell and d the swarm's mean density per coarse
    cell of tissue (times `pressure_half`): in a crowd each glitched bot
    infects about spread_rate bots a second, however dense the crowd. The
    glitch reaches at most one coarse cell (4 cells) beyond a glitched bot
    per tick.
    """
    sw, g = s.swarm, s.grid
    if sw.glitched_count:
        _pressure(s)
        _chance(s)
        np.take(g.chance.ravel(), sw.coarse, out=sw.f1, mode="clip")
        start = int(s.rng.integers(0, sw.noise.size - sw.n))
        np.less(sw.noise[start : start + sw.n], sw.f1, out=sw.b1)
        sw.b1 &= sw.healthy
        if sw.immune_left > 0.0:
            np.less_equal(sw.immune, F32(0.0), out=sw.b2)
            sw.b1 &= sw.b2
        _infect(s)
    if sw.immune_left > 0.0:  # else every bot's immunity is exactly 0 already
        sw.immune -= ONE
        np.maximum(sw.immune, F32(0.0), out=sw.immune)
        sw.immune_left -= 1.0


def _chance(s: SimState) -> None:
    """`chance` = a healthy bot's chance per tick on each coarse cell,
    p / (p + d) * spread_rate/60, with the per-bot formula's roundings
    (worked out per coarse cell instead of per bot; an unhealthy bot's
    chance, 0, is its mask's)."""
    sw, g = s.swarm, s.grid
    density = (sw.healthy_count + sw.glitched_count) / g.tissue_coarse
    np.add(g.pressure, F32(density * s.spec.swarm.pressure_half + 1e-3), out=g.chance)
    np.divide(g.pressure, g.chance, out=g.chance)
    g.chance *= F32(s.tuning.spread_rate / TICK_RATE)


def _infect(s: SimState) -> None:
    """Healthy bots in b1 turn glitched (hidden for the hidden kind)."""
    sw = s.swarm
    changed = int(np.count_nonzero(sw.b1))
    if not changed:
        return
    code = Bot.HIDDEN if s.spec.behaviour.hidden else Bot.GLITCHED
    if changed * BY_INDEX_SHARE < sw.n:  # a few: by index, the same values
        infected = np.flatnonzero(sw.b1)
        sw.state[infected] = code
        sw.is_healthy[infected] = 0.0
        sw.is_glitched[infected] = 1.0
    else:
        flags = sw.b1.view(np.uint8)
        for _ in range(int(code)):  # HEALTHY is 0: add the new state's code
            sw.state += flags
        np.copyto(sw.f1, sw.b1)
        sw.is_healthy -= sw.f1
        sw.is_glitched += sw.f1
    sw.healthy ^= sw.b1  # every bot in b1 was healthy
    sw.glitched |= sw.b1
    sw.glitched_count += changed
    sw.healthy_count -= changed


def inflame(s: SimState) -> None:
    """Rejection: glitched bots inflame the tissue; inflamed tissue hurts bots."""
    sw, g, kind = s.swarm, s.grid, s.spec.behaviour
    hostile = g.hostile.ravel()
    if sw.glitched_count:
        cells = np.compress(sw.glitched, sw.cell)  # 3x faster than cell[mask]
        hostile[cells] = np.minimum(
            hostile[cells] + F32(kind.hostile_gain / TICK_RATE), 1
        )
    np.take(hostile, sw.cell, out=sw.f1, mode="clip")
    sw.f1 *= F32(kind.hostile_harm / TICK_RATE)
    if sw.still.size:  # else every bot moves: the masks would change nothing
        sw.f1 *= sw.is_moving
    sw.hp -= sw.f1
    np.less_equal(sw.hp, F32(0.0), out=sw.b1)
    if sw.still.size:
        np.logical_or(sw.healthy, sw.glitched, out=sw.b2)  # moving
        sw.b1 &= sw.b2
    if sw.b1.any():
        _die(sw)


def _die(sw: Swarm) -> None:
    """Bots in b1 (all moving) die. Their masks and counts are updated by
    index to what `refresh_masks` would find; the longest immunity left
    stays an upper bound (deaths change no immunity)."""
    dead = np.flatnonzero(sw.b1)
    sw.state[dead] = Bot.DEAD
    sw.healthy_count -= int(np.count_nonzero(sw.healthy[dead]))
    sw.glitched_count -= int(np.count_nonzero(sw.glitched[dead]))
    for mask in (sw.is_healthy, sw.is_glitched, sw.is_moving):
        mask[dead] = 0.0
    sw.healthy[dead] = False
    sw.glitched[dead] = False
    sw.still = np.concatenate((sw.still, dead))


def swarm_step(s: SimState) -> None:
    if s.swarm.dirty:
        refresh_masks(s.swarm)
    steer(s)
    move(s)
    work(s)
    spread(s)
    if s.spec.behaviour.hostile_gain > 0.0:
        inflame(s)
