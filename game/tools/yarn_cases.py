"""`python -m game.tools.yarn_cases FOLDER [NAME ...]`: Yarn Spinner's test cases.

    python -m game.tools.yarn_cases /tmp/yarn-cases Lines Smileys

FOLDER holds pairs NAME.yarn + NAME.testplan in Yarn Spinner's own format
(`Tests/TestCases` in Yarn Spinner's repository; see dialogue/README.md
"Coming from Yarn Spinner"). Each case is compiled with our parser and
checker and played by our runner (game/dialogue/yarn_plan.py); the tool
prints PASS or FAIL and the first mismatch per case, and exits 1 if any
named case fails (with no NAME, every case in FOLDER runs, and only the
summary counts).

Like Yarn Spinner's own harness, it uses a test-only registry: the game's
functions plus the test functions that harness registers in C#
(TEST_FUNCTIONS, written in our `function:` syntax; add more with
`--function`), and any command is accepted. The game itself never uses
this registry.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path

from game.core.reading import DIALOGUE_BYTES, UnreadableFile, read_limited
from game.dialogue.defined import register
from game.dialogue.errors import DialogueError
from game.dialogue.program import load_program
from game.dialogue.registry import Registry, default_registry
from game.dialogue.testplan import PlanFailure
from game.dialogue.yarn_plan import run_yarn_plan

# The functions Yarn Spinner's language tests register in C# (their bodies
# return what the C# ones return).
TEST_FUNCTIONS = (
    "add_three_operands(a: number, b: number, c: number) -> number = $a + $b + $c",
    "set_objective_complete(objective: string) -> bool = true",
    "is_objective_active(objective: string) -> bool = true",
    'get_quest_status(quest: string) -> string = "InProgress"',
    "dummy_bool() -> bool = true",
    "dummy_number() -> number = 1",
    'dummy_string() -> string = "string"',
)


def case_registry(extra: list[str] | None = None) -> Registry:
    """The game's registry, any command allowed, plus the test functions."""
    open_registry = replace(default_registry(), any_command=True)
    return register(open_registry, [*TEST_FUNCTIONS, *(extra or [])])


def run_case(folder: Path, name: str, registry: Registry) -> str:
    """'' if the case passes, else the first mismatch or error."""
    try:
        program = load_program([folder / f"{name}.yarn"], folder, registry)
        plan = read_limited(folder / f"{name}.testplan", DIALOGUE_BYTES)
        run_yarn_plan(plan.decode("utf-8"), program)
    except DialogueError as err:
        return err.format()
    except (PlanFailure, OSError, UnicodeDecodeError, ValueError) as err:
        return str(err)
    return ""


def case_names(folder: Path) -> list[str]:
    """Every NAME with both NAME.yarn and NAME.testplan in `folder`."""
    return sorted(
        p.stem for p in folder.glob("*.testplan") if p.with_suffix(".yarn").is_file()
    )


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m game.tools.yarn_cases",
        description="Run Yarn Spinner's test cases through our runner.",
    )
    parser.add_argument("folder", type=Path, help="a folder of NAME.yarn + .testplan")
    parser.add_argument("names", nargs="*", help="cases to run (default: all)")
    parser.add_argument(
        "--function",
        action="append",
        default=[],
        metavar="DEFINITION",
        help='another test function: "double(x: number) -> number = $x * 2"',
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if not args.folder.is_dir():
        raise SystemExit(f"{args.folder}: not a folder")
    registry = case_registry(args.function)
    names = args.names or case_names(args.folder)
    failed = 0
    for name in names:
        problem = run_case(args.folder, name, registry)
        failed += bool(problem)
        print(f"FAIL {name}: {problem}" if problem else f"PASS {name}")
    print(f"{len(names) - failed} of {len(names)} passed")
    return 1 if failed and args.names else 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except UnreadableFile as err:
        sys.exit(str(err))
