"""The Yarn test-case tool: a folder of NAME.yarn + NAME.testplan in Yarn
Spinner's format, PASS or FAIL per case."""

from __future__ import annotations

from pathlib import Path

import pytest

from game.dialogue.errors import DialogueError
from game.dialogue.program import load_text
from game.tools.yarn_cases import case_registry, main, run_case

SUMS = "title: Start\n---\n{add_three_operands(1, 2, 3)}\n<<beep {1 + 1}>>\n===\n"


def write_case(folder: Path, name: str, yarn: str, plan: str) -> None:
    (folder / f"{name}.yarn").write_text(yarn, encoding="utf-8")
    (folder / f"{name}.testplan").write_text(plan, encoding="utf-8")


def test_the_case_registry_has_yarn_spinners_test_functions_and_any_command():
    registry = case_registry()
    load_text(SUMS, registry=registry)
    assert "add_three_operands" in registry.functions


def test_the_game_registry_still_refuses_unknown_commands_and_functions():
    with pytest.raises(DialogueError, match="unknown function add_three_operands"):
        load_text(SUMS)


def test_a_passing_case_gives_no_problem(tmp_path: Path):
    write_case(tmp_path, "Sums", SUMS, "line: `6`\ncommand: `beep 2`\nstop\n")
    assert run_case(tmp_path, "Sums", case_registry()) == ""


def test_a_failing_case_says_what_differed(tmp_path: Path):
    write_case(tmp_path, "Sums", SUMS, "line: `7`\n")
    assert "expected\n    7\n  got\n    6" in run_case(
        tmp_path, "Sums", case_registry()
    )


def test_a_case_that_does_not_compile_gives_the_error(tmp_path: Path):
    write_case(tmp_path, "Bad", "title: Start\n---\n<<if>>\n===\n", "stop\n")
    assert "Bad.yarn:3" in run_case(tmp_path, "Bad", case_registry())


def test_main_prints_one_verdict_per_case_and_fails_when_a_named_one_fails(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    write_case(tmp_path, "Good", SUMS, "line: `6`\n")
    write_case(tmp_path, "Wrong", SUMS, "line: `5`\n")
    assert main([str(tmp_path), "Good", "Wrong"]) == 1
    out = capsys.readouterr().out
    assert "PASS Good" in out and "FAIL Wrong" in out and "1 of 2 passed" in out


def test_main_with_a_function_option_adds_it(tmp_path: Path):
    write_case(tmp_path, "Twice", "title: Start\n---\n{twice(4)}\n===\n", "line: `8`\n")
    assert (
        main(
            [
                str(tmp_path),
                "Twice",
                "--function",
                "twice(x: number) -> number = $x * 2",
            ]
        )
        == 0
    )
