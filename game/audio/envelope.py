"""ADSR envelopes: the loudness shape of one note."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from game.audio.samples import Signal


@dataclass(frozen=True)
class Envelope:
    """Attack, decay and release in seconds; sustain is a level in 0..1."""

    attack: float = 0.005
    decay: float = 0.05
    sustain: float = 0.7
    release: float = 0.05


def _gate_on(env: Envelope, hold: int, sample_rate: int) -> Signal:
    t = np.arange(hold) / sample_rate
    attack = max(env.attack, 1.0 / sample_rate)
    rise = np.minimum(t / attack, 1.0)
    if env.decay <= 0:
        return rise * np.where(t < attack, 1.0, env.sustain)
    # Quadratic fall from 1 to sustain: quick at first, gentle at the end.
    x = np.clip((t - attack) / env.decay, 0.0, 1.0)
    fall = env.sustain + (1 - env.sustain) * (1 - x) ** 2
    return np.where(t < attack, rise, fall)


def adsr(env: Envelope, hold: int, sample_rate: int) -> Signal:
    """Gain per sample for a note held `hold` samples, then released.

    The result has `hold + release` samples, starts at 0 and ends at exactly 0,
    so a voice never clicks on or off.
    """
    on = _gate_on(env, hold, sample_rate)
    release = max(1, round(env.release * sample_rate))
    level = on[-1] if hold else 0.0
    x = np.arange(1, release + 1) / release
    return np.concatenate([on, level * (1 - x) ** 2])
