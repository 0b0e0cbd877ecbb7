"""A finished run's result says what it was still short of."""

from __future__ import annotations

from game.minigame.sim import make_state, result_of, step
from game.minigame.spec import GlitchSource


def test_a_run_that_times_out_with_glitched_bots_says_so(make_spec):
    spec = make_spec(
        bots=300,
        tuning={"time_limit": 0.5},
        sources=(GlitchSource(160, 90, 20, 40),),
        waves=(),
    )
    state = make_state(spec, 1)
    for _ in range(40):
        step(state)
    result = result_of(state)
    assert result.reason == "time" and "glitched" in result.missing
    assert result.glitched_left > 0


def test_a_won_run_misses_nothing(make_spec):
    state = make_state(make_spec(bots=300, tuning={"time_limit": 5}, waves=()), 1)
    step(state)
    result = result_of(state)
    assert result.outcome == "won" and result.missing == ()
