"""Strict readers for JSON data: each returns a value of the asked type or
raises ShapeError naming the field, so a hand-edited or foreign file is
reported instead of crashing later."""

from __future__ import annotations

import math
from typing import Any

from game.save.errors import ShapeError


def mapping(data: Any, where: str) -> dict[str, Any]:
    if not isinstance(data, dict):
        raise ShapeError(f"{where} should be an object")
    return data


def field(data: dict[str, Any], key: str, where: str = "") -> Any:
    if key not in data:
        raise ShapeError(f"{where}{key!r} is missing")
    return data[key]


def string(value: Any, where: str) -> str:
    if not isinstance(value, str):
        raise ShapeError(f"{where} should be text")
    return value


def integer(value: Any, where: str) -> int:
    # bool is an int subclass in Python but a different type in JSON.
    if isinstance(value, bool) or not isinstance(value, int):
        raise ShapeError(f"{where} should be a whole number")
    return value


def number(value: Any, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ShapeError(f"{where} should be a number")
    result = float(value)
    if not math.isfinite(result):
        raise ShapeError(f"{where} should be a finite number")
    return result


def story_value(value: Any, where: str) -> bool | float | str:
    """A Yarn value: bool, number (as float) or text."""
    if isinstance(value, bool | str):
        return value
    return number(value, where)


def string_list(value: Any, where: str) -> list[str]:
    if not isinstance(value, list):
        raise ShapeError(f"{where} should be a list")
    return [string(item, f"{where} item") for item in value]


def within(value: float, low: float, high: float, where: str) -> float:
    """`value` if low <= value <= high, else ShapeError naming the range."""
    if not low <= value <= high:
        raise ShapeError(f"{where} should be between {low:g} and {high:g}")
    return value


def short(text: str, limit: int, where: str) -> str:
    """`text` if it has at most `limit` characters."""
    if len(text) > limit:
        raise ShapeError(f"{where} is longer than {limit} characters")
    return text


def few(items: dict[str, Any] | list[Any], limit: int, where: str) -> None:
    """Nothing if `items` has at most `limit` entries, else ShapeError."""
    if len(items) > limit:
        raise ShapeError(f"{where} has more than {limit} entries")
