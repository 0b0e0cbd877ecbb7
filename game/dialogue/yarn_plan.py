"""Yarn Spinner's own test-plan format, played by our runner.

Contract: `parse_yarn_plan(text)` reads a `.testplan` as Yarn Spinner's
test harness writes them (the format of `Tests/TestCases` in its
repository) into runs of steps:

    line: `Mae: Hello`        the next line (`line: *` = any line)
    option: `Ask` [disabled]  an option of the next choice (collected)
    select: 1                 the choice must show the collected options;
                              pick 1 (`select: 0`: none is available)
    command: `wait 2`         the next command
    stop                      the conversation ends here
    set: $x = 3               give a variable a value
    node: Other               start at another node
    ---                       a new run from Start (state carries over)
    # comment                 (also after a step, as Yarn's lexer skips it)

`run_yarn_plan(plan, program)` plays every run from the node `Start`
and raises PlanFailure at the first mismatch (or bad step, or dialogue
error while playing). Where our runner differs
from Yarn Spinner's by contract, the harness says how it maps it:
an option group whose options are all unavailable is skipped by our
runner (Yarn 3.1's fallthrough) without showing it, so `select: 0`
after such a group expects no choice at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from game.core.story import StoryState
from game.dialogue.errors import DialogueError
from game.dialogue.program import Program
from game.dialogue.runner import Command, End, Event, Line, Options, Runner
from game.dialogue.testplan import PlanFailure
from game.dialogue.transcript import command_text, said

_TOKEN = re.compile(
    r"(?P<text>`[^`]*`)|(?P<comment>#[^\n]*)|(?P<space>\s+)"
    r"|(?P<word>---|\[disabled\]|[a-z]+:|\$?[A-Za-z_][A-Za-z0-9_]*|[0-9]+|[*=])"
)
KEYWORDS = ("line:", "option:", "command:", "select:", "set:", "node:", "stop")
ARGUMENTS = {"line": 1, "option": 1, "command": 1, "select": 1, "node": 1, "set": 3}


@dataclass
class YarnStep:
    kind: str  # line, option, command, select, set, node, stop
    args: list[str] = field(default_factory=list)


def tokens(text: str) -> list[str]:
    """Yarn's test-plan tokens; comments and white space dropped."""
    out: list[str] = []
    pos = 0
    while pos < len(text):
        match = _TOKEN.match(text, pos)
        if match is None:
            raise PlanFailure(f"test plan: cannot read {text[pos : pos + 20]!r}")
        if match.lastgroup in ("text", "word"):
            out.append(match.group())
        pos = match.end()
    return out


def parse_yarn_plan(text: str) -> list[list[YarnStep]]:
    """The plan's runs, each a list of steps."""
    runs: list[list[YarnStep]] = [[]]
    for token in tokens(text):
        if token == "---":
            runs.append([])
        elif token in KEYWORDS:
            runs[-1].append(YarnStep(token.rstrip(":")))
        elif token.endswith(":"):
            raise PlanFailure(f"test plan: {token} steps are not supported")
        elif runs[-1]:
            runs[-1][-1].args.append(token)
        else:
            raise PlanFailure(f"test plan: {token!r} before any step")
    for step in (step for run in runs for step in run):
        if len(step.args) < ARGUMENTS.get(step.kind, 0):
            raise PlanFailure(f"test plan: {step.kind}: lacks its value")
    return [run for run in runs if run]


def _text(token: str) -> str | None:
    """A backtick token's text; None for `*` (anything)."""
    return None if token == "*" else token.strip("`")


class YarnPlanRun:
    """Plays Yarn-format runs against a program with our runner."""

    def __init__(self, program: Program, start: str = "Start") -> None:
        self.program = program
        self.start = start
        self.story = StoryState()
        self.runner = Runner(program, self.story, set())
        self.options: list[tuple[str | None, bool]] = []

    def run(self, runs: list[list[YarnStep]]) -> None:
        for number, steps in enumerate(runs, 1):
            self.runner.start(self.start)
            self.options.clear()
            for step in steps:
                try:
                    self.step(step)
                except (PlanFailure, DialogueError, ValueError) as err:
                    raise PlanFailure(f"run {number}: {err}") from None
                if step.kind == "stop":
                    break

    def step(self, step: YarnStep) -> None:
        if step.kind == "option":
            text = _text(step.args[0]) if step.args else None
            self.options.append((text, "[disabled]" not in step.args))
        elif step.kind == "select":
            self.select(int(step.args[0]))
        elif step.kind == "set":
            self.set_variable(step.args)
        elif step.kind == "node":
            self.runner.start(step.args[0])
        else:
            self.expect(step)

    def next_event(self) -> Event:
        if self.runner.waiting_for_choice:
            raise PlanFailure("options are waiting; the plan does not select")
        return self.runner.advance()

    def expect(self, step: YarnStep) -> None:
        event = self.next_event()
        if step.kind == "stop":
            self.want(isinstance(event, End), "the end", event)
        elif step.kind == "line":
            self.want(isinstance(event, Line), "a line", event)
            assert isinstance(event, Line)
            self.same(_text(step.args[0]), said(event.speaker, event.text))
        else:
            self.want(isinstance(event, Command), "a command", event)
            assert isinstance(event, Command)
            self.same(_text(step.args[0]), command_text(event))

    def select(self, number: int) -> None:
        expected, self.options = self.options, []
        if number == 0 and not any(ok for _, ok in expected):
            return  # our runner skips a group with nothing available
        event = self.next_event()
        self.want(isinstance(event, Options), "options", event)
        assert isinstance(event, Options)
        shown = [(said(o.speaker, o.text), o.available) for o in event.options]
        if len(shown) != len(expected):
            raise PlanFailure(f"expected {len(expected)} options, got {shown}")
        for (want, ok), (got, available) in zip(expected, shown, strict=True):
            self.same(want, got)
            if ok != available:
                raise PlanFailure(f"option {got!r}: available is {available}")
        self.runner.choose(number - 1)

    def set_variable(self, args: list[str]) -> None:
        name, value = args[0].lstrip("$"), args[-1]
        if name not in self.program.declarations:
            raise PlanFailure(f"set: ${name} is not declared")
        if value in ("true", "false"):
            self.story.variables[name] = value == "true"
        else:
            self.story.variables[name] = float(value)

    @staticmethod
    def same(want: str | None, got: str) -> None:
        if want is not None and want != got:
            raise PlanFailure(f"expected\n    {want}\n  got\n    {got}")

    @staticmethod
    def want(ok: bool, what: str, event: Event) -> None:
        if not ok:
            raise PlanFailure(f"expected {what}, got {event}")


def run_yarn_plan(text: str, program: Program) -> None:
    """Play a Yarn-format plan; raises PlanFailure at the first mismatch."""
    YarnPlanRun(program).run(parse_yarn_plan(text))
