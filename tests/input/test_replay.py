import json

import pytest

from game.input.actions import Action, ActionState
from game.input.replay import Recorder, ReplayError, load_recording

UP = frozenset({Action.UP})


def test_a_recording_plays_back_the_same_states(tmp_path):
    states = [
        ActionState(),
        ActionState(held=UP, pressed=UP, pointer=(3, 4)),
        ActionState(held=UP, pointer=(3, 4)),
        ActionState(released=UP, pointer=(3, 4), stick=(0.5, -0.25)),
        ActionState(pointer=(3, 4)),
    ]
    recorder = Recorder(seed=7)
    for state in states:
        recorder.record(state)
    recorder.save(tmp_path / "run.json")
    player = load_recording(tmp_path / "run.json")
    assert player.seed == 7
    assert [player.take() for _ in states] == states


def test_a_recording_stores_only_the_ticks_that_change():
    recorder = Recorder(seed=1)
    for _ in range(100):
        recorder.record(ActionState(held=UP))
    assert len(recorder.events) == 1


def test_playback_is_idle_after_the_end(tmp_path):
    recorder = Recorder(seed=1)
    recorder.record(ActionState(pressed=UP, held=UP))
    recorder.save(tmp_path / "r.json")
    player = load_recording(tmp_path / "r.json")
    player.take()
    assert player.finished
    assert player.take().pressed == frozenset()


def test_a_broken_recording_names_its_file(tmp_path):
    path = tmp_path / "bad.json"
    path.write_text(
        json.dumps(
            {"format": 1, "seed": 1, "ticks": 2, "events": [[0, {"held": ["fly"]}]]}
        )
    )
    with pytest.raises(ReplayError, match=r"bad\.json"):
        load_recording(path)


def test_a_recording_keeps_the_snapshot_it_starts_from(tmp_path):
    recorder = Recorder(seed=2, start={"map": "maps/ep1/lobby.tmx"})
    recorder.record(ActionState())
    recorder.save(tmp_path / "here.json")
    assert load_recording(tmp_path / "here.json").start == {"map": "maps/ep1/lobby.tmx"}
    plain = Recorder(seed=2)
    plain.save(tmp_path / "plain.json")
    assert "start" not in json.loads((tmp_path / "plain.json").read_text())
    assert load_recording(tmp_path / "plain.json").start is None


def test_a_start_that_is_not_an_object_is_refused(tmp_path):
    path = tmp_path / "bad.json"
    data = {"format": 1, "seed": 1, "ticks": 0, "events": [], "start": [1]}
    path.write_text(json.dumps(data))
    with pytest.raises(ReplayError, match="start"):
        load_recording(path)
