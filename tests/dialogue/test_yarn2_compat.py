"""Yarn Spinner 2.x habits the parser accepts (contract v2) and the near
misses it answers with a "did you mean"."""

from __future__ import annotations

import pytest
from helpers import DECLS, body_error, play, program, texts

from game.core.story import StoryState
from game.dialogue.check import check_files
from game.dialogue.errors import DialogueError, Pos
from game.dialogue.expr import parse_expression
from game.dialogue.program import build_program, load_text
from game.dialogue.runner import Runner, run_all
from game.dialogue.syntax import parse_file

START = Pos("t.yarn", 1, 1)

WORD_OPERATORS = [
    ("2 eq 2", True),
    ("2 is 3", False),
    ("2 neq 3", True),
    ("3 gt 2", True),
    ("3 lt 2", False),
    ("2 gte 2", True),
    ("2 lte 1", False),
    ("true xor false", True),
    ("true xor true", False),
    ("true ^ false", True),
    ("not false and true", True),
]


@pytest.mark.parametrize(("text", "expected"), WORD_OPERATORS)
def test_word_operators_evaluate_like_their_symbols(text, expected):
    events = play("{" + text + "}\n")
    assert texts(events) == [str(expected)]  # Yarn prints True/False


def test_xor_mixed_with_and_needs_parentheses():
    with pytest.raises(DialogueError, match="without parentheses"):
        parse_expression("$a xor $b and $c", START)


def test_tab_indented_option_bodies_run():
    events = play("-> Left\n\tPicked left.\n-> Right\n\tPicked right.\n", [1])
    assert texts(events) == ["Picked right."]


def test_declare_inside_a_node_body_declares_the_variable():
    events = play('<<declare $mood = "calm">>\nFeeling {$mood}.\n')
    assert texts(events) == ["Feeling calm."]


def test_set_on_an_undeclared_variable_declares_it_with_the_inferred_type():
    events = play("<<set $count = 3>>\nCount {$count}.\n")
    assert texts(events) == ["Count 3."]


def test_an_implicit_declaration_is_a_checker_warning(tmp_path):
    path = tmp_path / "draft.yarn"
    path.write_text(
        DECLS + "title: Start\ntags: entry\n---\n<<set $count = 3>>\n"
        "Count {$count}. #line:c1\n===\n"
    )
    findings = check_files([path], tmp_path)
    implicit = [f for f in findings if "declared implicitly" in f.message]
    assert len(implicit) == 1 and not implicit[0].is_error
    assert "<<declare $count = 0>>" in implicit[0].message


def test_an_implicit_declaration_still_fixes_the_type():
    err = body_error('<<set $count = 3>>\n<<set $count = "three">>\n')
    assert "$count is a number" in err.message


@pytest.mark.parametrize(
    ("body", "hint"),
    [
        ("<<if $flag>>\n<<else if $flag>>\n<<endif>>\n", "did you mean <<elseif …>>"),
        ("<<if $flag>>\n<<elif $flag>>\n<<endif>>\n", "did you mean <<elseif …>>"),
        ("<<if $flag>>\nHi\n<<end if>>\n", "did you mean <<endif>>"),
        ("<<jump {$name}>>\n", "did you mean <<jump NodeName>>"),
    ],
)
def test_near_misses_get_a_did_you_mean(body, hint):
    assert hint in body_error(body).message


def test_deeply_nested_parentheses_are_refused_with_a_message():
    with pytest.raises(DialogueError, match="nests deeper"):
        parse_expression("(" * 100 + "1" + ")" * 100, START)


def test_a_very_long_expression_is_refused_with_a_message():
    with pytest.raises(DialogueError, match="too long"):
        parse_expression(" + ".join(["1"] * 2000), START)


def test_deeply_nested_blocks_are_refused_with_a_message():
    depth = 200
    body = "".join("    " * i + "-> go\n" for i in range(depth))
    text = "title: Start\n---\n" + body + "===\n"
    with pytest.raises(DialogueError, match="nest deeper"):
        parse_file(text, "deep.yarn")


def test_a_program_with_word_operators_has_no_errors():
    _program, errors = build_program(
        [
            parse_file(
                DECLS + "title: S\n---\n<<if $n gte 2 and $flag is false>>\n"
                "Yes\n<<endif>>\n===\n",
                "t.yarn",
            )
        ]
    )
    assert errors == []
    assert program("Hi\n").nodes["Start"].title == "Start"


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("round(2.5)", "2"),
        ("round(3.5)", "4"),
        ("round_places(3.14159, 2)", "3.14"),
        ("floor(-1.5)", "-2"),
        ("ceil(1.2)", "2"),
        ("inc(1.2)", "2"),
        ("inc(2)", "3"),
        ("dec(1.8)", "1"),
        ("dec(2)", "1"),
        ("decimal(3.25)", "0.25"),
        ("int(-3.7)", "-3"),
    ],
)
def test_yarn_number_functions_give_yarn_results(text, shown):
    assert texts(play("{" + text + "}\n")) == [shown]


@pytest.mark.parametrize(
    ("step", "expected"), [("*= 3", "6"), ("/= 4", "0.5"), ("%= 2", "0")]
)
def test_multiply_divide_and_remainder_assignments_work_as_in_yarn(step, expected):
    assert texts(play(f"<<set $n {step}>>\n{{$n}}\n")) == [expected]


def test_multiplying_a_string_in_place_is_a_type_error():
    error = body_error("<<set $name *= 2>>\n")
    assert "`*` between a string and a number" in error.message


DETOUR_THEN_JUMP = """\
title: Start
---
<<detour Aside>>
===
title: Aside
---
<<jump After>>
===
title: After
---
{visited_count("Start")} {visited_count("Aside")}
===
"""


def test_a_jump_from_inside_a_detour_leaves_every_node_on_the_stack():
    runner = Runner(load_text(DETOUR_THEN_JUMP), StoryState())
    assert texts(run_all(runner, "Start")) == ["1 1"]


def test_a_quoted_constant_node_name_is_a_literal_jump():
    text = DETOUR_THEN_JUMP.replace("<<jump After>>", '<<jump {"After"}>>')
    assert load_text(text).nodes["Aside"].body[0].target == "After"


def test_a_jump_to_a_variable_is_still_refused():
    with pytest.raises(DialogueError, match="literal node name"):
        load_text(DETOUR_THEN_JUMP.replace("<<jump After>>", "<<jump {$name}>>"))


def test_min_and_max_are_yarn_built_ins():
    assert texts(play("{min(3, -1)} {max(3, -1)}\n")) == ["-1 3"]


def test_dice_rolls_a_whole_number_from_one_to_its_sides():
    rolls = {int(t) for t in texts(play("{dice(3)}\n" * 60))}
    assert rolls == {1, 2, 3}
