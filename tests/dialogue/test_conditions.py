from __future__ import annotations

import pytest
from helpers import program

from game.core.story import StoryState
from game.dialogue.conditions import (
    compile_condition,
    condition_errors,
    evaluate_condition,
)
from game.dialogue.errors import DialogueError


def test_requires_conditions_use_the_dialogue_language():
    prog = program("Hi\n")
    expr = compile_condition("$n > 1 and not $flag", "map › #3", prog)
    assert evaluate_condition(expr, prog, StoryState())
    assert not evaluate_condition(expr, prog, StoryState(variables={"flag": True}))


def test_an_empty_condition_is_always_true():
    prog = program("Hi\n")
    assert evaluate_condition(compile_condition("  ", "x", prog), prog, StoryState())


def test_condition_errors_name_the_object_and_column():
    prog = program("Hi\n")
    (err,) = condition_errors("$n > 1 and $ghost", "maps/a.tmx › #3", prog)
    assert (err.file, err.col) == ("maps/a.tmx › #3", 12)
    assert "undeclared variable $ghost" in err.message
    with pytest.raises(DialogueError, match="must be a bool"):
        compile_condition("$n", "x", prog)
