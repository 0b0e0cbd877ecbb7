"""Mutated recordings are refused by name, or they play without an error."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from game.app import run
from game.core.options import LaunchOptions
from game.input.replay import ReplayError, load_recording

WALK = next((Path(__file__).parents[1] / "fixtures" / "replays").glob("*.json"))
GOOD = json.loads(WALK.read_text(encoding="utf-8"))
CASES = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
hostile = st.sampled_from(
    [
        -1,
        2**70,
        1e308,
        "x",
        None,
        [],
        {},
        [[0, {"held": ["fly"]}]],
        [[0, {"pointer": [1e308, 0]}]],
        [[0, {"stick": [5, 5]}]],
        [[10**9, {"held": []}]],
        [[0, {"teleport": True}]],
        [[0, [1, 2]]],
    ]
)


def plays_or_is_refused(tmp_path: Path, data: object) -> None:
    path = tmp_path / "walk.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    try:
        load_recording(path)
    except ReplayError as error:
        assert "walk.json" in str(error)
        return
    options = LaunchOptions(replay=path, frames=20, mute=True)
    assert run(options) == 0


@CASES
@given(st.sampled_from(["format", "seed", "ticks", "events"]), hostile)
def test_a_recording_with_any_field_replaced_plays_or_is_refused(
    tmp_path_factory, key, value
):
    data = dict(GOOD)
    data[key] = value
    plays_or_is_refused(tmp_path_factory.mktemp("replay"), data)


def test_an_unknown_action_is_refused_by_name(tmp_path):
    data = dict(GOOD, events=[[0, {"held": ["fly"]}]])
    path = tmp_path / "walk.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ReplayError, match="fly"):
        load_recording(path)


def test_the_real_recording_still_plays(tmp_path):
    plays_or_is_refused(tmp_path, GOOD)
    assert load_recording(WALK).ticks == GOOD["ticks"]
