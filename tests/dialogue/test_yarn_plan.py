"""Yarn Spinner's test-plan format, played by our runner (our own small
cases in that format; Yarn Spinner's are run by game.tools.yarn_cases)."""

from __future__ import annotations

import contextlib
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from game.dialogue.program import load_text
from game.dialogue.registry import default_registry
from game.dialogue.testplan import PlanFailure
from game.dialogue.yarn_plan import parse_yarn_plan, run_yarn_plan

STORY = """\
title: Start
---
<<declare $met = false>>
Nurse: Morning. #line:a1
-> Stay <<if $met>>
-> Go
    You leave.
<<set $met to true>>
<<knock {2}>>
===
"""


def open_program(text: str = STORY):
    return load_text(text, registry=replace(default_registry(), any_command=True))


def test_a_plan_reads_as_runs_of_steps_split_by_three_dashes():
    runs = parse_yarn_plan("line: `A`  # note\nstop\n---\nline: *\n")
    assert [[s.kind for s in run] for run in runs] == [["line", "stop"], ["line"]]


def test_a_comment_inside_backticks_is_text():
    runs = parse_yarn_plan("line: `Ask #2` #tag\n")
    assert runs[0][0].args == ["`Ask #2`"]


def test_a_matching_plan_passes_with_speakers_disabled_options_and_commands():
    run_yarn_plan(
        "line: `Nurse: Morning.`\noption: `Stay` [disabled]\noption: `Go`\n"
        "select: 2\nline: `You leave.`\ncommand: `knock 2`\nstop\n",
        open_program(),
    )


def test_state_carries_into_the_next_run():
    plan = (
        "line: *\noption: `Stay` [disabled]\noption: `Go`\nselect: 2\nline: *\n"
        "command: `knock 2`\nstop\n---\n"
        "line: *\noption: `Stay`\noption: `Go`\nselect: 1\ncommand: `knock 2`\nstop"
    )
    run_yarn_plan(plan, open_program())


def test_a_wrong_line_fails_with_both_texts():
    with pytest.raises(PlanFailure, match=r"expected\n    Nurse: Evening\.\n  got"):
        run_yarn_plan("line: `Nurse: Evening.`\n", open_program())


def test_an_option_expected_available_but_disabled_fails():
    with pytest.raises(PlanFailure, match="'Stay': available is False"):
        run_yarn_plan(
            "line: *\noption: `Stay`\noption: `Go`\nselect: 1\n", open_program()
        )


def test_select_zero_after_all_disabled_options_expects_the_group_skipped():
    text = "title: Start\n---\n-> A <<if false>>\n-> B <<if false>>\nAfter.\n===\n"
    run_yarn_plan(
        "option: `A` [disabled]\noption: `B` [disabled]\nselect: 0\n"
        "line: `After.`\nstop",
        open_program(text),
    )


def test_stop_expected_while_lines_remain_fails():
    with pytest.raises(PlanFailure, match="expected the end, got Line"):
        run_yarn_plan("stop\n", open_program())


def test_set_gives_a_declared_variable_a_value():
    run_yarn_plan(
        "set: $met = true\nline: *\noption: `Stay`\noption: `Go`\nselect: 1\n",
        open_program(),
    )


def test_set_on_an_undeclared_variable_fails():
    with pytest.raises(PlanFailure, match=r"\$gone is not declared"):
        run_yarn_plan("set: $gone = 1\n", open_program())


def test_an_unknown_step_is_refused():
    with pytest.raises(PlanFailure, match="cannot read"):
        parse_yarn_plan("line: `A`\n{oops}\n")


def test_a_step_kind_we_do_not_play_is_refused_not_ignored():
    with pytest.raises(PlanFailure, match="saliency: steps are not supported"):
        parse_yarn_plan("line: `A`\nsaliency: first\n")


def test_a_step_without_its_value_is_refused():
    with pytest.raises(PlanFailure, match="select: lacks its value"):
        parse_yarn_plan("select:\nstop\n")


def test_set_false_makes_a_true_variable_false():
    text = "title: Start\n---\n<<declare $on = true>>\n{$on}\n===\n"
    run_yarn_plan("set: $on = false\nline: `False`\n", open_program(text))


def test_selecting_an_unavailable_option_fails_the_plan():
    with pytest.raises(PlanFailure, match="run 1: option 1 is not available"):
        run_yarn_plan(
            "line: *\noption: `Stay` [disabled]\noption: `Go`\nselect: 1\n",
            open_program(),
        )


PLAN_PIECES = [
    "line: ",
    "option: ",
    "select: ",
    "set: ",
    "node: ",
    "stop",
    "---",
    "`A`",
    "`",
    "*",
    "[disabled]",
    "$x",
    "=",
    "1",
    "true",
    "# c",
    "\n",
    " ",
    "saliency: ",
    "?",
]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(PLAN_PIECES), max_size=30))
def test_random_plans_fail_only_with_plan_failures(pieces):
    with contextlib.suppress(PlanFailure):
        run_yarn_plan("".join(pieces), open_program())
