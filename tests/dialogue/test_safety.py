"""No dialogue input makes the runner, checker or talk tool spin or recurse
without limit: silent cycles are reported by the checker and stopped by the
runner with a message."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from helpers import DECLS, body_error, program

from game.core.paths import project_root
from game.core.story import StoryState
from game.dialogue.check import check_files
from game.dialogue.errors import DialogueError
from game.dialogue.program import build_program
from game.dialogue.runner import End, Line, Runner
from game.dialogue.syntax import parse_file
from game.tools.talk import main as talk

SELF_JUMP = "<<set $n += 1>>\n<<jump Start>>\n"


def _end_of(body: str) -> End:
    runner = Runner(program(body), StoryState())
    runner.start("Start")
    event = runner.advance()
    while not isinstance(event, End):
        event = runner.advance()
    return event


def test_a_node_that_jumps_to_itself_silently_is_stopped_with_a_message():
    start = time.perf_counter()
    end = _end_of(SELF_JUMP)
    assert "dialogue stopped in Start" in end.problem
    assert "without a line or a choice" in end.problem
    assert time.perf_counter() - start < 5


def test_a_node_that_detours_to_itself_is_stopped_with_a_message():
    end = _end_of("Hi\n<<detour Start>>\n")
    assert "detours nest deeper" in end.problem


def test_a_cycle_that_shows_a_line_each_time_is_not_stopped():
    runner = Runner(program("Hi\n<<jump Start>>\n"), StoryState())
    runner.start("Start")
    events = [runner.advance() for _ in range(500)]
    assert all(isinstance(e, Line) for e in events)


def _findings(tmp_path: Path, nodes: str):
    path = tmp_path / "loop.yarn"
    path.write_text(DECLS + nodes)
    return [f for f in check_files([path], project_root()) if f.is_error]


def test_the_checker_reports_a_node_that_jumps_to_itself_silently(tmp_path):
    errors = _findings(
        tmp_path, "title: Start\ntags: entry\n---\n" + SELF_JUMP + "===\n"
    )
    assert any("node Start jumps to itself" in f.message for f in errors)


def test_the_checker_reports_a_silent_jump_cycle_through_two_nodes(tmp_path):
    nodes = (
        "title: A\ntags: entry\n---\n<<if $flag>>\n    Hi #line:a\n<<endif>>\n"
        "<<jump B>>\n===\ntitle: B\n---\n<<jump A>>\n===\n"
    )
    errors = _findings(tmp_path, nodes)
    assert any("nodes A -> B -> A jump in a cycle" in f.message for f in errors)


def test_the_checker_accepts_a_cycle_that_offers_a_choice(tmp_path):
    nodes = (
        "title: A\ntags: entry\n---\n-> Again #line:o1\n    <<jump A>>\n"
        "-> Leave #line:o2\n===\n"
    )
    assert _findings(tmp_path, nodes) == []


def test_the_talk_tool_stops_a_silent_cycle_with_a_message(tmp_path, capsys):
    path = tmp_path / "loop.yarn"
    path.write_text(DECLS + "title: Start\n---\n" + SELF_JUMP + "===\n")
    assert talk([str(path), "Start"]) == 1
    assert "without a line or a choice" in capsys.readouterr().out


def test_the_talk_tool_runs_a_function_defined_on_the_command_line(tmp_path, capsys):
    path = tmp_path / "f.yarn"
    path.write_text(DECLS + "title: Start\n---\nTwice {double($n)}.\n===\n")
    args = [str(path), "Start", "--function", "double(x: number) -> number = $x * 2"]
    assert talk(args) == 0
    assert "Twice 4." in capsys.readouterr().out


def test_a_node_whose_choices_multiply_too_far_is_told_to_split(tmp_path):
    groups = "".join(
        f"Q{i} #line:q{i}\n-> Yes #line:y{i}\n    <<set $n += 1>>\n-> No #line:n{i}\n\n"
        for i in range(40)
    )
    errors = _findings(tmp_path, "title: Start\ntags: entry\n---\n" + groups + "===\n")
    assert len(errors) == 1
    assert errors[0].message.startswith("too many branches in Start (")
    assert errors[0].message.split(":")[0].endswith("loop.yarn")
    assert "split it" in errors[0].hint


def test_a_jump_to_a_missing_node_in_a_refused_script_stops_with_a_message():
    text = "title: Start\n---\nHi\n<<jump Nowhere>>\n===\n"
    built, errors = build_program([parse_file(text, "draft.yarn")])
    assert errors  # the checker refuses it; the game still plays what compiled
    runner = Runner(built, StoryState())
    runner.start("Start")
    assert isinstance(runner.advance(), Line)
    end = runner.advance()
    assert isinstance(end, End) and "there is no node called Nowhere" in end.problem


def test_the_checker_refuses_a_division_by_a_literal_zero():
    error = body_error("<<set $n = 4 / 0>>\n")
    assert "by zero" in error.message


def test_a_number_too_large_is_a_runtime_fault_with_its_place():
    big = " * ".join(["10000000000"] * 4)  # 1e40, then 1e320: past a float
    body = f"<<set $n = {big}>>\n<<set $n = $n * $n * $n * $n * $n * $n * $n * $n>>\n"
    with pytest.raises(DialogueError, match="too large") as info:
        _end_of(body + "Hi\n")
    assert info.value.pos.line == 10
