"""Functions defined in text, for test plans and the talk tool.

Contract: `define_function(text)` turns one definition

    add_three(a: number, b: number, c: number) -> number = $a + $b + $c

into a FunctionSpec whose body is an expression in the dialogue language,
its parameters read as `$name` (and, like any function, it may call the
registry's functions). `register(registry, texts)` adds each to a copy of
the registry. A wrong definition raises DialogueError with the column.
Programmers register Python functions with `Registry.add_function`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from game.dialogue.errors import DialogueError, Pos
from game.dialogue.evaluate import Evaluator
from game.dialogue.expr import Expr, Value, parse_expression
from game.dialogue.registry import FunctionEnv, FunctionSpec, Param, Registry
from game.dialogue.types import TypeChecker

_HEAD = re.compile(
    r"\s*([A-Za-z_][A-Za-z0-9_]*)\s*\(([^)]*)\)\s*->\s*(number|string|bool)\s*=\s*"
)
_PARAM = re.compile(r"\s*([A-Za-z_][A-Za-z0-9_]*)\s*:\s*(number|string|bool)\s*")
WHERE = "(function)"


def define_function(text: str, registry: Registry) -> FunctionSpec:
    """One definition as a FunctionSpec (its body typed against `registry`)."""
    head = _HEAD.match(text)
    if head is None:
        raise DialogueError(
            Pos(WHERE, 1, 1),
            "write a function as name(a: number, b: string) -> bool = expression",
        )
    params = _params(head.group(2))
    body = parse_expression(text[head.end() :], Pos(WHERE, 1, head.end() + 1))
    checker = TypeChecker({p.name: p.type for p in params}, registry)
    found = checker.check(body)
    if checker.errors:
        raise checker.errors[0]
    if found != head.group(3):
        raise DialogueError(body.pos, f"the body is a {found}, not a {head.group(3)}")
    return FunctionSpec(
        head.group(1),
        params,
        head.group(3),
        f"defined as {text.strip()}",
        _Body(body, params, registry).call,
    )


def _params(text: str) -> tuple[Param, ...]:
    params = []
    for part in filter(str.strip, text.split(",")):
        match = _PARAM.fullmatch(part)
        if match is None:
            raise DialogueError(
                Pos(WHERE, 1, 1), f"bad parameter {part.strip()!r}: write name: type"
            )
        params.append(Param(match.group(1), match.group(2), ""))
    return tuple(params)


class _Body:
    """Evaluates a defined function's body with its arguments as variables."""

    def __init__(self, body: Expr, params: tuple[Param, ...], registry: Registry):
        self.body = body
        self.names = [p.name for p in params]
        self.registry = registry

    def call(self, env: FunctionEnv, args: list[Value]) -> Value:
        bound = dict(zip(self.names, args, strict=True))
        evaluator = Evaluator(
            self.registry, env, lambda name, _pos: bound[name], lambda _pos: ""
        )
        return evaluator.value(self.body)


def register(registry: Registry, texts: list[str]) -> Registry:
    """A copy of `registry` with each defined function added, in order."""
    out = replace(
        registry, commands=dict(registry.commands), functions=dict(registry.functions)
    )
    for text in texts:
        out.add_function(define_function(text, out))
    return out
