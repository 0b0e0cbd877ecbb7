"""A level's `crowd_spread` lets a dense swarm spread and stream instead of
settling in clumps on the coarse field's grid (issue 19: episode 3's
emergency level); at 0, its default, the swarm moves exactly as before."""

from __future__ import annotations

import numpy as np

from game.core.paths import maps_dir
from game.minigame.levels import load_level
from game.minigame.rules import load_rules
from game.minigame.sim import make_state, state_hash, step
from game.minigame.spec import GlitchSource, SabotageWave
from game.minigame.state import Bot

TICKS = 150


def crowded_share(s) -> float:
    """Share of the bots standing in 2x2-cell bins that hold four or more."""
    sw = s.swarm
    width = s.grid.shape[1] // 2 + 1
    bins = (sw.y.astype(int) // 2) * width + sw.x.astype(int) // 2
    counts = np.bincount(bins)
    return float(counts[counts >= 4].sum() / counts.sum())


def played(spec, ticks: int = TICKS):
    s = make_state(spec, 5)
    for _ in range(ticks):
        step(s)
    return s


def test_a_dense_swarm_with_crowd_spread_stands_in_fewer_clumps(make_spec):
    clumping = make_spec(kind="rejection", bots=12000)
    spreading = make_spec(kind="rejection", bots=12000, tuning={"crowd_spread": 1.0})
    before, after = crowded_share(played(clumping)), crowded_share(played(spreading))
    assert after < before * 0.7, (before, after)


def test_crowd_spread_is_off_unless_a_level_asks_for_it():
    """Off by default (the recorded replays keep every other level's swarm
    bit for bit); the dense crisis levels of episodes 3 and 4 turn it on."""
    assert load_rules().defaults["crowd_spread"] == 0
    levels = sorted((maps_dir() / "minigame").glob("*.tmx"))
    spreading = [p.stem for p in levels if load_level(p).tuning.crowd_spread > 0]
    assert spreading == ["ep3_crisis", "ep4_crisis"]


def test_the_shared_bin_count_moves_the_swarm_as_a_fresh_count_would(make_spec):
    """The bins and counts of the tissue step serve the crowd_spread push;
    a run that counts afresh every tick (bins marked stale) is the same run,
    through timed glitches, a sabotage wave and still bots."""
    spec = make_spec(
        kind="rejection",
        bots=3000,
        tuning={"crowd_spread": 1.0},
        sources=(GlitchSource(160, 90, 20, 200), GlitchSource(80, 60, 10, 50, 0.5)),
        waves=(SabotageWave(240, 120, 10, 40, 1.0),),
    )
    shared, fresh = make_state(spec, 4), make_state(spec, 4)
    for s in (shared, fresh):  # still bots among the moving ones
        s.swarm.state[:500] = Bot.DEAD
        s.swarm.dirty = True
    for _ in range(120):
        step(shared)
        fresh.swarm.bins_fresh = False
        step(fresh)
    assert state_hash(shared) == state_hash(fresh)
