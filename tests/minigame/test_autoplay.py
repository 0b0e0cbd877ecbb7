"""The autoplayer wins every level within its time; shutdown ends a run."""

from __future__ import annotations

import pytest

from game.core.paths import maps_dir
from game.minigame.autoplay import play
from game.minigame.levels import load_level
from game.minigame.sim import make_state

LEVELS = sorted((maps_dir() / "minigame").glob("*.tmx"))


@pytest.mark.parametrize("path", LEVELS, ids=[p.stem for p in LEVELS])
def test_every_level_is_winnable_within_its_time(path):
    spec = load_level(path)
    result = play(make_state(spec, 1))
    assert result.outcome == "won", (
        f"{spec.name}: {result.reason} at {result.time:.1f}s"
    )
    assert result.time <= spec.tuning.time_limit


def test_a_shutdown_run_yields_the_shutdown_outcome():
    spec = load_level(maps_dir() / "minigame" / "ep4_teach.tmx")
    result = play(make_state(spec, 1), shutdown_at=120)
    assert result.outcome == "shutdown"
    assert result.integrity_history.size == 121  # the start plus one per tick
