"""The last stage of every render: soft limiting and 16-bit conversion."""

from __future__ import annotations

import numpy as np

from game.audio.samples import Pcm16, Signal


def soft_limit(x: Signal, knee: float, ceiling: float) -> Signal:
    """Leave samples below `knee` alone; bend louder ones smoothly (tanh)
    towards `ceiling`, which no sample exceeds. Avoids hard-clipping crackle."""
    size = np.abs(x)
    room = ceiling - knee
    over = size > knee
    bent = knee + room * np.tanh((size[over] - knee) / room)
    out = x.copy()
    out[over] = np.sign(x[over]) * bent
    return out


def to_pcm16(x: Signal) -> Pcm16:
    """Float samples in [-1, 1] as little-endian int16 (rounded, ties to even)."""
    return np.rint(np.clip(x, -1.0, 1.0) * 32767.0).astype("<i2")
