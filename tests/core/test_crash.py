"""A bug that stops the game leaves a crash report and a replay of the run."""

from __future__ import annotations

import pytest

from game.app import CRASH_EXIT, run
from game.core.options import LaunchOptions
from game.input.replay import load_recording
from game.scenes.title import TitleScene


@pytest.fixture
def data(tmp_path, monkeypatch):
    folder = tmp_path / "data"
    monkeypatch.setenv("SMILE_PROTOCOL_DATA_DIR", str(folder))
    monkeypatch.setenv("SMILE_PROTOCOL_CONFIG_DIR", str(tmp_path / "config"))
    return folder


@pytest.fixture
def buggy_title(monkeypatch):
    calls = {"n": 0}

    def update(self, actions, dt):
        calls["n"] += 1
        if calls["n"] == 5:
            raise RuntimeError("a deliberate bug on the fifth tick")

    monkeypatch.setattr(TitleScene, "update", update)


def test_a_crash_exits_with_the_internal_error_status(data, buggy_title):
    assert run(LaunchOptions(frames=30, mute=True, seed=77)) == CRASH_EXIT


def test_the_report_names_the_version_seed_and_the_bug(data, buggy_title):
    run(LaunchOptions(frames=30, mute=True, seed=77))
    (report,) = (data / "crashes").glob("crash-*.txt")
    text = report.read_text("utf-8")
    assert "seed: 77" in text
    assert "version: " in text
    assert "RuntimeError: a deliberate bug on the fifth tick" in text
    assert "--replay" in text


def test_the_saved_replay_repeats_the_run_with_its_seed(data, buggy_title):
    run(LaunchOptions(frames=30, mute=True, seed=77))
    (replay,) = (data / "crashes").glob("crash-*.replay.json")
    player = load_recording(replay)
    assert player.seed == 77
    assert player.ticks == 5  # up to and including the tick that failed


def test_the_player_is_told_where_the_report_is(data, buggy_title, capsys):
    run(LaunchOptions(frames=30, mute=True, seed=77))
    assert str(data / "crashes") in capsys.readouterr().err


def test_a_run_without_a_bug_writes_no_report(data):
    assert run(LaunchOptions(frames=10, mute=True, seed=77)) == 0
    assert not (data / "crashes").exists()
