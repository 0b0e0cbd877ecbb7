"""The patient and the clock: integrity, stress, heart rate, win and loss.

Stress follows a target set by the glitch kind ("share": how many bots are
glitched; "pulp": glitched bots on the pulp hurt most; "heart": the heart
rate, which also runs the level's clock as a budget of beats). A level is
won when integrity reaches its target with no glitched bot left and every
scheduled event has happened; lost when stress reaches its limit, integrity
falls below its floor, or the time (or the heart's beats) runs out.
"""

from __future__ import annotations

import numpy as np

from game.minigame.state import TICK_RATE, Outcome, SimState

STRESS_SCALE = 100.0
PULP_WEIGHT = 6.0  # a glitched bot on the pulp hurts this many times more
HOSTILE_WEIGHT = 12.0


def measure(s: SimState) -> None:
    sw, g, v = s.swarm, s.grid, s.vitals
    v.integrity = float(np.vdot(g.integrity.ravel(), g.tooth.ravel())) / g.tooth_cells
    v.glitched = sw.glitched_count
    v.active = sw.glitched_count + sw.healthy_count
    if g.pigment_start > 0.0:
        v.pigment_left = float(g.pigment.sum()) / g.pigment_start
    if s.feed_glitched.size > 1 and sw.glitched_count:
        # a count of the glitched bots' feeds: the same integers as summing
        # in_feed * is_glitched, reading only the glitched bots (compress:
        # the same array as feed[glitched], several times faster)
        feeds = np.compress(sw.glitched, sw.feed)
        counts = np.bincount(feeds, minlength=s.feed_glitched.size)
        s.feed_glitched[:] = counts[: s.feed_glitched.size]
    else:
        s.feed_glitched[:] = 0.0
        s.feed_glitched[0] = v.glitched


def _share(s: SimState) -> float:
    return s.vitals.glitched / max(s.vitals.active, 1)


def _pulp_share(s: SimState) -> float:
    sw = s.swarm
    if not sw.glitched_count:
        return 0.0
    on_pulp = float(s.grid.pulp.ravel()[np.compress(sw.glitched, sw.cell)].sum())
    return on_pulp / max(s.vitals.active, 1)


def _heart(s: SimState) -> float:
    """Update heart rate and beats; return stress as the rate's share of its range."""
    t, v = s.tuning, s.vitals
    hostile = float(s.grid.hostile.mean())
    load = min(t.stress_gain * (_share(s) + HOSTILE_WEIGHT * hostile), 1.0)
    target = t.heart_rate_base + (t.heart_rate_limit - t.heart_rate_base) * load
    v.heart_rate += (target - v.heart_rate) * s.spec.swarm.stress_response
    v.beats_left -= v.heart_rate / 60.0 / TICK_RATE
    span = max(t.heart_rate_limit - t.heart_rate_base, 1e-6)
    return STRESS_SCALE * (v.heart_rate - t.heart_rate_base) / span


def update_stress(s: SimState) -> None:
    t, v, model = s.tuning, s.vitals, s.spec.behaviour.stress
    if model == "heart":
        v.stress = max(_heart(s), 0.0)
    else:
        load = _share(s)
        if model == "pulp":
            load = 0.5 * load + PULP_WEIGHT * _pulp_share(s)
        target = STRESS_SCALE * min(t.stress_gain * load, 1.5)
        v.stress += (target - v.stress) * s.spec.swarm.stress_response
    v.peak_stress = max(v.peak_stress, v.stress)


def _lost_reason(s: SimState) -> str:
    t, v = s.tuning, s.vitals
    if v.stress >= t.stress_limit:
        return "stress"
    if v.integrity < t.integrity_floor:
        return "integrity"
    if s.spec.behaviour.stress == "heart" and v.beats_left <= 0.0:
        return "heart"
    if v.tick >= v.max_ticks:
        return "time"
    return ""


def _won(s: SimState) -> bool:
    t, v = s.tuning, s.vitals
    return (
        v.glitched == 0
        and v.integrity >= t.integrity_target
        and v.next_event >= len(s.schedule)
        and (s.grid.pigment_start == 0.0 or v.pigment_left <= t.pigment_target)
    )


def check_end(s: SimState) -> None:
    v = s.vitals
    reason = _lost_reason(s)
    if reason:
        v.outcome, v.reason = Outcome.LOST, reason
        s.emit("lost")
    elif _won(s):
        v.outcome, v.reason = Outcome.WON, "won"
        s.emit("won")


def record(s: SimState) -> None:
    v = s.vitals
    i = min(v.tick, s.history_integrity.size - 1)
    s.history_integrity[i] = v.integrity
    s.history_stress[i] = v.stress
