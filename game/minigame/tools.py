"""The player's tools, applied from one tick's Commands.

Pulse: hold to charge (radius grows from min to max over the charge time),
release to reprogram the visible glitched bots inside the radius; it costs
energy in proportion to its radius, and a pulse the energy cannot pay for
shrinks. Firewall: a segment glitched bots cannot cross. Scan: reveals
hidden glitches in a radius. Shutdown: stops every bot and ends the level.
Positions arrive in view cells (the current feed's screen) and are moved to
the level's cells here.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from game.minigame.state import F32, TICK_RATE, Bot, Outcome, SimState

WALL_HALF_WIDTH = 1  # cells either side of a firewall's centre line


@dataclass(frozen=True)
class Commands:
    """What the player does during one tick.

    x, y      -- reticle in view cells (0..320, 0..180) of the current feed
    pulse     -- the pulse button is held (release fires)
    firewall  -- a segment (x0, y0, x1, y1) in view cells to place, or None
    scan      -- scan at the reticle
    shutdown  -- stop every bot now (the scene asks for confirmation first)
    feed_step -- +1 / -1 to switch patient feed, 0 to stay
    """

    x: float = 160.0
    y: float = 90.0
    pulse: bool = False
    firewall: tuple[float, float, float, float] | None = None
    scan: bool = False
    shutdown: bool = False
    feed_step: int = 0


IDLE_COMMANDS = Commands()


def feed_origin(s: SimState) -> tuple[int, int]:
    feed = s.spec.all_feeds()[s.vitals.feed]
    return feed.x, feed.y


def pulse_radius(s: SimState) -> float:
    """The radius the pulse would have if released now (before energy)."""
    t = s.tuning
    share = min(s.vitals.charge / max(t.pulse_charge_time, 1e-6), 1.0)
    return t.pulse_radius_min + (t.pulse_radius_max - t.pulse_radius_min) * share


def _within(s: SimState, x: float, y: float, radius: float, state: Bot) -> np.ndarray:
    """b1 = bots of `state` in the current feed within `radius` of (x, y)."""
    sw = s.swarm
    np.subtract(sw.x, F32(x), out=sw.f1)
    sw.f1 *= sw.f1
    np.subtract(sw.y, F32(y), out=sw.f2)
    sw.f2 *= sw.f2
    sw.f1 += sw.f2
    np.less_equal(sw.f1, F32(radius * radius), out=sw.b1)
    np.equal(sw.state, state, out=sw.b2)
    sw.b1 &= sw.b2
    np.equal(sw.feed, s.vitals.feed, out=sw.b2)
    sw.b1 &= sw.b2
    return sw.b1


def fire_pulse(s: SimState, x: float, y: float) -> int:
    """Release a charged pulse at view cell (x, y); returns bots reprogrammed."""
    t, v = s.tuning, s.vitals
    radius = pulse_radius(s)
    cost = t.pulse_cost * radius / max(t.pulse_radius_max, 1e-6)
    if cost > v.energy:
        radius *= v.energy / cost
        cost = v.energy
    v.charge, v.charging = 0.0, False
    ox, oy = feed_origin(s)
    if radius < t.pulse_radius_min * 0.5:
        s.emit("fizzle", x, y, radius)
        return 0
    v.energy -= cost
    hit = _within(s, x + ox, y + oy, radius, Bot.GLITCHED)
    np.copyto(s.swarm.state, np.uint8(Bot.HEALTHY), where=hit)
    s.swarm.dirty = True
    np.copyto(s.swarm.immune, F32(t.immunity_time * TICK_RATE), where=hit)
    s.emit("pulse", x, y, radius)
    return int(np.count_nonzero(hit))


def scan(s: SimState, x: float, y: float) -> int:
    """Reveal hidden glitches around view cell (x, y); returns how many."""
    t, v = s.tuning, s.vitals
    if v.energy < t.scan_cost:
        s.emit("fizzle", x, y, t.scan_radius)
        return 0
    v.energy -= t.scan_cost
    ox, oy = feed_origin(s)
    found = _within(s, x + ox, y + oy, t.scan_radius, Bot.HIDDEN)
    np.copyto(s.swarm.state, np.uint8(Bot.GLITCHED), where=found)
    s.swarm.dirty = True
    s.emit("scan", x, y, t.scan_radius)
    return int(np.count_nonzero(found))


def _clamped(s: SimState, seg: tuple[float, float, float, float]) -> tuple[float, ...]:
    x0, y0, x1, y1 = seg
    length = math.hypot(x1 - x0, y1 - y0)
    limit = s.tuning.firewall_length
    if length > limit:
        x1 = x0 + (x1 - x0) * limit / length
        y1 = y0 + (y1 - y0) * limit / length
    return x0, y0, x1, y1


def place_firewall(s: SimState, seg: tuple[float, float, float, float]) -> bool:
    """Raster a firewall segment (view cells) into the wall grid."""
    v, g = s.vitals, s.grid
    if v.firewalls_left <= 0:
        s.emit("fizzle", seg[0], seg[1], 0.0)
        return False
    v.firewalls_left -= 1
    ox, oy = feed_origin(s)
    x0, y0, x1, y1 = _clamped(s, seg)
    steps = max(int(math.hypot(x1 - x0, y1 - y0) * 2), 1)
    h, w = g.shape
    ident = np.uint8(len(s.segments) + 1)
    for i in range(steps + 1):  # a short segment: at most a few dozen stamps
        cx = int(ox + x0 + (x1 - x0) * i / steps)
        cy = int(oy + y0 + (y1 - y0) * i / steps)
        rows = slice(max(cy - WALL_HALF_WIDTH, 0), min(cy + WALL_HALF_WIDTH + 1, h))
        cols = slice(max(cx - WALL_HALF_WIDTH, 0), min(cx + WALL_HALF_WIDTH + 1, w))
        g.wall[rows, cols] = ident
    np.greater(g.wall.ravel(), 0, out=g.walled)
    s.segments.append((x0 + ox, y0 + oy, x1 + ox, y1 + oy))
    s.emit("firewall", x0, y0, 0.0)
    return True


def shutdown(s: SimState) -> None:
    """Stop every moving bot; the level ends stabilised but incomplete."""
    sw = s.swarm
    np.less_equal(sw.state, Bot.HIDDEN, out=sw.b1)
    np.copyto(sw.state, np.uint8(Bot.STOPPED), where=sw.b1)
    sw.dirty = True
    sw.vx.fill(0.0)
    sw.vy.fill(0.0)
    s.vitals.outcome = Outcome.SHUTDOWN
    s.vitals.reason = "shutdown"
    s.emit("shutdown")


def switch_feed(s: SimState, step: int) -> None:
    count = len(s.spec.all_feeds())
    s.vitals.feed = (s.vitals.feed + step) % count
    s.vitals.charge, s.vitals.charging = 0.0, False
    s.emit("feed")


def _pulse_button(s: SimState, cmd: Commands) -> None:
    v = s.vitals
    if cmd.pulse:
        v.charging = True
        v.charge += 1.0 / TICK_RATE
    elif v.charging:
        fire_pulse(s, cmd.x, cmd.y)


def apply_commands(s: SimState, cmd: Commands) -> None:
    """Apply one tick of player commands (shutdown wins over everything)."""
    if cmd.shutdown:
        shutdown(s)
        return
    if cmd.feed_step:
        switch_feed(s, cmd.feed_step)
    _pulse_button(s, cmd)
    if cmd.firewall is not None:
        place_firewall(s, cmd.firewall)
    if cmd.scan:
        scan(s, cmd.x, cmd.y)
    t, v = s.tuning, s.vitals
    v.energy = min(v.energy + t.pulse_recharge / TICK_RATE, t.pulse_energy)
