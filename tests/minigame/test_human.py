"""The human-model player: late, a little off target, sometimes distracted."""

from __future__ import annotations

import math
from dataclasses import replace

import numpy as np

from game.minigame.human import HumanPlayer, load_model, play_human
from game.minigame.sim import make_state, state_hash, step
from game.minigame.spec import GlitchSource


def level(make_spec):
    return make_spec(bots=400, sources=(GlitchSource(160, 90, 30, 60),))


def test_the_model_is_read_from_its_data_file():
    model = load_model()
    assert model.reaction_ticks > 0 and model.aim_error_cells > 0
    assert model.lapse_ticks[0] <= model.lapse_ticks[1]


def test_the_same_seed_plays_the_same_game(make_spec):
    model = load_model()
    hashes = []
    for _ in range(2):
        state = make_state(level(make_spec), 5)
        player = HumanPlayer(state, model, np.random.default_rng(5))
        for _tick in range(240):
            step(state, player.commands())
        hashes.append(state_hash(state))
    assert hashes[0] == hashes[1]


def test_nothing_is_pressed_before_the_reaction_time_has_passed(make_spec):
    model = replace(load_model(), lapses_per_minute=0.0)
    state = make_state(level(make_spec), 1)
    player = HumanPlayer(state, model, np.random.default_rng(1))
    early = []
    for _tick in range(model.reaction_ticks):
        cmd = player.commands()
        early.append(cmd.pulse or cmd.scan or cmd.firewall is not None)
        step(state, cmd)
    assert not any(early)


def test_the_aim_lands_within_the_models_error_of_the_target(make_spec):
    model = replace(load_model(), reaction_ticks=0, lapses_per_minute=0.0)
    state = make_state(level(make_spec), 2)
    player = HumanPlayer(state, model, np.random.default_rng(2))
    for _tick in range(120):
        cmd = player.commands()
        assert player.aimed_at is not None
        assert math.dist((cmd.x, cmd.y), player.aimed_at) <= model.aim_error_cells
        step(state, cmd)


def test_a_player_who_always_looks_away_presses_nothing(make_spec):
    model = replace(load_model(), reaction_ticks=0, lapses_per_minute=3600.0 * 60)
    state = make_state(level(make_spec), 3)
    player = HumanPlayer(state, model, np.random.default_rng(3))
    pressed = []
    for _tick in range(200):
        cmd = player.commands()
        pressed.append(cmd.pulse or cmd.scan or cmd.firewall is not None)
        step(state, cmd)
    assert not any(pressed)


def test_a_played_level_ends_with_a_result(make_spec):
    spec = make_spec(bots=300, tuning={"time_limit": 5})
    result = play_human(make_state(spec, 4), load_model(), np.random.default_rng(4))
    assert result.outcome in {"won", "lost"}
    assert result.time <= 5.0 + 1 / 60


def test_a_feed_switch_is_pressed_once_until_it_shows(make_spec):
    from game.minigame.spec import PatientFeed

    one = make_spec(bots=400, sources=(GlitchSource(480, 90, 30, 60),))
    spec = replace(
        one,
        tissue=np.hstack([one.tissue, one.tissue]),
        pigment=np.hstack([one.pigment, one.pigment]),
        feeds=(PatientFeed("A", 0, 0), PatientFeed("B", 320, 0)),
    )
    model = replace(load_model(), lapses_per_minute=0.0)
    state = make_state(spec, 6)
    player = HumanPlayer(state, model, np.random.default_rng(6))
    switches = 0
    for _tick in range(model.reaction_ticks + 30):
        cmd = player.commands()
        switches += cmd.feed_step != 0
        step(state, cmd)
    assert switches == 1 and state.vitals.feed == 1
