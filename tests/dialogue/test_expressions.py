from __future__ import annotations

import pytest
from helpers import body_error, play, texts

from game.dialogue.errors import DialogueError, Pos
from game.dialogue.evaluate import format_value
from game.dialogue.expr import Binary, Call, Literal, Unary, Var, parse_expression

START = Pos("t.yarn", 1, 1)


def test_multiplication_binds_tighter_than_addition():
    expr = parse_expression("1 + 2 * 3", START)
    assert isinstance(expr, Binary) and expr.op == "+"
    assert isinstance(expr.right, Binary) and expr.right.op == "*"


def test_comparison_binds_looser_than_arithmetic():
    expr = parse_expression("$n + 1 >= 3", START)
    assert isinstance(expr, Binary) and expr.op == ">="


def test_unary_minus_and_not_parse():
    expr = parse_expression("not -$n < 0", START)
    assert isinstance(expr, Binary) and isinstance(expr.left, Unary)


def test_word_and_symbol_operators_mean_the_same():
    assert parse_expression("$a && $b", START).op == "and"
    assert parse_expression("!$a", START).op == "not"
    assert parse_expression("$a || $b", START).op == "or"


def test_calls_with_arguments_parse():
    expr = parse_expression('visited_count("Start") + 1', START)
    assert isinstance(expr.left, Call) and expr.left.args[0] == Literal(
        "Start", expr.left.args[0].pos
    )


def test_parentheses_group():
    expr = parse_expression("($a or $b) and $c", START)
    assert expr.op == "and" and isinstance(expr.left, Binary)


def test_mixing_and_with_or_is_an_error_at_the_second_operator():
    with pytest.raises(DialogueError) as info:
        parse_expression("$a or $b and $c", START)
    assert info.value.col == 10
    assert "without parentheses" in info.value.message


def test_single_equals_is_explained():
    with pytest.raises(DialogueError) as info:
        parse_expression("$a = 1", START)
    assert "==" in info.value.message and info.value.col == 4


def test_python_style_code_is_rejected_cleanly():
    for text in ('__import__("os").system("ls")', "open('x')", "$a.__class__", "[1]"):
        with pytest.raises(DialogueError):
            parse_expression(text, START)


def test_unknown_function_in_a_dialogue_is_a_dialogue_error():
    err = body_error('Hi {__import__("os")}\n')
    assert "unknown function __import__()" in err.message
    assert (err.line, err.col) == (9, 5)


def test_variables_parse_without_dollar_in_the_tree():
    assert parse_expression("$trust", START) == Var("trust", START)


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (5.0, "5"),
        (2.5, "2.5"),
        (-3.0, "-3"),
        (True, "True"),
        ("x", "x"),
        (0.1 + 0.2, "0.3"),
    ],
)
def test_values_print_as_yarn_prints_them(value, text):
    assert format_value(value) == text


def test_arithmetic_and_logic_evaluate():
    events = play(
        """\
        {1 + 2 * 3} {7 % 3} {10 / 4} {-$n} {$n > 1 and not $flag} {"a" + $name}
        """
    )
    assert texts(events) == ["7 1 2.5 -2 True aIris"]


def test_division_by_zero_is_a_dialogue_error():
    from helpers import program

    from game.core.story import StoryState
    from game.dialogue.runner import Runner, run_all

    prog = program("{1 / ($n - 2)}\n")
    with pytest.raises(DialogueError) as info:
        run_all(Runner(prog, StoryState()), "Start")
    assert "division by zero" in info.value.message


def test_modulo_keeps_the_sign_of_the_dividend_like_yarn():
    assert texts(play("{-7 % 3}\n")) == ["-1"]
