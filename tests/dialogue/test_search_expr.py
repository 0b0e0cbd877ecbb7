"""Expressions compiled for the story search give what the Evaluator gives:
the same values, the same errors, the same changes to the story."""

from __future__ import annotations

import pytest
from helpers import program

from game.core.story import StoryState
from game.dialogue.errors import DialogueError, Pos
from game.dialogue.expr import parse_expression
from game.dialogue.runner import Runner
from game.dialogue.search_expr import compile_truth, compile_value

START = Pos("t.yarn", 1, 1)
PROGRAM = program("Hi.\n")
VALUES = [
    "1 + 2 * 3 - 4 / 8",
    "7 % 3",
    "-$n",
    '$name + " and " + $name',
    "$n >= 2 and not $flag",
    "$flag or $n != 2",
    '$name == "Iris"',
    'visited("Start") or visited_count("Start") > 1',
    "min($n, 10) + floor(2.5)",
    'minigame_score("lab") + 1',
    'minigame_outcome("lab") == ""',
]
FAILING = [
    '$n + "x"',
    "$n / 0",
    "$n % 0",
    "not $n",
    "-$name",
    "$missing > 1",
    "$n and true",
    "$big * $big",
    '$n == "2"',
    "$name < 1",
]


def _runner(**variables: object) -> Runner:
    story = StoryState(variables=dict(variables), visits={"Start": 2})
    return Runner(PROGRAM, story, initialise=False)


@pytest.mark.parametrize("source", VALUES)
def test_a_compiled_expression_has_the_evaluators_value(source):
    expr = parse_expression(source, START)
    fast = compile_value(expr, PROGRAM)
    assert fast is not None
    runner = _runner(n=2.0, name="Iris", flag=False)
    assert fast(runner) == runner.evaluator.value(expr)


@pytest.mark.parametrize("source", FAILING)
def test_a_compiled_expression_raises_the_evaluators_error(source):
    expr = parse_expression(source, START)
    fast = compile_value(expr, PROGRAM)
    assert fast is not None
    with pytest.raises(DialogueError) as expected:
        _runner(n=2.0, name="Iris", big=1e300).evaluator.value(expr)
    with pytest.raises(DialogueError) as got:
        fast(_runner(n=2.0, name="Iris", big=1e300))
    assert got.value.message == expected.value.message
    assert got.value.pos == expected.value.pos


def test_a_compiled_test_refuses_a_value_that_is_not_true_or_false():
    expr = parse_expression("$n + 1", START)
    test = compile_truth(expr, PROGRAM)
    assert test is not None
    with pytest.raises(DialogueError, match="must be true or false"):
        test(_runner(n=2.0))


def test_a_declared_variable_missing_from_the_story_is_given_its_declared_value():
    runner = _runner()
    test = compile_truth(parse_expression("$n == 2 and not $flag", START), PROGRAM)
    assert test is not None and test(runner) is True
    assert runner.story.variables == {"n": 2.0, "flag": False}


def test_a_whole_number_in_the_story_is_read_as_a_number():
    fast = compile_value(parse_expression("$n * 2", START), PROGRAM)
    assert fast is not None and fast(_runner(n=3)) == 6.0


@pytest.mark.parametrize("source", ["random_range(1, 6) > 3", "dice(6) + $n"])
def test_an_expression_that_draws_a_random_number_is_left_to_the_evaluator(source):
    assert compile_value(parse_expression(source, START), PROGRAM) is None
