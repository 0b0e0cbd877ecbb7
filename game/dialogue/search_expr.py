"""Expressions compiled to closures, for the story search's walker.

Contract: `compile_value(expr, program)` gives a function of a Runner that
returns exactly what `runner.evaluator.value(expr)` returns, with the same
effect on the story (a declared variable missing from it is given its
declared value when first read, as Runner.read_var does), or None when the
expression calls an unseeded-order function (random_range, dice: drawing
twice would change the sequence), which the caller leaves to the Evaluator.
`compile_truth` is the same for `evaluator.truth`. The closures only take
the common path (values of the right types, declared variables, known
functions); anything else, an error included, is handed to the Evaluator,
which works it out again from the start and raises the very same error.
That is safe because the common path changes nothing the Evaluator would
not change in the same order.
"""

from __future__ import annotations

import math
import operator
from collections.abc import Callable
from typing import TYPE_CHECKING

from game.dialogue.expr import Binary, Call, Expr, Literal, Unary, Value, Var
from game.dialogue.program import Program

if TYPE_CHECKING:
    from game.dialogue.runner import Runner

Fast = Callable[["Runner"], Value]
DRAWS = frozenset(("random_range", "dice"))  # functions that use the rng


class Unusual(Exception):
    """The common path cannot go on: the Evaluator decides."""


def compile_value(expr: Expr, program: Program) -> Fast | None:
    """`runner.evaluator.value(expr)`, faster (None: use the Evaluator)."""
    fast = _fast(expr, program)
    if fast is None:
        return None

    def value(runner: Runner) -> Value:
        try:
            return fast(runner)
        except Exception:  # the Evaluator raises it properly
            return runner.evaluator.value(expr)

    return value


def compile_truth(expr: Expr, program: Program) -> Callable[[Runner], bool] | None:
    """`runner.evaluator.truth(expr)`, faster (None: use the Evaluator)."""
    fast = _fast(expr, program)
    if fast is None:
        return None

    def truth(runner: Runner) -> bool:
        try:
            result = fast(runner)
            if result is True or result is False:
                return result
        except Exception:  # the Evaluator raises it properly
            pass
        return runner.evaluator.truth(expr)

    return truth


def _fast(expr: Expr, program: Program) -> Fast | None:
    if isinstance(expr, Literal):
        constant = expr.value
        return lambda runner: constant
    if isinstance(expr, Var):
        return _variable(expr.name, program)
    if isinstance(expr, Unary):
        return _unary(expr, program)
    if isinstance(expr, Binary):
        return _binary(expr, program)
    if isinstance(expr, Call):
        return _call(expr, program)
    return None


def _variable(name: str, program: Program) -> Fast:
    declared = program.declarations.get(name)

    def variable(runner: Runner) -> Value:
        variables = runner.story.variables
        if name not in variables:
            if declared is None:
                raise Unusual
            variables[name] = declared.value
        value = variables[name]
        if isinstance(value, int) and not isinstance(value, bool):
            return float(value)
        return value

    return variable


def _unary(expr: Unary, program: Program) -> Fast | None:
    operand = _fast(expr.operand, program)
    if operand is None or expr.op not in ("not", "-"):
        return None
    if expr.op == "not":

        def negation(runner: Runner) -> Value:
            value = operand(runner)
            if value is True or value is False:
                return not value
            raise Unusual

        return negation

    def minus(runner: Runner) -> Value:
        value = operand(runner)
        if type(value) is float:
            return -value
        raise Unusual

    return minus


def _binary(expr: Binary, program: Program) -> Fast | None:
    left, right = _fast(expr.left, program), _fast(expr.right, program)
    if left is None or right is None:
        return None
    if expr.op in ("and", "or"):
        return _logic(expr.op, left, right)
    # Most tests compare a variable with a written value: no call for that.
    constant = expr.right.value if isinstance(expr.right, Literal) else None
    if expr.op in ("==", "!="):
        if constant is not None:
            return _equal_to(expr.op == "==", left, constant)
        return _equality(expr.op == "==", left, right)
    if expr.op == "+":
        return _plus(left, right)
    operation = _NUMBERS.get(expr.op)
    return None if operation is None else _numeric(operation, left, right)


def _logic(op: str, left: Fast, right: Fast) -> Fast:
    decisive = op == "or"  # the left value that decides alone
    other = not decisive

    def logic(runner: Runner) -> Value:
        first = left(runner)
        if first is decisive:
            return decisive
        if first is not other:
            raise Unusual
        second = right(runner)
        if second is True or second is False:
            return second
        raise Unusual

    return logic


def _equality(equal: bool, left: Fast, right: Fast) -> Fast:
    def compare(runner: Runner) -> Value:
        a, b = left(runner), right(runner)
        if type(a) is not type(b):
            raise Unusual
        return (a == b) is equal

    return compare


def _equal_to(equal: bool, left: Fast, constant: Value) -> Fast:
    kind = type(constant)

    def compare(runner: Runner) -> Value:
        value = left(runner)
        if type(value) is not kind:
            raise Unusual
        return (value == constant) is equal

    return compare


def _plus(left: Fast, right: Fast) -> Fast:
    def plus(runner: Runner) -> Value:
        a, b = left(runner), right(runner)
        if type(a) is str and type(b) is str:
            return a + b
        if type(a) is not float or type(b) is not float:
            raise Unusual
        result = a + b
        if math.isfinite(result):
            return result
        raise Unusual

    return plus


def _numeric(
    operation: Callable[[float, float], Value], left: Fast, right: Fast
) -> Fast:
    def numeric(runner: Runner) -> Value:
        a, b = left(runner), right(runner)
        if type(a) is not float or type(b) is not float:
            raise Unusual
        result = operation(a, b)
        if type(result) is float and not math.isfinite(result):
            raise Unusual
        return result

    return numeric


Arithmetic = Callable[[float, float], float]


def _divide(operation: Arithmetic) -> Arithmetic:
    def divide(a: float, b: float) -> float:
        if b == 0:
            raise Unusual
        return operation(a, b)

    return divide


# Evaluator._ARITHMETIC without "+" (strings too) and with division by zero
# handed over.
_NUMBERS: dict[str, Callable[[float, float], Value]] = {
    "-": operator.sub,
    "*": operator.mul,
    "/": _divide(operator.truediv),
    "%": _divide(math.fmod),
    "<": operator.lt,
    "<=": operator.le,
    ">": operator.gt,
    ">=": operator.ge,
}


def _call(expr: Call, program: Program) -> Fast | None:
    spec = program.registry.functions.get(expr.name)
    if expr.name in DRAWS or spec is None or len(spec.params) != len(expr.args):
        return None
    args = [_fast(arg, program) for arg in expr.args]
    if any(arg is None for arg in args):
        return None
    impl = spec.impl
    parts = [arg for arg in args if arg is not None]

    def call(runner: Runner) -> Value:
        return impl(runner, [arg(runner) for arg in parts])

    return call
