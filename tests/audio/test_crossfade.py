"""The cross-fade state: the new track rises while the old one falls, over
the same time, and a faded-out track frees its slot."""

import math

import pytest

from game.audio.crossfade import CrossFade, crossfade_seconds


def _levels(fade: CrossFade) -> dict[str, float]:
    return {v.name: round(v.level, 6) for v in fade.voices}


def test_the_first_track_fades_in_from_silence():
    fade = CrossFade()
    voice = fade.switch("title", 2.0)
    assert voice is not None and voice.slot == 0
    fade.advance(1.0)
    assert _levels(fade) == {"title": 0.5}
    fade.advance(5.0)
    assert _levels(fade) == {"title": 1.0}


def test_a_switch_fades_the_old_track_out_as_the_new_fades_in():
    fade = CrossFade()
    fade.switch("title", 0.0)
    fade.advance(0.0)
    new = fade.switch("clinic_calm", 2.0)
    assert new is not None and new.slot == 1
    assert fade.advance(0.5) == []
    assert _levels(fade) == {"title": 0.75, "clinic_calm": 0.25}
    assert fade.current == "clinic_calm"


def test_a_track_that_has_faded_out_frees_its_slot():
    fade = CrossFade()
    fade.switch("title", 0.0)
    fade.advance(0.0)
    fade.switch("clinic_calm", 1.0)
    assert fade.advance(1.0) == [0]
    assert _levels(fade) == {"clinic_calm": 1.0}


def test_switching_back_mid_fade_brings_the_old_track_up_where_it_is():
    fade = CrossFade()
    fade.switch("title", 0.0)
    fade.advance(0.0)
    fade.switch("tension", 1.0)
    fade.advance(0.25)
    assert fade.switch("title", 1.0) is None
    fade.advance(0.25)
    assert _levels(fade) == {"title": 1.0}  # tension faded out and left
    assert fade.current == "title"


def test_a_third_track_takes_the_slot_of_the_quietest_leaving_one():
    fade = CrossFade()
    fade.switch("title", 0.0)
    fade.advance(0.0)
    fade.switch("tension", 1.0)
    fade.advance(0.75)  # title at 0.25, tension at 0.75
    third = fade.switch("minigame", 1.0)
    assert third is not None and third.slot == 0
    assert sorted(_levels(fade)) == ["minigame", "tension"]


def test_a_zero_second_fade_cuts_at_once():
    fade = CrossFade()
    fade.switch("title", 0.0)
    fade.advance(0.0)
    fade.switch("ending", 0.0)
    assert fade.advance(0.0) == [0]
    assert _levels(fade) == {"ending": 1.0}


def test_stop_fades_everything_out():
    fade = CrossFade()
    fade.switch("title", 0.0)
    fade.advance(0.0)
    fade.stop(1.0)
    assert fade.current is None
    assert fade.advance(1.0) == [0]
    assert fade.voices == []


def test_levels_are_equal_power_so_the_middle_of_a_fade_does_not_dip():
    fade = CrossFade()
    fade.switch("title", 0.0)
    fade.advance(0.0)
    fade.switch("tension", 1.0)
    fade.advance(0.5)
    levels = fade.levels()
    assert levels[0] == pytest.approx(math.sqrt(0.5))
    assert levels[0] ** 2 + levels[1] ** 2 == pytest.approx(1.0)


def test_the_fade_length_is_read_from_the_music_data(tmp_path):
    path = tmp_path / "music.json"
    path.write_text('{"crossfade_seconds": 0.75}')
    assert crossfade_seconds(path) == 0.75
