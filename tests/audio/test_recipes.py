"""Recipes: patterns read as steps, and mistakes explained with file and place."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from game.audio.patterns import PatternError, parse_pattern
from game.audio.recipes import RecipeError, load_config, load_instrument_pool
from game.audio.sequencer import load_song, render_song
from game.audio.sfx import load_sound, render_sound

SONG_HEAD = """
tempo = 120
[patterns]
a = "C4 - - - . . . . E4+G4 - . . x . o ."
"""


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _song(tmp_path: Path, text: str):
    return load_song(
        _write(tmp_path, "song.toml", text), load_config(), load_instrument_pool()
    )


def _sound(tmp_path: Path, text: str):
    return load_sound(
        _write(tmp_path, "beep.toml", text), load_config(), load_instrument_pool()
    )


def test_a_pattern_reads_notes_holds_rests_chords_and_hits() -> None:
    events, steps = parse_pattern("C4 - - . | E4+G4 - x o")
    assert steps == 8
    assert [(e.step, e.length, e.notes, e.ghost) for e in events] == [
        (0, 3, ("C4",), False),
        (4, 2, ("E4", "G4"), False),
        (6, 1, (), False),
        (7, 1, (), True),
    ]


def test_a_hold_after_a_rest_is_a_rest() -> None:
    events, _ = parse_pattern(". - C4")
    assert [e.step for e in events] == [2]


def test_a_bad_token_names_its_step() -> None:
    with pytest.raises(PatternError, match="step 2"):
        parse_pattern("C4 Q7")


def test_a_good_song_renders_to_its_exact_loop_length(tmp_path: Path) -> None:
    song = _song(
        tmp_path,
        SONG_HEAD + '[[tracks]]\ninstrument = "pluck"\nsequence = ["a", "a@+2"]\n',
    )
    samples = render_song(song, load_config())
    assert song.seconds() == pytest.approx(4.0)
    assert len(samples) == 4 * load_config().sample_rate


def test_an_unknown_wave_names_the_file_and_layer(tmp_path: Path) -> None:
    with pytest.raises(
        RecipeError, match=r"beep.toml › layers\[0\].wave: unknown wave"
    ):
        _sound(tmp_path, '[[layers]]\nwave = "sqare"\nlength = 0.1\n')


def test_a_misspelt_key_is_reported_with_the_known_keys(tmp_path: Path) -> None:
    with pytest.raises(RecipeError, match=r"layers\[0\].lenght: is not a known key"):
        _sound(tmp_path, "[[layers]]\nlenght = 0.1\n")


def test_an_out_of_range_number_says_the_range(tmp_path: Path) -> None:
    with pytest.raises(
        RecipeError, match=re.escape("sustain: 2.0 is out of range — use 0.0 to 1.0")
    ):
        _sound(tmp_path, "[[layers]]\nlength = 0.1\nsustain = 2.0\n")


def test_broken_toml_names_the_file(tmp_path: Path) -> None:
    with pytest.raises(RecipeError, match=r"beep\.toml: .*fix the TOML syntax"):
        _sound(tmp_path, "[[layers]\n")


def test_a_pattern_that_is_not_whole_bars_is_refused(tmp_path: Path) -> None:
    text = (
        SONG_HEAD
        + 'short = "C4 - -"\n[[tracks]]\ninstrument = "pluck"\nsequence = ["short"]\n'
    )
    with pytest.raises(
        RecipeError, match=r"patterns\.short: has 3 steps, not whole bars"
    ):
        _song(tmp_path, text)


def test_tracks_of_different_lengths_are_refused(tmp_path: Path) -> None:
    text = SONG_HEAD + (
        '[[tracks]]\ninstrument = "pluck"\nsequence = ["a"]\n'
        '[[tracks]]\ninstrument = "kick"\nsequence = ["a", "a"]\n'
    )
    with pytest.raises(RecipeError, match=r"tracks\[1\]: track 2 \(kick\) is 32 steps"):
        _song(tmp_path, text)


def test_an_unknown_pattern_in_a_sequence_is_named(tmp_path: Path) -> None:
    text = SONG_HEAD + '[[tracks]]\ninstrument = "pluck"\nsequence = ["b"]\n'
    with pytest.raises(RecipeError, match="'b' is not a pattern of this song"):
        _song(tmp_path, text)


def test_an_unknown_instrument_is_named(tmp_path: Path) -> None:
    text = SONG_HEAD + '[[tracks]]\ninstrument = "tuba"\nsequence = ["a"]\n'
    with pytest.raises(RecipeError, match="unknown instrument 'tuba'"):
        _song(tmp_path, text)


def test_a_sound_layer_can_start_from_a_shared_instrument(tmp_path: Path) -> None:
    sound = _sound(
        tmp_path, '[[layers]]\ninstrument = "bell"\nnote = "A5"\nlength = 0.1\n'
    )
    assert sound.layers[0].tone.envelope.sustain == 0.0
    assert render_sound(sound, load_config()).size > 0
