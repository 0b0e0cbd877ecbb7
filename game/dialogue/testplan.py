"""Test plans: scripted conversations with the lines they must produce.

A plan (`tests/dialogue/*.testplan`) is one step a line, `#` comments:

    file: dialogue/sample/sample.yarn   files to load (default: dialogue/**/*.yarn)
    set: sample_trust = 2               give a variable a value
    minigame: ep1_teach = won 120 85    a level's result (outcome, score, peak
                                        stress; numbers optional), set as the
                                        game sets it after <<minigame>>
    node: SampleStart                   start a conversation there
    line: Ortho: Good morning, Iris.    the next line (speaker: text)
    option: Ask about the bots          the next option, available
    unavailable: Ask about Malik        the next option, shown but unavailable
    select: 1                           pick option 1 (options not listed are skipped)
    command: move Malik 4 6             the next command
    end                                 the conversation ends here
    later line: Malik: It held!         skip lines and commands up to this line
    later command: ending sanctuary     ... up to this command
    later select: 2                     ... up to the next options, pick 2
    function: double(x: number) -> number = $x * 2
                                        a function the dialogue may call
                                        (see game/dialogue/defined.py)

State carries over between `node:` steps, as when the player talks again.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from game.core.reading import read_text
from game.core.story import StoryState
from game.dialogue.defined import register
from game.dialogue.errors import DialogueError, Pos
from game.dialogue.expr import Value
from game.dialogue.level_results import apply_result, parse_result
from game.dialogue.program import Program, load_program
from game.dialogue.registry import default_registry
from game.dialogue.runner import Options, Runner
from game.dialogue.transcript import plan_items

EXPECT = ("line", "option", "unavailable", "command", "end")
DRIVE = ("file", "set", "minigame", "node", "select", "function")
LATER = ("later line", "later command", "later select")  # skip to the next one


class PlanFailure(AssertionError):
    """A plan step did not match; the message names plan:line."""


@dataclass(frozen=True)
class Step:
    kind: str
    value: str
    line: int


@dataclass
class Plan:
    path: Path
    steps: list[Step] = field(default_factory=list)

    @property
    def files(self) -> list[str]:
        return [s.value for s in self.steps if s.kind == "file"]

    @property
    def functions(self) -> list[str]:
        return [s.value for s in self.steps if s.kind == "function"]


def parse_plan(path: Path) -> Plan:
    plan = Plan(path)
    for number, raw in enumerate(read_text(path).splitlines(), 1):
        text = raw.strip()
        if not text or text.startswith("#"):
            continue
        kind, _, value = text.partition(":")
        kind = kind.strip()
        if kind not in EXPECT + DRIVE + LATER:
            raise PlanFailure(f"{path}:{number}: unknown step {kind!r}")
        plan.steps.append(Step(kind, value.strip(), number))
    return plan


def parse_value(text: str) -> Value:
    """`true`/`false`, a number, or else a string (quotes optional)."""
    if text in ("true", "false"):
        return text == "true"
    try:
        return float(text)
    except ValueError:
        return text.strip('"')


def set_variable(program: Program, story: StoryState, assignment: str) -> None:
    """Apply `name = value` (or name=value), checking the declared type."""
    name, _, raw = assignment.partition("=")
    name = name.strip().lstrip("$")
    decl = program.declarations.get(name)
    if decl is None:
        raise DialogueError(Pos("(set)", 1, 1), f"${name} is not declared")
    value = parse_value(raw.strip())
    if type(value) is not type(decl.value):
        raise DialogueError(
            Pos("(set)", 1, 1), f"${name} needs a value like {decl.value!r}"
        )
    story.variables[name] = value


def set_minigame(story: StoryState, text: str) -> None:
    """`LEVEL = OUTCOME [SCORE [PEAK_STRESS]]`, stored as the game stores a
    finished level (see game/dialogue/level_results.py)."""
    level, _, result = text.partition("=")
    apply_result(story, level.strip(), parse_result(result))


class PlanRun:
    """Executes one plan against the dialogue under `root`."""

    def __init__(self, plan: Plan, root: Path) -> None:
        self.plan = plan
        files = [root / f for f in plan.files] or sorted(
            (root / "dialogue").rglob("*.yarn")
        )
        registry = register(default_registry(), plan.functions)
        self.program = load_program(files, root, registry)
        self.story = StoryState()
        self.runner = Runner(self.program, self.story, set(), np.random.default_rng(0))
        self.queue: deque[tuple[str, str]] = deque()

    def fail(self, step: Step, message: str) -> PlanFailure:
        return PlanFailure(f"{self.plan.path}:{step.line}: {message}")

    def run(self) -> None:
        for step in self.plan.steps:
            self.step(step)

    def step(self, step: Step) -> None:
        if step.kind == "set":
            set_variable(self.program, self.story, step.value)
        elif step.kind == "minigame":
            set_minigame(self.story, step.value)
        elif step.kind == "node":
            self.queue.clear()
            self.runner.start(step.value)
        elif step.kind == "select":
            self.select(step)
        elif step.kind in EXPECT:
            self.expect(step)
        elif step.kind in LATER:
            self.later(step)

    def next_item(self, step: Step) -> tuple[str, str]:
        if not self.queue:
            if self.runner.waiting_for_choice:
                raise self.fail(
                    step, f"expected {step.kind}, but options wait: add select:"
                )
            if self.runner.finished:
                raise self.fail(
                    step, f"expected {step.kind}, but the conversation ended"
                )
            self.queue.extend(plan_items(self.runner.advance()))
        return self.queue.popleft()

    def expect(self, step: Step) -> None:
        kind, text = self.next_item(step)
        if (kind, text) != (step.kind, step.value):
            got = f"{kind}: {text}" if text else kind
            want = f"{step.kind}: {step.value}" if step.value else step.kind
            raise self.fail(step, f"expected\n    {want}\n  got\n    {got}")

    def later(self, step: Step) -> None:
        """Skip lines and commands until the step's item (or, for `later
        select`, until options wait, then pick)."""
        wanted = step.kind.removeprefix("later ")
        while True:
            runner = self.runner
            if not (self.queue or runner.waiting_for_choice or runner.finished):
                self.queue.extend(plan_items(runner.advance()))
            if wanted == "select" and self._options_next():
                return self.select(step)
            kind, text = self.next_item(step)
            if (kind, text) == (wanted, step.value):
                return None
            if kind not in ("line", "command"):
                got = f"{kind}: {text}" if text else kind
                raise self.fail(step, f"expected later {wanted}, but reached {got}")

    def _options_next(self) -> bool:
        if self.queue:
            return self.queue[0][0] in ("option", "unavailable")
        return self.runner.waiting_for_choice

    def select(self, step: Step) -> None:
        while self.queue and self.queue[0][0] in ("option", "unavailable"):
            self.queue.popleft()
        if not self.runner.waiting_for_choice:
            event = self.runner.advance() if not self.queue else None
            if not isinstance(event, Options):
                raise self.fail(step, "select: but no options are waiting")
        try:
            self.runner.choose(int(step.value) - 1)
        except ValueError as err:
            raise self.fail(step, f"cannot select {step.value}: {err}") from None


def run_plan(path: Path, root: Path) -> None:
    """Run a plan; raises PlanFailure (or DialogueError) on the first mismatch."""
    PlanRun(parse_plan(path), root).run()
