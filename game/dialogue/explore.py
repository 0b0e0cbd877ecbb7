"""The conversation explorer: every option path of one conversation.

`ConversationExplorer.run(story, entry)` plays the conversation that starts
at `entry` from a copy of `story`, taking every available option and every
sample result of `<<minigame>>` (see game/dialogue/level_results.py), and returns
the distinct story states it can end in, with the lines it reached. Paths
are memoised at each choice, jump and minigame by (position, story key), so
loops and branches that join again are walked once; `key_of` decides which
parts of the story count (the story search passes only what conditions can
observe).

It also learns which nodes can end: a node *cannot end* when every path
from every time it was entered loops forever.

Limits: `random_range` follows one seeded sequence, and at most
PER_PLACE_CAP different story states are walked on from any one position (a
loop that changes a counter each time round would otherwise never stop);
a capped state counts as able to end, so the cap never causes a false
"cannot end". With a `step_budget`, the explorer counts every instruction
it runs (in `steps`, and per node in `work`) and raises OutOfSteps once the
budget is spent, so no file can keep the search busy for long.

The walk runs each node's planned ops (game/dialogue/search_plan.py: runs
of lines, compiled tests and assignments) and hands the rest to the
Runner, so it plays exactly as the game's runner would.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Hashable, Iterator
from dataclasses import dataclass, field

import numpy as np

from game.core.story import StoryState
from game.dialogue.compile import Offer, ShowLine
from game.dialogue.errors import DialogueError, Pos
from game.dialogue.level_results import SAMPLES, LevelResult, apply_result
from game.dialogue.program import Program
from game.dialogue.runner import STEP_LIMIT, Command, Options, Runner
from game.dialogue.search_plan import (
    ENTER,
    GOTO,
    LEAVE,
    LINES,
    SET,
    TEST,
    Op,
    plan_node,
)

PER_PLACE_CAP = 16
END = ("END",)
KeyFn = Callable[[StoryState], Hashable]
Fork = tuple[Runner, Hashable]  # a runner to walk on, from this checkpoint


class OutOfSteps(Exception):
    """The explorer's step budget is spent (the story search catches it)."""


def line_positions(program: Program) -> dict[str, tuple[str, Pos]]:
    """Every line and option key -> (node, position)."""
    where: dict[str, tuple[str, Pos]] = {}
    for title, code in program.code.items():
        for instr in code:
            if isinstance(instr, ShowLine):
                where[instr.key] = (title, instr.content.pos)
            elif isinstance(instr, Offer):
                for spec in instr.options:
                    where[spec.key] = (title, spec.content.pos)
    return where


def copy_story(story: StoryState) -> StoryState:
    """An independent copy (the explorer never changes the caller's story)."""
    return StoryState(
        story.episode,
        dict(story.variables),
        dict(story.visits),
        set(story.once),
        {k: dict(v) for k, v in story.minigame.items()},
        list(story.endings),
        story.play_time,
    )


@dataclass
class Conversation:
    """What one conversation did: its distinct end states (by key), the
    line and option keys it reached, the nodes it entered."""

    ends: list[StoryState] = field(default_factory=list)
    end_keys: list[Hashable] = field(default_factory=list)  # key_of each end
    reached: set[str] = field(default_factory=set)
    entered: set[str] = field(default_factory=set)
    errors: list[DialogueError] = field(default_factory=list)
    checkpoints: int = 0


@dataclass
class _Run:
    """The bookkeeping of one conversation's walk."""

    result: Conversation = field(default_factory=Conversation)
    edges: dict[Hashable, set[Hashable]] = field(default_factory=dict)
    seen: set[Hashable] = field(default_factory=set)
    per_place: dict[Hashable, int] = field(default_factory=dict)
    entries: list[tuple[str, Hashable]] = field(default_factory=list)
    ends: dict[Hashable, StoryState] = field(default_factory=dict)
    runners: list[Runner] = field(default_factory=list)  # released at the end
    stories: dict[Hashable, int] = field(default_factory=dict)  # key -> number

    def can_end(self) -> set[Hashable]:
        reverse: dict[Hashable, set[Hashable]] = {}
        for source, targets in self.edges.items():
            for target in targets:
                reverse.setdefault(target, set()).add(source)
        good: set[Hashable] = {END}
        frontier: list[Hashable] = [END]
        while frontier:
            for source in reverse.get(frontier.pop(), ()):
                if source not in good:
                    good.add(source)
                    frontier.append(source)
        return good


