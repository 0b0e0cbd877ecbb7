"""Evaluate expressions by walking the tree (never `eval`) and render lines.

Values are Yarn's: bool, float, str. Numbers print as Yarn prints them
(`5`, not `5.0`); booleans as `True`/`False`.
"""

from __future__ import annotations

import math
import operator
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeGuard

from game.dialogue.errors import DialogueError, Pos
from game.dialogue.expr import Binary, Call, Expr, Literal, Unary, Value, Var
from game.dialogue.model import Interp, LineContent, Markup, TextRun
from game.dialogue.registry import FunctionEnv, Registry


def format_value(value: Value) -> str:
    """A value as Yarn Spinner prints it inside a line."""
    if isinstance(value, bool):
        return "True" if value else "False"
    if isinstance(value, float):
        if math.isfinite(value) and value == int(value):
            return str(int(value))
        return f"{value:.7g}"
    return str(value)


@dataclass(frozen=True)
class Span:
    """Markup over text[start:end]: kind b or speed (value = factor), or a
    wait (start == end, value = seconds)."""

    kind: str
    start: int
    end: int
    value: float | None = None


class Evaluator:
    """Evaluates expressions over variables (read/written through callables)."""

    def __init__(
        self,
        registry: Registry,
        env: FunctionEnv,
        read_var: Callable[[str, Pos], Value],
        source: Callable[[Pos], str],
    ) -> None:
        self.registry = registry
        self.env = env
        self.read_var = read_var
        self.source = source

    def fail(self, pos: Pos, message: str) -> DialogueError:
        return DialogueError(pos, message, self.source(pos))

    def value(self, expr: Expr) -> Value:
        if isinstance(expr, Var):
            return self.read_var(expr.name, expr.pos)
        if isinstance(expr, Literal):
            return expr.value
        if isinstance(expr, Binary):
            return self.binary(expr)
        if isinstance(expr, Call):
            return self.call(expr)
        if isinstance(expr, Unary):
            return self.unary(expr)
        raise self.fail(Pos("?", 0, 0), f"not an expression: {expr!r}")

    def truth(self, expr: Expr) -> bool:
        result = self.value(expr)
        if not isinstance(result, bool):
            raise self.fail(expr.pos, "a condition must be true or false")
        return result

    def call(self, expr: Call) -> Value:
        spec = self.registry.functions.get(expr.name)
        if spec is None or len(spec.params) != len(expr.args):
            raise self.fail(expr.pos, f"cannot call {expr.name}() here")
        return spec.impl(self.env, [self.value(arg) for arg in expr.args])

    def unary(self, expr: Unary) -> Value:
        operand = self.value(expr.operand)
        if expr.op == "-" and _is_number(operand):
            return -operand
        if expr.op == "not" and isinstance(operand, bool):
            return not operand
        raise self.fail(
            expr.pos, f"`{expr.op}` cannot apply to {format_value(operand)}"
        )

    def binary(self, expr: Binary) -> Value:
        if expr.op in ("and", "or"):
            return self.logic(expr)
        left, right = self.value(expr.left), self.value(expr.right)
        if type(left) is not type(right):
            raise self.fail(expr.pos, f"`{expr.op}` between different types")
        if expr.op == "==":
            return left == right
        if expr.op == "!=":
            return left != right
        if expr.op == "+" and isinstance(left, str):
            return left + str(right)
        if not _is_number(left):
            raise self.fail(expr.pos, f"`{expr.op}` needs numbers")
        return self.arithmetic(expr, float(left), float(right))

    def logic(self, expr: Binary) -> bool:
        left = self.truth(expr.left)
        if expr.op == "and":
            return left and self.truth(expr.right)
        return left or self.truth(expr.right)

    def arithmetic(self, expr: Binary, a: float, b: float) -> Value:
        op = expr.op
        if op in ("/", "%") and b == 0:
            raise self.fail(expr.pos, "division by zero")
        result = _ARITHMETIC[op](a, b)
        if isinstance(result, float) and not math.isfinite(result):
            raise self.fail(expr.pos, "a number too large to keep (over 1e308)")
        return result

    def render(self, content: LineContent) -> tuple[str, tuple[Span, ...]]:
        """The line's plain text and its markup spans."""
        parts: list[str] = []
        spans: list[Span] = []
        opened: list[tuple[Markup, int]] = []
        length = 0
        for seg in content.segments:
            if isinstance(seg, TextRun | Interp):
                text = seg.text if isinstance(seg, TextRun) else self.interp(seg)
                parts.append(text)
                length += len(text)
            elif seg.kind == "wait":
                spans.append(Span("wait", length, length, seg.value))
            elif not seg.closing:
                opened.append((seg, length))
            else:
                tag, start = opened.pop()
                spans.append(Span(tag.kind, start, length, tag.value))
        spans.sort(key=lambda s: (s.start, s.end))
        return "".join(parts), tuple(spans)

    def interp(self, seg: Interp) -> str:
        return format_value(self.value(seg.expr))


_ARITHMETIC: dict[str, Callable[[float, float], Value]] = {
    "+": operator.add,
    "-": operator.sub,
    "*": operator.mul,
    "/": operator.truediv,
    "%": math.fmod,  # the sign follows the dividend, as in Yarn (C#)
    "<": operator.lt,
    "<=": operator.le,
    ">": operator.gt,
    ">=": operator.ge,
}


def _is_number(value: Value) -> TypeGuard[float]:
    return isinstance(value, float) and not isinstance(value, bool)
