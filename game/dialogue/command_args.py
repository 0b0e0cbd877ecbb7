"""A command's arguments made safe to act on: numbers finite and inside the
parameter's range (interpolated `{$values}` are only known at run time)."""

from __future__ import annotations

import math

from game.dialogue.expr import Value
from game.dialogue.registry import CommandSpec


class BadArgument(ValueError):
    """An argument that cannot be used; the message says which and why."""


def bounded_args(spec: CommandSpec, args: list[Value]) -> list[Value]:
    """`args` with every number parameter converted, finite and clamped into
    its span; raises BadArgument for a number parameter given a non-number."""
    out: list[Value] = []
    for value, param in zip(args, spec.params, strict=False):
        if param.type != "number":
            out.append(value)
            continue
        number = _finite(value)
        if number is None:
            raise BadArgument(
                f"<<{spec.name}>>'s {param.name} {value!r} is not a number"
            )
        low, high = param.span or (-math.inf, math.inf)
        out.append(min(max(number, low), high))
    return out


def _finite(value: Value) -> float | None:
    if isinstance(value, bool):
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None
