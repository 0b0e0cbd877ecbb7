"""Map `requires` conditions: the dialogue expression language, checked
against the dialogue's declarations and evaluated by the same evaluator.

`where` names the map object (e.g. `maps/clinic.tmx › #12 "door"`); errors
use it as their file and count columns within the condition text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from game.core.story import StoryState
from game.dialogue.errors import DialogueError, Pos
from game.dialogue.expr import Expr, parse_expression
from game.dialogue.program import Program
from game.dialogue.runner import Runner
from game.dialogue.types import TypeChecker

if TYPE_CHECKING:
    import numpy as np


def compile_condition(text: str, where: str, program: Program) -> Expr | None:
    """The checked expression of a condition (None for an empty one).
    Raises DialogueError: syntax, undeclared variable, not a bool ..."""
    if not text.strip():
        return None
    try:
        expr = parse_expression(text, Pos(where, 1, 1))
    except DialogueError as err:
        raise DialogueError(err.pos, err.message, text) from None
    checker = TypeChecker(program.variable_types(), program.registry)
    checker.expect(expr, "bool", "a requires condition")
    if checker.errors:
        first = checker.errors[0]
        raise DialogueError(first.pos, first.message, text)
    return expr


def condition_errors(text: str, where: str, program: Program) -> list[DialogueError]:
    """Every problem with a condition (for validators); [] when it is fine."""
    try:
        compile_condition(text, where, program)
    except DialogueError as err:
        return [err]
    return []


def evaluate_condition(
    expr: Expr | None,
    program: Program,
    story: StoryState,
    rng: np.random.Generator | None = None,
) -> bool:
    """True for an empty condition; else the value of `expr` over `story`."""
    if expr is None:
        return True
    runner = Runner(program, story, set(), rng)
    return runner.evaluator.truth(expr)
