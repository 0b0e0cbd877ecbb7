"""Mixer plays under the dummy driver, stays silent and safe without a device,
and applies the player's volumes."""

from __future__ import annotations

import logging
from types import SimpleNamespace

import pygame
import pytest

from game.audio import mixer as mixer_module
from game.audio.catalog import music_names, sound_names
from game.audio.crossfade import crossfade_seconds
from game.audio.mixer import MUSIC_CHANNELS, Mixer, NullMixer


def _settings(
    music: float = 0.6, effects: float = 0.8, master: float = 1.0, muted: bool = False
) -> SimpleNamespace:
    return SimpleNamespace(
        music_volume=music, effects_volume=effects, master_volume=master, muted=muted
    )


def _busy_levels() -> list[float]:
    """The volumes of the effect channels that are playing."""
    return [
        pygame.mixer.Channel(i).get_volume()
        for i in range(MUSIC_CHANNELS, pygame.mixer.get_num_channels())
        if pygame.mixer.Channel(i).get_busy()
    ]


def _music_levels() -> list[float]:
    """The volumes of the music channels that are playing."""
    return [
        pygame.mixer.Channel(i).get_volume()
        for i in range(MUSIC_CHANNELS)
        if pygame.mixer.Channel(i).get_busy()
    ]


@pytest.fixture(autouse=True)
def fresh_mixer():
    pygame.mixer.quit()
    yield
    pygame.mixer.quit()


@pytest.fixture
def no_device(monkeypatch):
    def refuse(*args, **kwargs):
        raise pygame.error("no audio device")

    monkeypatch.setattr(pygame.mixer, "init", refuse)


def test_making_a_mixer_starts_nothing_and_loads_nothing() -> None:
    audio = Mixer(_settings())
    assert pygame.mixer.get_init() is None
    assert audio._sounds == {}


def test_under_the_dummy_driver_music_plays_and_is_reported_current() -> None:
    audio = Mixer(_settings(music=1.0))
    audio.play_music("title", fade_ms=0)
    assert audio.available
    assert _music_levels() == [pytest.approx(1.0, abs=0.01)]
    assert audio.current_music == "title"


def test_a_sound_is_loaded_on_first_play_and_then_cached() -> None:
    audio = Mixer(_settings())
    audio.play_sound("blip")
    first = audio._sounds["blip"]
    audio.play_sound("blip")
    assert first is not None
    assert audio._sounds["blip"] is first
    assert set(audio._sounds) == {"blip"}


def test_music_volume_follows_set_volumes() -> None:
    audio = Mixer(_settings(music=0.6))
    audio.play_music("clinic_calm", fade_ms=0)
    assert _music_levels() == [pytest.approx(0.6, abs=0.01)]
    audio.set_volumes(music=0.25, effects=0.5)
    assert _music_levels() == [pytest.approx(0.25, abs=0.01)]
    assert audio.volumes == (0.25, 0.5)


def test_effects_play_at_call_volume_times_effects_volume() -> None:
    audio = Mixer(_settings(effects=0.5))
    audio.play_sound("alarm", volume=0.5)
    assert _busy_levels() == [pytest.approx(0.25, abs=0.01)]


def test_volumes_are_clamped_to_0_to_1() -> None:
    audio = Mixer(_settings())
    audio.set_volumes(music=3.0, effects=-1.0)
    assert audio.volumes == (1.0, 0.0)


def test_muted_effects_do_not_even_start_the_device() -> None:
    audio = Mixer(_settings(effects=0.0))
    audio.play_sound("blip")
    assert pygame.mixer.get_init() is None


def test_asking_for_the_current_music_again_does_not_restart_it() -> None:
    audio = Mixer(_settings())
    audio.play_music("tension", fade_ms=0)
    pygame.mixer.Channel(0).set_volume(0.123)  # would be reset by a restart
    audio.play_music("tension")
    assert _music_levels() == [pytest.approx(0.123, abs=0.01)]


def test_switching_music_with_a_fade_keeps_playing() -> None:
    audio = Mixer(_settings())
    audio.play_music("title", fade_ms=0)
    audio.play_music("minigame", fade_ms=50)
    assert audio.current_music == "minigame"
    assert len(_music_levels()) == 2


def test_stop_music_clears_current_music() -> None:
    audio = Mixer(_settings())
    audio.play_music("ending", fade_ms=0)
    audio.stop_music(fade_ms=0)
    assert audio.current_music is None
    assert _music_levels() == []


