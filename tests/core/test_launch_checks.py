"""A command line that cannot start the game gets one line and exit status 2."""

from __future__ import annotations

from pathlib import Path

import pytest

from game.app import run
from game.core.options import LaunchOptions
from game.core.paths import maps_dir
from game.launch_checks import USAGE_EXIT

LOBBY = maps_dir() / "ep1" / "lobby.tmx"


def refused(options: LaunchOptions, capsys) -> str:
    assert run(options) == USAGE_EXIT
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0, err
    assert err.startswith("smile-protocol: ")
    return err


def test_an_episode_still_in_production_is_refused_with_the_playable_ones(
    capsys, monkeypatch
):
    import dataclasses

    import game.launch_checks as checks

    real = checks.load_episodes()
    unmade = dataclasses.replace(real[2], start_map="maps/ep3/not_drawn_yet.tmx")
    listed = (*real[:2], unmade, *real[3:])
    monkeypatch.setattr(checks, "load_episodes", lambda: listed)
    monkeypatch.setattr(checks, "episode", lambda n: listed[n - 1])
    err = refused(LaunchOptions(episode=3, mute=True), capsys)
    assert "episode 3 is not playable yet (playable: 1" in err
    assert ", 3" not in err


def test_an_unknown_spawn_is_refused_with_the_maps_spawns(capsys):
    err = refused(LaunchOptions(map=LOBBY, at="nowhere", mute=True), capsys)
    assert "no spawn or object 'nowhere'" in err and "start" in err


def test_a_missing_level_is_refused(capsys):
    err = refused(LaunchOptions(level=Path("no/such/level.tmx"), mute=True), capsys)
    assert "no minigame level at no/such/level.tmx" in err


def test_a_missing_map_is_refused(capsys):
    err = refused(LaunchOptions(map=Path("maps/ep1/gone.tmx"), mute=True), capsys)
    assert "no map at maps/ep1/gone.tmx" in err


def test_a_missing_recording_is_refused(capsys):
    err = refused(LaunchOptions(replay=Path("nothing.json"), mute=True), capsys)
    assert "no recording at nothing.json" in err


@pytest.mark.parametrize("text", ["", "{not json", '{"format": 99}', "[1, 2]"])
def test_a_broken_recording_is_refused(tmp_path, capsys, text):
    path = tmp_path / "walk.json"
    path.write_text(text, encoding="utf-8")
    err = refused(LaunchOptions(replay=path, mute=True), capsys)
    assert "cannot replay it" in err


def test_a_broken_level_is_refused_with_its_first_problem(tmp_path, capsys):
    path = tmp_path / "broken.tmx"
    path.write_text("<map", encoding="utf-8")
    err = refused(LaunchOptions(level=path, mute=True), capsys)
    assert "the level cannot be played" in err


def test_a_good_map_and_object_id_start(capsys):
    assert run(LaunchOptions(map=LOBBY, at="start", frames=2, mute=True)) == 0


def test_an_unknown_locale_is_refused_with_the_known_ones(capsys):
    err = refused(LaunchOptions(locale="xx", mute=True), capsys)
    assert "no locale 'xx' (known: en, " in err and "pseudo" in err


def test_the_pseudo_locale_and_the_source_language_are_accepted():
    from game.launch_checks import launch_problem

    assert launch_problem(LaunchOptions(locale="pseudo")) is None
    assert launch_problem(LaunchOptions(locale="en")) is None
