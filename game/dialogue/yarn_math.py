"""Yarn Spinner 2.x's number functions, with Yarn Spinner's meanings.

Contract: NUMBER_FUNCTIONS lists (name, function, doc) for round, floor,
ceil, inc, dec, decimal and int, each taking and giving one number;
`round_places(n, places)` is the eighth. Round halves to even, as C#'s
Math.Round does; inc/dec step to the next whole number, or by one from a
whole number; decimal is the part after the point; int cuts toward zero.
The registry (game/dialogue/registry.py) adds them as Yarn built-ins.
"""

from __future__ import annotations

import math
from collections.abc import Callable

NumberFn = Callable[[float], float]


def _inc(n: float) -> float:
    return n + 1 if n == int(n) else float(math.ceil(n))


def _dec(n: float) -> float:
    return n - 1 if n == int(n) else float(math.floor(n))


def round_places(n: float, places: float) -> float:
    return float(round(n, int(places)))


NUMBER_FUNCTIONS: tuple[tuple[str, NumberFn, str], ...] = (
    ("round", lambda n: float(round(n)), "The number rounded (halves to even)."),
    ("floor", lambda n: float(math.floor(n)), "The number rounded down."),
    ("ceil", lambda n: float(math.ceil(n)), "The number rounded up."),
    ("inc", _inc, "The next whole number up (a whole number plus one)."),
    ("dec", _dec, "The next whole number down (a whole number minus one)."),
    ("decimal", lambda n: n - math.trunc(n), "The part after the decimal point."),
    ("int", lambda n: float(math.trunc(n)), "The number cut toward zero."),
)
