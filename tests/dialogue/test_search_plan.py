"""The story search's walker takes each instruction as its plan says: runs
of lines at once, compiled tests and assignments, commands it can skip."""

from __future__ import annotations

from helpers import program

from game.core.story import StoryState
from game.dialogue.compile import RunCommand
from game.dialogue.explore import ConversationExplorer
from game.dialogue.search_plan import (
    ENTER,
    GOTO,
    LEAVE,
    LINES,
    SET,
    STEP,
    TEST,
    plan_node,
)
from game.dialogue.story_space import StorySpace


def _kinds(body: str) -> list[int]:
    return [kind for kind, _, _ in plan_node(program(body), "Start")]


def test_a_run_of_lines_is_one_op_carrying_every_key_and_where_it_ends():
    ops = plan_node(program("One. #line:a\nTwo. #line:b\n<<set $n = 1>>\n"), "Start")
    assert ops[0] == (LINES, 2, ("a", "b"))
    assert ops[1] == (LINES, 2, ("b",))


def test_the_op_after_the_last_instruction_leaves_the_node():
    assert _kinds("Hi.\n")[-1] == LEAVE


def test_tests_and_assignments_are_compiled():
    kinds = _kinds("<<if $n > 1>>\n<<set $n += 1>>\n<<endif>>\n")
    assert kinds[:2] == [TEST, SET]


def test_a_command_with_written_arguments_is_skipped_as_a_go_to_the_next():
    prog = program("<<music clinic_calm>>\nHi.\n")
    assert isinstance(prog.code["Start"][0], RunCommand)
    assert plan_node(prog, "Start")[0] == (GOTO, 1, None)


def test_a_command_that_evaluates_an_argument_is_run_by_the_runner():
    assert _kinds('<<objective "Find {$name}">>\n')[0] == STEP


def test_an_ending_is_run_by_the_runner():
    assert _kinds("<<ending good>>\n")[0] == STEP


def test_a_jump_is_planned_as_entering_another_node():
    assert _kinds("<<jump Start>>\n")[0] == ENTER


def test_a_test_that_draws_a_random_number_is_run_by_the_runner():
    assert _kinds("<<if random_range(1, 6) > 3>>\nHi.\n<<endif>>\n")[0] == STEP


def test_the_explorer_reaches_lines_after_skipped_commands_and_compiled_tests():
    body = (
        "<<music clinic_calm>>\n"
        "<<if $n == 2>>\nTwo. #line:two\n<<else>>\nOther. #line:other\n<<endif>>\n"
        "<<set $n += 1>>\nThree. <<if $n == 3>> #line:three\n"
    )
    key_of = StorySpace(program(body), {("var", "n")}).key_of
    result = ConversationExplorer(program(body), key_of).run(StoryState(), "Start")
    assert {"two", "three"} <= result.reached and "other" not in result.reached
    assert [key_of(end) for end in result.ends] == [(3.0,)]
