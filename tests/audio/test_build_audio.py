"""The committed audio is exactly what the recipes build, and it is sane."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from game.audio.recipes import load_config, load_instrument_pool, recipes_dir
from game.audio.sequencer import load_song, render_song
from game.audio.sfx import load_sound, render_sound
from game.audio.wavfile import decode_wav, encode_wav
from game.core.paths import project_root
from game.tools import build_audio

SOUNDS = [
    "ui_move",
    "ui_confirm",
    "ui_cancel",
    "blip",
    "footstep",
    "door",
    "pulse",
    "pulse_charge",
    "firewall",
    "glitch",
    "repair",
    "win",
    "lose",
    "alarm",
    "scan",
    "shutdown",
    "error",
]
SONGS = ["title", "clinic_calm", "tension", "minigame", "ending", "ending_sad"]
CEILING = 0.99
SIZE_LIMIT = 8_000_000


@pytest.fixture(scope="module")
def built() -> list[build_audio.Built]:
    return build_audio.build_all()


@pytest.fixture(scope="module")
def clips(built) -> dict[str, np.ndarray]:
    return {item.rel.stem: item.samples for item in built}


def _kind(built, folder: str) -> list[build_audio.Built]:
    return [b for b in built if b.rel.parent.name == folder]


def test_a_build_into_a_temp_folder_matches_the_committed_files_byte_for_byte(
    built, tmp_path: Path
) -> None:
    build_audio.write_changed(tmp_path, built)
    for item in built:
        committed = project_root() / item.rel
        assert committed.exists(), f"{item.rel} is not committed: run build_audio"
        assert (tmp_path / item.rel).read_bytes() == committed.read_bytes(), item.rel


def test_rendering_a_recipe_again_gives_the_same_samples(built) -> None:
    config = load_config()
    pool = load_instrument_pool()
    source = recipes_dir()
    sound = render_sound(
        load_sound(source / "sfx" / "glitch.toml", config, pool), config
    )
    song = render_song(
        load_song(source / "music" / "tension.toml", config, pool), config
    )
    by_name = {b.rel.stem: b for b in built}
    assert encode_wav(sound, config.sample_rate) == by_name["glitch"].data
    assert encode_wav(song, config.sample_rate) == by_name["tension"].data


def test_check_mode_exits_0_when_everything_is_fresh(built, monkeypatch) -> None:
    monkeypatch.setattr(build_audio, "build_all", lambda: built)
    assert build_audio.main(["--check"]) == 0


def test_check_mode_exits_1_when_a_file_is_missing(built, monkeypatch) -> None:
    missing = build_audio.Built(
        Path("assets/audio/sfx/not_committed.wav"), b"RIFF", np.zeros(1), 22050
    )
    monkeypatch.setattr(build_audio, "build_all", lambda: [*built, missing])
    assert build_audio.main(["--check"]) == 1


def test_a_changed_committed_file_is_reported_stale(built, tmp_path: Path) -> None:
    build_audio.write_changed(tmp_path, built)
    victim = tmp_path / built[0].rel
    victim.write_bytes(victim.read_bytes()[:-2] + b"\x00\x01")
    assert build_audio.stale_files(tmp_path, built) == [built[0].rel]


def test_only_changed_files_are_rewritten(built, tmp_path: Path) -> None:
    assert build_audio.write_changed(tmp_path, built) == len(built)
    assert build_audio.write_changed(tmp_path, built) == 0


def test_every_named_sound_and_song_is_built(built) -> None:
    assert {b.rel.stem for b in _kind(built, "sfx")} >= set(SOUNDS)
    assert {b.rel.stem for b in _kind(built, "music")} >= set(SONGS)


@pytest.mark.parametrize("name", SOUNDS + SONGS)
def test_no_clip_comes_near_full_scale(clips, name: str) -> None:
    peak = np.max(np.abs(clips[name]))
    assert 0.1 < peak < CEILING


@pytest.mark.parametrize("name", SONGS)
def test_music_loops_last_between_20_and_40_seconds(built, name: str) -> None:
    item = next(b for b in built if b.rel.stem == name)
    assert 20.0 <= len(item.samples) / item.sample_rate <= 40.0


@pytest.mark.parametrize("name", SONGS)
def test_music_joins_its_own_start_without_a_click(clips, name: str) -> None:
    x = clips[name]
    seam = abs(x[0] - x[-1])
    typical = np.quantile(np.abs(np.diff(x)), 0.999)
    assert seam <= typical


@pytest.mark.parametrize("name", SOUNDS)
def test_sound_effects_are_short_and_start_and_end_in_silence(
    built, clips, name: str
) -> None:
    x = clips[name]
    assert len(x) / built[0].sample_rate < 3.0
    assert abs(x[0]) < 0.01
    assert abs(x[-1]) < 0.01


def test_committed_wavs_are_mono_16_bit_at_the_build_rate(built) -> None:
    for item in built:
        samples, rate = decode_wav((project_root() / item.rel).read_bytes())
        assert rate == item.sample_rate
        assert len(samples) == len(item.samples)


def test_all_audio_together_stays_under_8_mb(built) -> None:
    assert sum(len(b.data) for b in built) < SIZE_LIMIT
