"""Each mechanic of the simulation in isolation, and determinism."""

from __future__ import annotations

import numpy as np

from game.minigame.sim import Commands, make_state, state_hash, step
from game.minigame.spec import CavitySeed, GlitchSource
from game.minigame.state import Bot, Outcome
from game.minigame.swarm import cell_of, coarse_of, refresh_masks


def _place(s, x, y, state=Bot.HEALTHY):
    """Put every bot at (x, y) (arrays or scalars) in `state`, at rest."""
    sw = s.swarm
    sw.x[:] = x
    sw.y[:] = y
    sw.vx[:] = 0
    sw.vy[:] = 0
    sw.state[:] = state
    cell_of(s, sw.cell)
    coarse_of(s)
    refresh_masks(sw)


def test_decay_spreads_from_a_cavity_seed(make_spec):
    s = make_state(make_spec(bots=100, tuning={"decay_rate": 3.0}), 1)
    _place(s, 20.0, 20.0, Bot.STOPPED)  # nobody repairs
    s.grid.decay[:] = 0
    s.grid.decay[90, 160] = 1.0
    for _ in range(240):
        step(s)
    assert (s.grid.decay > 0.1).sum() > 20
    assert s.grid.integrity[90, 160] < 1.0


def _distance_after(spec, ticks=600):
    s = make_state(spec, 2)
    _place(s, 150.0, np.linspace(40, 140, s.swarm.n, dtype=np.float32))
    for _ in range(ticks):
        step(s)
    return float(np.hypot(s.swarm.x - 220, s.swarm.y - 90).mean())


def test_healthy_bots_climb_the_damage_gradient(make_spec):
    drawn = _distance_after(make_spec(bots=200, seeds=(CavitySeed(220, 90, 12),)))
    free = _distance_after(make_spec(bots=200))
    assert drawn < free * 0.8


def test_repairs_raise_integrity(make_spec):
    s = make_state(make_spec(bots=400, tuning={"repair_rate": 1.0}), 3)
    s.grid.integrity[80:100, 150:170] = 0.2
    _place(s, 160.0, 90.0)
    before = s.grid.integrity[80:100, 150:170].mean()
    for _ in range(300):
        step(s)
    assert s.grid.integrity[80:100, 150:170].mean() > before + 0.1


def test_glitch_spreads_only_by_proximity(make_spec):
    s = make_state(
        make_spec(bots=400, tuning={"spread_rate": 20.0, "bot_speed": 1.0}), 4
    )
    xs = np.where(np.arange(400) < 200, 60.0, 260.0).astype(np.float32)
    _place(s, xs, 90.0)
    s.swarm.state[:10] = Bot.GLITCHED  # ten glitched among the left group
    refresh_masks(s.swarm)
    for _ in range(60):
        step(s)
    left, right = s.swarm.state[:200], s.swarm.state[200:]
    assert (left == Bot.GLITCHED).sum() > 50
    assert (right == Bot.GLITCHED).sum() == 0


def test_pulse_reprograms_only_inside_its_radius(make_spec):
    s = make_state(make_spec(bots=200, tuning={"spread_rate": 0.0}), 5)
    xs = np.where(np.arange(200) < 100, 100.0, 200.0).astype(np.float32)
    _place(s, xs, 90.0, Bot.GLITCHED)
    for _ in range(30):
        step(s, Commands(100.0, 90.0, pulse=True))
    step(s, Commands(100.0, 90.0, pulse=False))
    states = s.swarm.state
    assert (states[:100] == Bot.HEALTHY).all()
    assert (states[100:] == Bot.GLITCHED).all()


def test_firewall_blocks_glitched_bots(make_spec):
    tuning = {"spread_rate": 0.0, "firewall_length": 200.0}
    s = make_state(make_spec("network", bots=300, tuning=tuning), 6)
    _place(s, 150.0, 90.0, Bot.GLITCHED)
    step(s, Commands(firewall=(170.0, 10.0, 170.0, 170.0)))
    for _ in range(600):
        step(s)
    assert s.swarm.x.max() < 170.0


def test_healthy_bots_pass_firewalls(make_spec):
    tuning = {"firewall_length": 200.0}
    s = make_state(
        make_spec(bots=300, tuning=tuning, seeds=(CavitySeed(260, 90, 15),)), 6
    )
    _place(s, 150.0, 90.0)
    step(s, Commands(firewall=(170.0, 10.0, 170.0, 170.0)))
    for _ in range(600):
        step(s)
    assert s.swarm.x.max() > 180.0


def test_scan_reveals_hidden_glitches_in_its_radius(make_spec):
    s = make_state(make_spec("hidden", bots=100, tuning={"spread_rate": 0.0}), 7)
    xs = np.where(np.arange(100) < 50, 100.0, 250.0).astype(np.float32)
    _place(s, xs, 90.0, Bot.HIDDEN)
    step(s, Commands(100.0, 90.0, scan=True))
    assert (s.swarm.state[:50] == Bot.GLITCHED).all()
    assert (s.swarm.state[50:] == Bot.HIDDEN).all()


def test_shutdown_stops_everything_and_ends_the_level(make_spec):
    s = make_state(make_spec(bots=300, sources=(GlitchSource(160, 90, 10, 30),)), 8)
    for _ in range(10):
        step(s)
    step(s, Commands(shutdown=True))
    x = s.swarm.x.copy()
    for _ in range(30):
        step(s)
    assert s.vitals.outcome is Outcome.SHUTDOWN
    assert (s.swarm.state[:300] == Bot.STOPPED).all()
    assert np.array_equal(x, s.swarm.x)


def test_same_seed_and_commands_give_the_same_hash(make_spec):
    spec = make_spec(
        bots=800,
        seeds=(CavitySeed(100, 60, 8),),
        sources=(GlitchSource(200, 90, 10, 40),),
    )
    commands = [
        Commands(200.0, 90.0, pulse=i % 50 < 30, scan=i == 77) for i in range(240)
    ]

    def run(seed):
        s = make_state(spec, seed)
        for cmd in commands:
            step(s, cmd)
        return state_hash(s)

    assert run(11) == run(11)
    assert run(11) != run(12)


def test_a_glitch_disc_holds_exactly_the_tissue_cells_within_its_radius(make_spec):
    from game.minigame.sim import _disc_cells

    s = make_state(make_spec(bots=10), 1)
    h, w = s.grid.shape
    yy, xx = np.mgrid[0:h, 0:w]
    discs = ((160.5, 90.2, 12.0), (3.0, 4.0, 9.0), (10.0, 10.0, 4.0), (160, 90, 0.3))
    for x, y, radius in discs:
        near = (xx - x) ** 2 + (yy - y) ** 2 <= max(radius, 1.0) ** 2
        expected = np.flatnonzero(near & (s.grid.kind != 0))
        assert np.array_equal(_disc_cells(s, x, y, radius), expected)