@dataclass
class _Counted:
    steps: int = 0


class ConversationExplorer:
    """Explores conversations one at a time; remembers which nodes can end."""

    def __init__(
        self,
        program: Program,
        key_of: KeyFn,
        samples: tuple[LevelResult, ...] = SAMPLES,
        per_place_cap: int = PER_PLACE_CAP,
        step_budget: int | None = None,
    ) -> None:
        self.program = program
        self.step_budget = step_budget
        self.steps = 0
        self.work: Counter[str] = Counter()  # instructions run per node
        self.key_of = key_of
        self.samples = samples
        self.per_place_cap = per_place_cap
        self.rng = np.random.default_rng(0)
        self.entered: set[str] = set()
        self.ending: set[str] = set()  # nodes seen able to end
        self.plans: dict[str, list[Op]] = {}  # node -> how the walk runs it

    @property
    def cannot_end(self) -> set[str]:
        """Entered nodes no path ever got out of."""
        return self.entered - self.ending

    def run(self, story: StoryState, entry: str, own: bool = False) -> Conversation:
        """Every path of the conversation at `entry`, from a copy of `story`
        (`own`: from `story` itself, which the caller gives up).
        Declared variables missing from `story` start at their declared
        value when first read (Runner.read_var): stories, their copies and
        the ends hold only what the conversation read, wrote or was given."""
        runner = Runner(
            self.program,
            story if own else copy_story(story),
            set(),
            self.rng,
            render=False,
            initialise=False,
        )
        runner.start(entry)
        run = _Run()
        run.runners.append(runner)
        start = self.checkpoint_key(run, runner)
        run.entries.append((entry, start))
        run.seen.add(start)
        work = [(runner, start)]
        while work:
            current, key = work.pop()
            run.result.checkpoints += 1
            work.extend(self.walk(run, current, key))
        self.finish(run)
        for done in run.runners:
            done.release()
        return run.result

    def finish(self, run: _Run) -> None:
        entries = run.entries
        self.entered.update(node for node, _ in entries)
        # Which checkpoints can end matters only for nodes not yet seen
        # ending (usually none: the search plays each entry many times).
        open_ = [(node, key) for node, key in entries if node not in self.ending]
        if open_:
            good = run.can_end()
            self.ending.update(node for node, key in open_ if key in good)
        run.result.ends = list(run.ends.values())
        run.result.end_keys = list(run.ends)

    def checkpoint_key(self, run: _Run, runner: Runner) -> Hashable:
        """Where the runner is and its story's key, as a number within `run`
        (keys are hashed many times per checkpoint; a long tuple would be
        hashed anew each time)."""
        stories = run.stories
        story = stories.setdefault(self.key_of(runner.story), len(stories))
        stack = runner.stack
        if len(stack) == 1:  # mostly: no detour under way
            frame = stack[0]
            return (runner.pending is not None, ((frame.node, frame.pc),), story)
        return (
            runner.pending is not None,
            tuple((f.node, f.pc) for f in stack),
            story,
        )

    def link(self, run: _Run, source: Hashable, target: Hashable) -> bool:
        """Record an edge; True if `target` is new and must be walked."""
        run.edges.setdefault(source, set()).add(target)
        seen = run.seen
        size = len(seen)
        seen.add(target)
        if len(seen) == size:
            return False
        place = target[:2]  # type: ignore[index]
        count = run.per_place.get(place, 0)
        if count >= self.per_place_cap:
            # Enough different states seen here: stop widening (counted as
            # able to end, so a cap never makes a false "cannot end").
            run.edges.setdefault(target, set()).add(END)
            return False
        run.per_place[place] = count + 1
        return True

    def walk(self, run: _Run, runner: Runner, key: Hashable) -> list[Fork]:
        """Run from a checkpoint to the next ones; the new ones to walk."""
        if self.step_budget is not None and self.steps >= self.step_budget:
            raise OutOfSteps
        node = runner.stack[-1].node
        run.result.entered.add(node)
        counted = _Counted()
        try:
            return self.walk_counted(run, runner, key, counted)
        except DialogueError as err:
            run.result.errors.append(err)
            run.edges.setdefault(key, set()).add(END)
            return []
        finally:
            self.steps += counted.steps
            self.work[node] += counted.steps

    def walk_counted(
        self, run: _Run, runner: Runner, key: Hashable, counted: _Counted
    ) -> list[Fork]:
        """Run to the next checkpoints, counting one step per instruction
        (and one for finding the conversation over) in `counted`."""
        reached = run.result.reached
        steps = 0
        frame = None  # the frame being run, and its node's ops
        try:
            while steps < STEP_LIMIT:
                steps += 1
                if frame is None:
                    stack = runner.stack  # a jump gives the runner a new stack
                    if not stack:
                        break
                    frame = stack[-1]
                    ops = self.plans.get(frame.node) or self.plan(frame.node)
                kind, target, payload = ops[frame.pc]
                if kind == LINES:
                    # A line changes no story state: note it and move on
                    # (what the runner would do, without the Line event).
                    # A run of lines counts a step each, up to the limit.
                    reached.update(payload[: STEP_LIMIT - steps + 1])
                    frame.pc = target
                    steps = min(steps + len(payload) - 1, STEP_LIMIT)
                elif kind == TEST:
                    frame.pc = frame.pc + 1 if payload(runner) else target
                elif kind == GOTO:
                    frame.pc = target
                elif kind == SET:
                    frame.pc += 1
                    payload(runner)
                elif kind == LEAVE:
                    stack.pop()
                    runner.story.visit(frame.node)
                    frame = None
                else:
                    forks = self.general_step(run, runner, key, kind)
                    if forks is not None:
                        return forks
                    frame = None
            else:
                raise runner.looping_error()  # walk() reports it and goes on
        finally:
            counted.steps = steps
        run.edges.setdefault(key, set()).add(END)
        run.ends.setdefault(self.key_of(runner.story), runner.story)
        return []

    def general_step(
        self, run: _Run, runner: Runner, key: Hashable, kind: int
    ) -> list[Fork] | None:
        """Runner.step, and the checkpoints it leads to (None: go on)."""
        if kind == ENTER:
            runner.step()
            run.result.entered.add(runner.stack[-1].node)
            return self.checkpoint(run, runner, key, entered=True)
        event = runner.step()
        if isinstance(event, Options):
            return self.branch_options(run, runner, key, event)
        if isinstance(event, Command):
            return self.branch_command(run, runner, key, event)
        return None

    def plan(self, title: str) -> list[Op]:
        ops = self.plans[title] = plan_node(self.program, title)
        return ops

    def checkpoint(
        self, run: _Run, runner: Runner, key: Hashable, entered: bool
    ) -> list[Fork]:
        new_key = self.checkpoint_key(run, runner)
        if entered:
            run.entries.append((runner.stack[-1].node, new_key))
        return [(runner, new_key)] if self.link(run, key, new_key) else []

    def branch_options(
        self, run: _Run, runner: Runner, key: Hashable, event: Options
    ) -> list[Fork]:
        here = self.checkpoint_key(run, runner)
        if not self.link(run, key, here):
            return []
        out = []
        chosen = [i for i, option in enumerate(event.options) if option.available]
        twins = self.twins(run, runner, len(chosen))
        for twin, index in zip(twins, chosen, strict=True):
            twin.choose(index)
            run.result.reached.add(event.options[index].line_id)
            out.extend(self.checkpoint(run, twin, here, entered=False))
        return out

    def branch_command(
        self, run: _Run, runner: Runner, key: Hashable, event: Command
    ) -> list[Fork] | None:
        """Endings are recorded; a command with outcomes (minigame) forks
        into each sample result. None: go on as usual."""
        spec = self.program.registry.commands.get(event.name)
        if event.name == "ending" and event.args:
            runner.story.endings.append(str(event.args[0]))
        if spec is None or not spec.outcomes or not event.args:
            return None
        out = []
        samples = [s for s in self.samples if s.outcome in spec.outcomes]
        twins = self.twins(run, runner, len(samples))
        for twin, sample in zip(twins, samples, strict=True):
            apply_result(twin.story, str(event.args[0]), sample)
            out.extend(self.checkpoint(run, twin, key, entered=False))
        return out

    def twins(self, run: _Run, runner: Runner, count: int) -> Iterator[Runner]:
        """`count` runners at `runner`'s place, each made just before it is
        used: copies, then the runner itself last (nothing walks it on
        otherwise; a copy fewer per fork)."""
        for _ in range(count - 1):
            twin = runner.clone()
            run.runners.append(twin)
            yield twin
        if count:
            yield runner
