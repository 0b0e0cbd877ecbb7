"""Note names (`C4`, `F#3`, `Bb5`) to frequencies in equal temperament."""

from __future__ import annotations

import math
import re

_STEPS = {"C": 0, "D": 2, "E": 4, "F": 5, "G": 7, "A": 9, "B": 11}
_NOTE = re.compile(r"^([A-G])([#b]?)(-?\d{1,2})$")
A4_MIDI = 69  # MIDI numbering: A4 is note 69, middle C (C4) is 60.


def midi_number(name: str) -> int:
    """MIDI number of a note name; ValueError names the bad text."""
    match = _NOTE.match(name)
    if not match:
        raise ValueError(f"{name!r} is not a note (write e.g. C4, F#3, Bb5)")
    letter, accidental, octave = match.groups()
    shift = {"#": 1, "b": -1, "": 0}[accidental]
    return 12 * (int(octave) + 1) + _STEPS[letter] + shift


def frequency(name: str, reference_a4: float, transpose: int = 0) -> float:
    """Hz of `name` moved by `transpose` semitones, with A4 at `reference_a4`."""
    semis = midi_number(name) + transpose - A4_MIDI
    return reference_a4 * math.pow(2.0, semis / 12.0)
