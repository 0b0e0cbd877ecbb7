"""Oscillators: one cycle shape per Wave, driven by a per-sample frequency array.

Square and saw are band-limited with PolyBLEP so high notes at 22 kHz do not
alias into harsh whistles. Every wave starts at (or near) zero so a voice's
first sample is silent even before the envelope.
"""

from __future__ import annotations

from enum import Enum

import numpy as np

from game.audio.samples import Signal


class Wave(Enum):
    SINE = "sine"
    SQUARE = "square"
    TRIANGLE = "triangle"
    SAW = "saw"
    NOISE = "noise"


def cycles(freq: Signal, sample_rate: int) -> Signal:
    """Cycles elapsed before each sample (first sample is 0)."""
    steps = freq / sample_rate
    out = np.zeros_like(steps)
    np.cumsum(steps[:-1], out=out[1:])
    return out


def _poly_blep(t: Signal, dt: Signal) -> Signal:
    """Residual that smooths a unit-2 step at phase 0 (t in [0, 1))."""
    out = np.zeros_like(t)
    dt = np.clip(dt, 1e-9, 0.5)
    low = t < dt
    x = t[low] / dt[low]
    out[low] = 2 * x - x * x - 1
    high = t > 1 - dt
    x = (t[high] - 1) / dt[high]
    out[high] = x * x + 2 * x + 1
    return out


def _square(frac: Signal, dt: Signal, duty: float) -> Signal:
    naive = np.where(frac < duty, 1.0, -1.0)
    falling = (frac - duty) % 1.0
    # Centred on zero (a narrow pulse would otherwise carry a DC offset that
    # thumps as the envelope opens and closes), then scaled back to peak 1.
    centre = 2 * duty - 1
    wave = naive + _poly_blep(frac, dt) - _poly_blep(falling, dt) - centre
    return wave / (1 + abs(centre))


def _saw(frac: Signal, dt: Signal) -> Signal:
    shifted = (frac + 0.5) % 1.0  # start mid-ramp, at zero
    return 2 * shifted - 1 - _poly_blep(shifted, dt)


def _noise(phase: Signal, rng: np.random.Generator) -> Signal:
    """Sample-and-hold noise: a new random level each cycle of `freq`."""
    index = np.floor(phase).astype(np.int64)
    levels = rng.uniform(-1.0, 1.0, size=int(index[-1]) + 1)
    return levels[index]


def oscillate(
    wave: Wave,
    freq: Signal,
    sample_rate: int,
    rng: np.random.Generator,
    duty: float = 0.5,
) -> Signal:
    """Samples in [-1, 1] of `wave` following `freq` (Hz per sample).

    NOISE draws from `rng` (so the caller's seed fixes it) and changes level
    `freq` times a second; the other waves never touch `rng`.
    """
    if freq.size == 0:
        return np.zeros(0)
    phase = cycles(freq, sample_rate)
    if wave is Wave.NOISE:
        return _noise(phase, rng)
    frac = phase % 1.0
    dt = freq / sample_rate
    if wave is Wave.SINE:
        return np.sin(2 * np.pi * frac)
    if wave is Wave.TRIANGLE:
        return 1 - 4 * np.abs((frac + 0.25) % 1.0 - 0.5)
    if wave is Wave.SAW:
        return _saw(frac, dt)
    return _square(frac, dt, duty)
