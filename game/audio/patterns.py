"""Pattern text: one token per step, read into note events.

Tokens (whitespace separated; `|` is ignored and only helps the eye):
  C4 F#3 Bb5     a note            C4+E4+G4   a chord
  x              a hit at the instrument's own note (drums)
  o              a quiet (ghost) hit at the instrument's note
  -              hold the previous note one more step
  .              rest
"""

from __future__ import annotations

from dataclasses import dataclass

from game.audio.notes import midi_number

HIT = "x"
GHOST = "o"
HOLD = "-"
REST = "."


@dataclass(frozen=True)
class Event:
    """Notes (names; empty = the instrument's note) from `step` for `length` steps."""

    step: int
    length: int
    notes: tuple[str, ...]
    ghost: bool = False


class PatternError(ValueError):
    """A token that is not a note, chord, hit, hold or rest (message names it)."""


def _start(token: str, step: int) -> Event:
    if token in (HIT, GHOST):
        return Event(step, 1, (), token == GHOST)
    notes = tuple(token.split("+"))
    for note in notes:
        try:
            midi_number(note)
        except ValueError as exc:
            raise PatternError(f"step {step + 1}: {exc}") from None
    return Event(step, 1, notes)


def parse_pattern(text: str) -> tuple[list[Event], int]:
    """The events of a pattern and its length in steps."""
    tokens = [t for t in text.split() if t != "|"]
    events: list[Event] = []
    current: Event | None = None
    for step, token in enumerate(tokens):
        if token == HOLD and current is not None:
            current = Event(
                current.step, current.length + 1, current.notes, current.ghost
            )
            events[-1] = current
        elif token in (HOLD, REST):
            current = None
        else:
            current = _start(token, step)
            events.append(current)
    return events, len(tokens)
