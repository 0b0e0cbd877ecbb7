"""16-bit mono WAV encoding with the standard-library `wave` module."""

from __future__ import annotations

import io
import wave

import numpy as np

from game.audio.master import to_pcm16
from game.audio.samples import Signal


def encode_wav(samples: Signal, sample_rate: int) -> bytes:
    """The bytes of a mono 16-bit WAV file of `samples` (floats in [-1, 1])."""
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(sample_rate)
        out.writeframes(to_pcm16(samples).tobytes())
    return buffer.getvalue()


def decode_wav(data: bytes) -> tuple[Signal, int]:
    """Samples (floats, full scale = 1.0) and sample rate of a mono 16-bit WAV."""
    with wave.open(io.BytesIO(data), "rb") as src:
        if src.getnchannels() != 1 or src.getsampwidth() != 2:
            raise ValueError("expected a mono 16-bit WAV")
        frames = src.readframes(src.getnframes())
        rate = src.getframerate()
    return np.frombuffer(frames, dtype="<i2").astype(np.float64) / 32767.0, rate
