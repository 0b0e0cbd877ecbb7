"""The explorer: walks every choice path from the entry nodes.

Starting from each entry node under the declared initial values, it follows
every available option and every outcome of commands with `outcomes`
(minigame won/lost/shutdown), memoising on (position, relevant state) at
each choice and jump so loops and re-joining branches are walked once. It
replays each entry once more after it ends (talking to someone again), and
reports which lines were reached, which nodes cannot end (every path from
them loops forever), and runtime errors met on the way.

Limits: `random_range` follows one seeded sequence, visit counts above 3 are
treated alike, and at most PER_PLACE_CAP different states are walked on from
any one position (so big scripts with many independent flags stay fast). A
line behind a rarer roll, a 4th visit or a very particular mix of flags may
therefore be reported unreached; "cannot end" is never reported because of
these limits.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

import numpy as np

from game.dialogue.compile import Flow, Offer, ShowLine
from game.dialogue.errors import DialogueError, Pos
from game.dialogue.expr import Call, walk
from game.dialogue.model import Interp
from game.dialogue.program import Program
from game.dialogue.runner import Command, End, Line, Options, Runner
from game.story import StoryState

VISIT_CAP = 3
PER_PLACE_CAP = 16  # distinct states walked from one position at most
END = ("END",)


@dataclass
class Exploration:
    reached: set[str] = field(default_factory=set)  # line keys
    entered: set[str] = field(default_factory=set)  # node titles
    cannot_end: set[str] = field(default_factory=set)
    errors: list[DialogueError] = field(default_factory=list)
    states: int = 0
    capped: int = 0  # states not widened because their place had enough
    truncated: bool = False


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


def _visit_nodes(program: Program) -> set[str]:
    """Nodes whose visit counts some expression reads."""
    names: set[str] = set()
    for code in program.code.values():
        for instr in code:
            for expr in _exprs(instr):
                for sub in walk(expr):
                    if isinstance(sub, Call) and sub.name.startswith("visited"):
                        names.update(_literal_args(sub))
    return names


def _literal_args(call: Call) -> list[str]:
    from game.dialogue.expr import Literal

    return [str(a.value) for a in call.args if isinstance(a, Literal)]


def _exprs(instr):
    expr = getattr(instr, "expr", None)
    if expr is not None:
        yield expr
    contents = []
    if isinstance(instr, ShowLine):
        contents.append(instr.content)
    elif isinstance(instr, Offer):
        contents.extend(spec.content for spec in instr.options)
    for content in contents:
        if content.condition and content.condition.expr is not None:
            yield content.condition.expr
        for seg in content.segments:
            if isinstance(seg, Interp):
                yield seg.expr


class _Explorer:
    def __init__(
        self, program: Program, max_states: int, repeats: int, per_place_cap: int
    ) -> None:
        self.program = program
        self.repeats = repeats
        self.entry = ""
        self.max_states = max_states
        self.result = Exploration()
        self.visit_nodes = sorted(_visit_nodes(program))
        self.edges: dict[tuple, set[tuple]] = {}
        self.entries: dict[str, set[tuple]] = {}
        self.seen_keys: set[tuple] = set()
        self.per_place: dict[tuple, int] = {}
        self.per_place_cap = per_place_cap
        self.rng = np.random.default_rng(0)

    def key(self, runner: Runner) -> tuple:
        story = runner.story
        visits = tuple(min(story.visited_count(n), VISIT_CAP) for n in self.visit_nodes)
        return (
            runner.waiting_for_choice,
            tuple((f.node, f.pc) for f in runner.stack),
            tuple(sorted(story.variables.items())),
            frozenset(story.once),
            visits,
            tuple(sorted((k, v.get("outcome")) for k, v in story.minigame.items())),
            tuple(story.endings),
        )

    def run(self, entry: str) -> None:
        self.entry = entry
        runner = Runner(self.program, StoryState(), set(), self.rng, render=False)
        runner.start(entry)
        start = self.key(runner)
        self.entries.setdefault(entry, set()).add(start)
        work: list[tuple[Runner, tuple]] = [(runner, start)]
        self.seen_keys.add(start)
        while work:
            if self.result.states >= self.max_states:
                self.result.truncated = True
                return
            current, key = work.pop()
            self.result.states += 1
            work.extend(self.walk(current, key))

    def link(self, source: tuple, target: tuple) -> bool:
        """Record an edge; True if `target` is new and must be walked."""
        self.edges.setdefault(source, set()).add(target)
        if target in self.seen_keys:
            return False
        self.seen_keys.add(target)
        if target is END:
            return False
        place = target[:2]
        count = self.per_place.get(place, 0)
        if count >= self.per_place_cap:
            # Enough different states seen here: stop widening (counted as
            # able to end, so a cap never makes a false "cannot end").
            self.result.capped += 1
            self.edges.setdefault(target, set()).add(END)
            return False
        self.per_place[place] = count + 1
        return True

    def walk(self, runner: Runner, key: tuple) -> list[tuple[Runner, tuple]]:
        """Run from a checkpoint to the next ones; the new states to walk."""
        self.result.entered.add(runner.stack[-1].node)
        try:
            return self.walk_unchecked(runner, key)
        except DialogueError as err:
            self.result.errors.append(err)
            self.link(key, END)
            return []

    def walk_unchecked(self, runner: Runner, key: tuple) -> list[tuple[Runner, tuple]]:
        while runner.stack:
            instr = runner.next_instruction()
            if isinstance(instr, Flow) and instr.kind in ("jump", "detour"):
                runner.step()
                return self.checkpoint(runner, key, entered=True)
            event = runner.step()
            if isinstance(event, Line):
                self.result.reached.add(event.line_id)
            elif isinstance(event, Options):
                return self.branch_options(runner, key, event)
            elif isinstance(event, Command):
                forks = self.branch_command(runner, key, event)
                if forks is not None:
                    return forks
            elif isinstance(event, End):
                break
        self.link(key, END)
        if runner.story.visited_count(self.entry) <= self.repeats:
            runner.start(self.entry)  # the player talks to them again
            return self.checkpoint(runner, key, entered=False)
        return []

    def checkpoint(self, runner: Runner, key: tuple, entered: bool) -> list:
        new_key = self.key(runner)
        if entered:
            self.entries.setdefault(runner.stack[-1].node, set()).add(new_key)
        return [(runner, new_key)] if self.link(key, new_key) else []

    def branch_options(self, runner: Runner, key: tuple, event: Options) -> list:
        here = self.key(runner)
        if not self.link(key, here):
            return []
        out = []
        for index, option in enumerate(event.options):
            if option.available:
                twin = runner.clone()
                twin.choose(index)
                self.result.reached.add(option.line_id)
                out.extend(self.checkpoint(twin, here, entered=False))
        return out

    def branch_command(self, runner: Runner, key: tuple, event: Command):
        spec = self.program.registry.commands.get(event.name)
        if event.name == "ending" and event.args:
            runner.story.endings.append(str(event.args[0]))
        if spec is None or not spec.outcomes or not event.args:
            return None
        out = []
        for outcome in spec.outcomes:
            twin = runner.clone()
            twin.story.minigame[str(event.args[0])] = {"outcome": outcome, "score": 0.0}
            out.extend(self.checkpoint(twin, key, entered=False))
        return out

    def finish(self) -> Exploration:
        can_end = self.can_end()
        for node, keys in self.entries.items():
            if keys and not keys & can_end:
                self.result.cannot_end.add(node)
        return self.result

    def can_end(self) -> set[tuple]:
        reverse: dict[tuple, set[tuple]] = {}
        for source, targets in self.edges.items():
            for target in targets:
                reverse.setdefault(target, set()).add(source)
        good = {END}
        frontier = [END]
        while frontier:
            for source in reverse.get(frontier.pop(), ()):
                if source not in good:
                    good.add(source)
                    frontier.append(source)
        return good


def explore(
    program: Program,
    entries: Iterable[str],
    max_states: int = 100_000,
    repeats: int = 1,
    per_place_cap: int = PER_PLACE_CAP,
) -> Exploration:
    """Walk every path from each entry node (see the module docstring);
    each conversation is also replayed `repeats` more times after it ends,
    as when the player talks to someone again."""
    explorer = _Explorer(program, max_states, repeats, per_place_cap)
    for entry in sorted(set(entries)):
        if entry in program.code:
            explorer.run(entry)
    return explorer.finish()
