"""Voices: one note of one tone (wave + envelope + pitch motion), as samples."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from game.audio.envelope import Envelope, adsr
from game.audio.filters import highpass, lowpass
from game.audio.oscillators import Wave, oscillate
from game.audio.samples import Signal


@dataclass(frozen=True)
class Tone:
    """How a voice sounds, apart from its pitch and length.

    sweep        -- semitones the pitch moves over `sweep_time` seconds
                    (0 = over the whole note), then holds.
    vibrato_*    -- rate in Hz, depth in semitones.
    detune       -- cents between two blended oscillators (0 = one oscillator).
    lowpass/highpass -- cutoffs in Hz (0 = off); applied by the caller, since
                    music filters whole tracks at once.
    """

    wave: Wave = Wave.SQUARE
    duty: float = 0.5
    envelope: Envelope = field(default_factory=Envelope)
    volume: float = 1.0
    sweep: float = 0.0
    sweep_time: float = 0.0
    vibrato_rate: float = 0.0
    vibrato_depth: float = 0.0
    detune: float = 0.0
    lowpass: float = 0.0
    highpass: float = 0.0


def pitch_curve(tone: Tone, freq: float, length: int, sample_rate: int) -> Signal:
    """Frequency in Hz at each of `length` samples (sweep and vibrato applied)."""
    t = np.arange(length) / sample_rate
    semis = np.zeros(length)
    if tone.sweep:
        span = tone.sweep_time or max(length / sample_rate, 1e-6)
        semis += tone.sweep * np.minimum(t / span, 1.0)
    if tone.vibrato_rate and tone.vibrato_depth:
        semis += tone.vibrato_depth * np.sin(2 * np.pi * tone.vibrato_rate * t)
    return freq * 2.0 ** (semis / 12.0)


def render_voice(
    tone: Tone,
    freq: float,
    hold: int,
    sample_rate: int,
    rng: np.random.Generator,
) -> Signal:
    """One note held `hold` samples then released; unfiltered, scaled by volume."""
    gain = adsr(tone.envelope, hold, sample_rate) * tone.volume
    curve = pitch_curve(tone, freq, len(gain), sample_rate)
    if tone.detune:
        spread = 2.0 ** (tone.detune / 2400.0)
        wave = oscillate(tone.wave, curve * spread, sample_rate, rng, tone.duty)
        wave += oscillate(tone.wave, curve / spread, sample_rate, rng, tone.duty)
        wave *= 0.5
    else:
        wave = oscillate(tone.wave, curve, sample_rate, rng, tone.duty)
    return wave * gain


def apply_filters(
    tone: Tone, x: Signal, sample_rate: int, circular: bool = False
) -> Signal:
    """`x` through the tone's low- and high-pass filters (those that are on)."""
    if tone.lowpass:
        x = lowpass(x, tone.lowpass, sample_rate, circular)
    if tone.highpass:
        x = highpass(x, tone.highpass, sample_rate, circular)
    return x