def test_without_a_device_every_call_is_safe_and_logged_once(no_device, caplog) -> None:
    audio = Mixer(_settings())
    with caplog.at_level(logging.WARNING, logger=mixer_module.__name__):
        audio.play_sound("blip")
        audio.play_sound("door", volume=0.5)
        audio.play_music("title")
        audio.set_volumes(0.1, 0.2)
        audio.stop_music()
        audio.play_music("tension", fade_ms=0, loop=False)
    assert not audio.available
    assert audio.current_music == "tension"
    assert len(caplog.records) == 1
    assert "audio is off" in caplog.records[0].getMessage()


def test_unknown_names_are_logged_once_and_do_not_raise(caplog) -> None:
    audio = Mixer(_settings())
    with caplog.at_level(logging.WARNING, logger=mixer_module.__name__):
        audio.play_sound("no_such_sound")
        audio.play_sound("no_such_sound")
        audio.play_music("no_such_song")
    messages = [r.getMessage() for r in caplog.records]
    assert len(messages) == 2
    assert "no_such_sound" in messages[0]
    assert "no_such_song" in messages[1]


def test_null_mixer_remembers_what_was_asked_for() -> None:
    audio = NullMixer(_settings())
    audio.play_sound("blip")
    audio.play_music("title")
    audio.play_music("title")
    audio.set_volumes(0.3, 0.4)
    assert audio.sounds_played == ["blip"]
    assert audio.music_played == ["title"]
    assert audio.current_music == "title"
    assert audio.volumes == (0.3, 0.4)
    audio.stop_music()
    assert audio.current_music is None
    assert pygame.mixer.get_init() is None


def test_null_mixer_has_every_public_method_of_mixer() -> None:
    public = {n for n in dir(Mixer) if not n.startswith("_")}
    assert public <= {n for n in dir(NullMixer) if not n.startswith("_")}


def test_the_catalog_lists_the_built_names() -> None:
    assert "blip" in sound_names()
    assert "clinic_calm" in music_names()


def test_master_volume_scales_music_and_effects() -> None:
    audio = Mixer(_settings(music=0.6, effects=0.5, master=0.5))
    audio.play_music("clinic_calm", fade_ms=0)
    audio.play_sound("alarm")
    assert _music_levels() == [pytest.approx(0.3, abs=0.01)]
    assert _busy_levels() == [pytest.approx(0.25, abs=0.01)]


def test_muting_silences_the_music_and_plays_no_effect() -> None:
    audio = Mixer(_settings(music=0.6))
    audio.play_music("clinic_calm", fade_ms=0)
    audio.set_master(1.0, muted=True)
    audio.play_sound("alarm")
    assert _music_levels() == [0.0]
    assert _busy_levels() == []


def test_a_suspended_mixer_is_quiet_until_it_is_resumed() -> None:
    audio = Mixer(_settings(music=0.6))
    audio.play_music("clinic_calm", fade_ms=0)
    audio.suspend(True)
    assert _music_levels() == [0.0]
    audio.suspend(False)
    assert _music_levels() == [pytest.approx(0.6, abs=0.01)]


def test_switching_music_cross_fades_on_two_channels_then_frees_the_old() -> None:
    audio = Mixer(_settings(music=1.0))
    audio.play_music("title", fade_ms=0)
    audio.play_music("clinic_calm", fade_ms=1000)
    audio.update(0.5)
    title, calm = pygame.mixer.Channel(0), pygame.mixer.Channel(1)
    assert title.get_busy() and calm.get_busy()
    assert title.get_volume() == pytest.approx(calm.get_volume(), abs=0.01)
    assert 0.5 < calm.get_volume() < 1.0
    audio.update(0.6)
    assert not title.get_busy()
    assert calm.get_volume() == pytest.approx(1.0, abs=0.01)
    assert [v.name for v in audio.fade.voices] == ["clinic_calm"]


def test_the_default_fade_is_the_length_in_the_music_data() -> None:
    audio = Mixer(_settings())
    audio.play_music("title")
    assert audio.fade.seconds == crossfade_seconds() > 0


def test_music_fades_move_on_only_with_update() -> None:
    audio = Mixer(_settings(music=1.0))
    audio.play_music("title", fade_ms=1000)
    assert _music_levels() == [0.0]
    audio.update(1.0)
    assert _music_levels() == [pytest.approx(1.0, abs=0.01)]
