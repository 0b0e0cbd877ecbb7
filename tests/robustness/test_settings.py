"""Hostile settings files never stop the game: bad values fall back to the
defaults with a notice, unreadable files are set aside, unwritable folders
are reported."""

from __future__ import annotations

import json
import math
import os
import stat

import pygame
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from game.save.settings import default_settings, load_settings, save_settings
from game.scenes.settings_menu import SettingsScene
from game.tools.screens import headless_context

CASES = settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
NAMES = sorted(default_settings().to_dict())
hostile = st.sampled_from(
    [1e308, -1e308, 2**70, -1, 0, 1e-320, "loud", None, [], {}, True, [1, [2]]]
)


def write(path, data) -> None:
    text = json.dumps(data) if not isinstance(data, str) else data
    path.write_text(text, encoding="utf-8")


@CASES
@given(st.sampled_from(NAMES), hostile)
def test_any_setting_with_any_value_loads_in_range(tmp_path_factory, name, value):
    path = tmp_path_factory.mktemp("config") / "settings.json"
    write(path, {name: value})
    loaded, _notes = load_settings(path)
    for key, number in loaded.to_dict().items():
        if isinstance(number, float):
            assert math.isfinite(number), key
    assert 0 <= loaded.music_volume <= 1 and 0 <= loaded.scale <= 16


def test_a_value_out_of_range_is_named_and_the_default_kept(tmp_path):
    path = tmp_path / "settings.json"
    write(path, {"music_volume": 40, "text_speed": 20})
    loaded, notes = load_settings(path)
    assert loaded.music_volume == default_settings().music_volume
    assert loaded.text_speed == 20
    assert any("music_volume must be between 0 and 1" in n for n in notes)


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("[" * 100_000 + "]" * 100_000, "nested"),
        ('{"a": "' + "x" * 400_000 + '"}', "larger than"),
        ("NaN", "top level"),
        ("\xff\xfe", ""),
    ],
)
def test_an_unreadable_file_is_set_aside_with_a_notice(tmp_path, text, why):
    path = tmp_path / "settings.json"
    path.write_text(text, encoding="latin-1")
    loaded, notes = load_settings(path)
    assert loaded == default_settings()
    assert len(notes) == 1 and "settings.json" in notes[0]
    assert list(tmp_path.glob("settings.json.broken-*"))


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_fifo_in_place_of_the_file_is_not_read(tmp_path):
    path = tmp_path / "settings.json"
    os.mkfifo(path)
    loaded, notes = load_settings(path)
    assert loaded == default_settings()
    assert "not a regular file" in notes[0]


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write anywhere")
def test_an_unwritable_folder_gives_a_notice(tmp_path):
    folder = tmp_path / "config"
    folder.mkdir()
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        notice = save_settings(default_settings(), folder / "settings.json")
    finally:
        folder.chmod(stat.S_IRWXU)
    assert notice is not None and "could not be saved" in notice


def test_a_path_that_cannot_be_a_folder_gives_a_notice(tmp_path):
    blocker = tmp_path / "config"
    blocker.write_text("a file where the folder should be")
    notice = save_settings(default_settings(), blocker / "settings.json")
    assert notice is not None and "could not be saved" in notice


def test_the_settings_screen_opens_with_settings_from_a_hostile_file(tmp_path):
    path = tmp_path / "settings.json"
    write(path, {"music_volume": 1e308, "scale": -3, "text_speed": "fast"})
    loaded, _notes = load_settings(path)
    ctx = headless_context(seed=1, settings=loaded)
    try:
        ctx.stack.replace_all(SettingsScene(ctx))
        ctx.stack.apply_requests()
        ctx.stack.draw(pygame.display.get_surface(), 1.0)
    finally:
        pygame.display.quit()
