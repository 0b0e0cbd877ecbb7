"""The numpy synthesiser: oscillators, envelopes, filters, limiter, notes."""

from __future__ import annotations

import numpy as np
import pytest

from game.audio.envelope import Envelope, adsr
from game.audio.filters import circular_echo, highpass, lowpass
from game.audio.master import soft_limit, to_pcm16
from game.audio.notes import frequency, midi_number
from game.audio.oscillators import Wave, oscillate
from game.audio.voice import Tone, pitch_curve, render_voice
from game.audio.wavfile import decode_wav, encode_wav

RATE = 22050


def _tone(freq: float, seconds: float = 0.5) -> np.ndarray:
    return np.full(int(RATE * seconds), freq)


def _level_at(x: np.ndarray, freq: float) -> float:
    spectrum = np.abs(np.fft.rfft(x * np.hanning(len(x))))
    return spectrum[round(freq * len(x) / RATE)]


@pytest.mark.parametrize("wave", list(Wave))
def test_every_wave_stays_within_full_scale(wave: Wave) -> None:
    x = oscillate(wave, _tone(440.0), RATE, np.random.default_rng(1), duty=0.25)
    assert np.max(np.abs(x)) <= 1.1  # band-limited edges may overshoot a little
    assert np.max(np.abs(x)) > 0.5


def test_a_sine_at_440_hz_has_its_energy_at_440_hz() -> None:
    x = oscillate(Wave.SINE, _tone(440.0, 1.0), RATE, np.random.default_rng(0))
    assert _level_at(x, 440.0) > 100 * _level_at(x, 880.0)


def test_a_square_wave_has_no_dc_offset_even_with_a_narrow_pulse() -> None:
    x = oscillate(Wave.SQUARE, _tone(441.0, 1.0), RATE, np.random.default_rng(0), 0.125)
    assert abs(np.mean(x)) < 0.01


def test_noise_from_the_same_seed_is_the_same() -> None:
    a = oscillate(Wave.NOISE, _tone(8000.0), RATE, np.random.default_rng(7))
    b = oscillate(Wave.NOISE, _tone(8000.0), RATE, np.random.default_rng(7))
    c = oscillate(Wave.NOISE, _tone(8000.0), RATE, np.random.default_rng(8))
    assert np.array_equal(a, b)
    assert not np.array_equal(a, c)


def test_an_envelope_starts_and_ends_at_zero_and_lasts_hold_plus_release() -> None:
    env = Envelope(attack=0.01, decay=0.05, sustain=0.5, release=0.1)
    gain = adsr(env, hold=2205, sample_rate=RATE)
    assert len(gain) == 2205 + 2205
    assert gain[0] == 0.0
    assert gain[-1] == 0.0
    assert gain[2000] == pytest.approx(0.5)
    assert gain.max() == pytest.approx(1.0, abs=0.01)


def test_a_note_released_during_its_attack_fades_from_where_it_got_to() -> None:
    gain = adsr(Envelope(attack=1.0, release=0.01), hold=RATE // 10, sample_rate=RATE)
    assert gain.max() < 0.11


def test_lowpass_keeps_low_tones_and_cuts_high_ones() -> None:
    x = np.sin(2 * np.pi * 100 * np.arange(RATE) / RATE)
    y = np.sin(2 * np.pi * 8000 * np.arange(RATE) / RATE)
    assert np.std(lowpass(x, 500.0, RATE)) > 0.65
    assert np.std(lowpass(y, 500.0, RATE)) < 0.06


def test_highpass_removes_a_dc_offset() -> None:
    x = np.full(RATE, 0.5)
    assert abs(highpass(x, 50.0, RATE)[-1]) < 1e-3


def test_a_circular_filter_equals_the_steady_state_of_the_repeated_loop() -> None:
    loop = np.random.default_rng(3).uniform(-1, 1, 2000)
    repeated = lowpass(np.tile(loop, 6), 300.0, RATE)
    assert np.allclose(lowpass(loop, 300.0, RATE, circular=True), repeated[-2000:])


def test_a_circular_echo_repeats_the_loop_content_after_the_delay() -> None:
    x = np.zeros(1001)
    x[10] = 1.0
    y = circular_echo(x, delay=300, feedback=0.5, mix=0.4)
    assert y[10] == 1.0
    assert y[310] == pytest.approx(0.4)
    assert y[610] == pytest.approx(0.2)
    assert y[910] == pytest.approx(0.1)
    assert y[(10 + 1200) % 1001] == pytest.approx(0.05)  # wrapped past the end


def test_the_soft_limiter_stays_under_its_ceiling_and_spares_quiet_audio() -> None:
    x = np.linspace(-5, 5, 10001)
    y = soft_limit(x, knee=0.8, ceiling=0.97)
    assert np.max(np.abs(y)) <= 0.97
    assert soft_limit(np.array([1.0]), knee=0.8, ceiling=0.97)[0] < 0.97
    quiet = np.abs(x) <= 0.8
    assert np.array_equal(y[quiet], x[quiet])
    assert np.all(np.diff(y) >= 0)  # no fold-back


def test_pcm16_rounds_and_clips() -> None:
    assert list(to_pcm16(np.array([0.0, 1.0, -1.0, 2.0, 0.5]))) == [
        0,
        32767,
        -32767,
        32767,
        16384,
    ]


def test_a_wav_round_trips_through_encode_and_decode() -> None:
    x = np.sin(np.arange(1000) / 10) * 0.5
    samples, rate = decode_wav(encode_wav(x, RATE))
    assert rate == RATE
    assert np.allclose(samples, x, atol=1 / 32767)


def test_note_names_map_to_equal_temperament() -> None:
    assert frequency("A4", 440.0) == pytest.approx(440.0)
    assert frequency("C4", 440.0) == pytest.approx(261.626, abs=0.001)
    assert frequency("A4", 440.0, transpose=12) == pytest.approx(880.0)
    assert midi_number("Bb3") == midi_number("A#3") == 58


def test_a_bad_note_name_says_how_to_write_one() -> None:
    with pytest.raises(ValueError, match="C4, F#3, Bb5"):
        midi_number("H4")


def test_a_pitch_sweep_moves_by_its_semitones_then_holds() -> None:
    tone = Tone(sweep=12.0, sweep_time=0.1)
    curve = pitch_curve(tone, 220.0, RATE // 2, RATE)
    assert curve[0] == pytest.approx(220.0)
    assert curve[-1] == pytest.approx(440.0)


def test_a_voice_is_silent_at_both_ends() -> None:
    x = render_voice(Tone(wave=Wave.SAW), 330.0, 1000, RATE, np.random.default_rng(0))
    assert x[0] == pytest.approx(0.0, abs=1e-9)
    assert x[-1] == pytest.approx(0.0, abs=1e-9)
