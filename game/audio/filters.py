"""One-pole low- and high-pass filters and a looping echo, without Python loops.

A one-pole low-pass `y[n] = (1-a) x[n] + a y[n-1]` has the impulse response
`(1-a) a^n`. We cut that response where it falls below TAIL (far beneath
16-bit resolution) and convolve by FFT, which keeps the build fast.
`circular=True` filters a loop as if it repeated forever, so the filtered
loop still joins seamlessly.
"""

from __future__ import annotations

import numpy as np

from game.audio.samples import Signal

TAIL = 1e-12  # an impulse-response tail below this is inaudible: cut it
ECHO_FLOOR = 1e-6  # stop adding echo repeats once they are this quiet


def _pole(cutoff_hz: float, sample_rate: int) -> float:
    return float(np.exp(-2 * np.pi * cutoff_hz / sample_rate))


def _impulse(a: float) -> Signal:
    if a <= 0:
        return np.ones(1)
    log_a: float = np.log(a)
    taps = int(np.ceil(np.log(TAIL) / log_a)) + 1
    return (1 - a) * np.exp(np.arange(taps, dtype=np.float64) * log_a)


def _convolve(x: Signal, h: Signal) -> Signal:
    """Linear convolution, first len(x) samples (power-of-two FFT: fast)."""
    size = 1 << int(len(x) + len(h) - 2).bit_length()
    spectrum = np.fft.rfft(x, size) * np.fft.rfft(h, size)
    return np.fft.irfft(spectrum, size)[: len(x)]


def _convolve_circular(x: Signal, h: Signal) -> Signal:
    n = len(x)
    if len(h) > n:  # response longer than the loop: fold it onto one period
        folded = np.bincount(np.arange(len(h)) % n, weights=h, minlength=n)
        h = folded.astype(np.float64, copy=False)  # weighted: already floats
        return np.fft.irfft(np.fft.rfft(x) * np.fft.rfft(h), n)
    lead = len(h) - 1
    wrapped = np.concatenate([x[n - lead :], x]) if lead else x
    return _convolve(wrapped, h)[lead:]


def lowpass(
    x: Signal, cutoff_hz: float, sample_rate: int, circular: bool = False
) -> Signal:
    """`x` through a one-pole low-pass at `cutoff_hz` (same length as `x`)."""
    if len(x) == 0:
        return x.copy()
    h = _impulse(_pole(cutoff_hz, sample_rate))
    return _convolve_circular(x, h) if circular else _convolve(x, h)


def highpass(
    x: Signal, cutoff_hz: float, sample_rate: int, circular: bool = False
) -> Signal:
    """`x` minus its low-pass: removes rumble and DC below `cutoff_hz`."""
    return x - lowpass(x, cutoff_hz, sample_rate, circular)


def circular_echo(x: Signal, delay: int, feedback: float, mix: float) -> Signal:
    """A looping signal plus its repeats every `delay` samples, the first at
    `mix`, each later one `feedback` times the one before; wraps round the loop."""
    out = x.copy()
    if delay <= 0:
        return out
    level, shift = mix, delay
    while level >= ECHO_FLOOR:
        out += level * np.roll(x, shift)
        level *= feedback
        shift += delay
    return out
