"""The story search: which lines and nodes can some playthrough reach?

A playthrough is a sequence of conversations. An *entry point* — a map
object that runs a node, with the object's `requires` condition (and a
once-trigger only once), or a node tagged `entry` that no map object calls —
may start a conversation whenever its condition holds. The story state
(variables, visit counts, once flags, minigame results) carries from the end
of one conversation into the next; `<<minigame>>` may end in any sample
result (game/dialogue/level_results.py).

The search runs over *abstract* story states: a state holds only the atoms
(game/dialogue/footprint.py) some condition or once gate may read before
the conversation sets them, so states that differ in nothing a script can
observe are one. A conversation's outcomes depend only on the atoms its
nodes read and write, so each entry is explored once per distinct value of
those (memoised). Parts of the story that share no state (episodes) are
searched separately. Each part runs in three phases and stops as soon as
all its lines and nodes are reached:

1. breadth-first, keeping only states that bring a value never seen before
   (novelty width 1: fast, reaches most lines);
2. a best-first *hunt* for each line and node still missing, towards
   states closer to its goal (game/dialogue/goals.py: its conditions, and
   one way into its node), hinting at the conditions of the other lines of
   its node still missing — this finds endings that need many right
   choices together, often all of an ending's lines in one hunt (a hunt
   with hints that misses its line is tried again without, and the node's
   next hunts go without); once a hunt misses a node, its other lines are
   left to phase 3;
3. breadth-first over every state, told apart only by the atoms that can
   still matter for what is missing (narrowed again whenever a line is
   found). If this runs dry, `finished`: what was not reached cannot be.
   It stops after `budget` states otherwise.

Each part has its own budget of states (all phases together), of
successor states looked at (EDGE_BUDGET) and of dialogue instructions run
(STEP_BUDGET). A part that spends either stops
and is named by the node its conversations spent most instructions in
(`stopped`), with all its nodes in `unsearched`: the checker says "too many
branches" there instead of guessing which of its lines are unreachable.

Minigame results are inputs from the game: they never tie two parts
together, and a part that reads a level it never plays sees it unplayed.
Visit counts above VISIT_CAP are treated alike.
"""

from __future__ import annotations

import contextlib
import gc
import heapq
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from typing import cast

from game.core.shared_work import run_shared
from game.dialogue.errors import DialogueError
from game.dialogue.explore import Conversation, ConversationExplorer, OutOfSteps
from game.dialogue.footprint import Atom
from game.dialogue.goal_score import scorer
from game.dialogue.goals import Goals
from game.dialogue.program import Program
from game.dialogue.relevance import Dependencies, targets_of
from game.dialogue.search_memo import Found, PartMemo
from game.dialogue.story_moves import StoryMoves
from game.dialogue.story_parts import (
    BUDGET,
    EDGE_BUDGET,
    STEP_BUDGET,
    Entry,
    EntryPoint,
    StoryReach,
    make_entry,
    observed,
    parts,
    starts,
)
from game.dialogue.story_space import (
    Novelty,
    StateValue,
    StorySpace,
    View,
    getter,
)

WIDTHS = (1,)  # novelty widths of the first, cheap passes
HUNT = 600  # states one hunt for a missing line may expand
SIBLINGS = 40  # missing lines of its node a hunt also hints at, at most
Target = tuple[str, int, int]  # (node, instruction index, option); index -1: the node


class _PartSearch:
    """Breadth-first search over one part's abstract story states."""

    def __init__(
        self, program: Program, entries: list[Entry], reach: StoryReach
    ) -> None:
        self.program = program
        self.entries = entries
        self.reach = reach
        reads: set[Atom] = set().union(*(e.reads for e in entries))
        writes: set[Atom] = set().union(*(e.writes for e in entries))
        inner: set[Atom] = set().union(*(e.inner for e in entries))
        # Inside a conversation every read counts (a minigame's result is
        # read right after the level, so it must tell paths apart there).
        inside = observed(reads | inner, writes)
        self.space = StorySpace(program, observed(reads, writes), seeded=inside)
        self.inner = StorySpace(program, inside)
        self.explorer = ConversationExplorer(
            program, self.inner.key_of, step_budget=STEP_BUDGET
        )
        nodes: set[str] = set().union(*(e.nodes for e in entries))
        self.nodes = nodes
        self.missing_nodes = set(nodes)
        self.targets = targets_of(program, nodes)
        self.keys_at: dict[Target, list[str]] = {}  # target -> its line keys
        for key, target in self.targets.items():
            self.keys_at.setdefault(target, []).append(key)
        self.missing_lines = set(self.targets)
        self.in_node: dict[str, list[Target]] = {}  # node -> its lines, in order
        for target in sorted(set(self.targets.values())):
            self.in_node.setdefault(target[0], []).append(target)
        # The moves tell the two sets, not this search: no reference cycle, so
        # a part's states and memos are freed as soon as it is searched.
        self.moves = StoryMoves(
            program,
            entries,
            self.space,
            self.inner,
            self.explorer,
            reach,
            _crossing_off(self.missing_lines, self.missing_nodes),
        )
        self.expand = self.moves.expand
        self.dependencies = Dependencies(program, starts(entries))
        self.goals = Goals(self.dependencies)
        self.budget = BUDGET
        self.states = 0
        self.edges = 0  # successor states looked at

    def run(self, budget: int) -> None:
        """Search within `budget` states and STEP_BUDGET instructions; a part
        that runs out is recorded as stopped (see the module docstring)."""
        try:
            self.phases(budget)
        except OutOfSteps:
            self.reach.finished = False
        if not self.reach.finished:
            self.reach.stopped.add(self.busiest())
            self.reach.unsearched |= self.nodes
        self.reach.cannot_end |= self.explorer.cannot_end
        self.reach.states += self.states

    def busiest(self) -> str:
        """The node the part's conversations ran most instructions in."""
        work = self.explorer.work
        if not work:
            return min(e.point.node or e.point.level for e in self.entries)
        return min(work, key=lambda title: (-work[title], title))

    def phases(self, budget: int) -> None:
        """A cheap pass first (novelty width 1), then a hunt for each line
        and node still missing (none in a node a hunt missed), then every
        state that matters for what is left: at most `budget` states in
        all."""
        self.budget = budget
        for width in WIDTHS:
            self.sweep(width, self.space.full)
            if self.done:
                break
        unfound: set[str] = set()  # nodes a hunt for a target in them missed
        alone: set[str] = set()  # nodes a hunt with hints missed a line of
        targets = [self.targets[key] for key in self.hunt_order()]
        for target in targets + [(title, -1, -1) for title in sorted(self.nodes)]:
            self.chase(target, unfound, alone)
        self.settle()

    def chase(self, target: Target, unfound: set[str], alone: set[str]) -> None:
        """Hunt `target` with hints at its siblings, then alone if that
        missed it. A miss with hints makes the node's later hunts go alone
        (hints can mislead); a miss alone that never entered the node
        leaves its lines to `settle`."""
        if target[0] not in alone and self.worth_hunting(target, unfound):
            self.hunt(target, min(HUNT, self.budget - self.states), together=True)
            if not self.reached_check(target)():
                alone.add(target[0])
        if self.worth_hunting(target, unfound):
            self.hunt(target, min(HUNT, self.budget - self.states), together=False)
            if target[0] in self.missing_nodes:
                unfound.add(target[0])

    def worth_hunting(self, target: Target, unfound: set[str]) -> bool:
        """Whether to hunt `target`: still missing, budget left, and in no
        node a hunt missed already (a hunt heads into the node first, so a
        second one would most likely miss it again: `settle` decides)."""
        if self.spent or target[0] in unfound:
            return False
        return not self.reached_check(target)()

    def settle(self) -> None:
        """Every state that matters for what is missing; whenever a line is
        found, start again telling states apart by less."""
        focus = self.dependencies.relevant(self.missing_targets())
        while not self.done:
            before = self.missing_count

            def narrower() -> bool:
                nonlocal focus
                atoms = self.dependencies.relevant(self.missing_targets())
                changed, focus = atoms != focus, atoms
                return changed

            ran_dry = self.sweep(None, self.view_of(focus), narrower)
            if self.missing_count == before:
                self.reach.finished &= ran_dry
                return

    @property
    def missing_count(self) -> int:
        return len(self.missing_lines) + len(self.missing_nodes)

    def hunt_order(self) -> list[str]:
        """Missing lines, those with the largest goals first: reaching a
        deep line usually passes the shallower ones on the way."""
        depth = {
            key: self.goals.of(*self.targets[key]).size for key in self.missing_lines
        }
        return sorted(depth, key=lambda key: (-depth[key], key))

    @property
    def done(self) -> bool:
        return not (self.missing_lines or self.missing_nodes)

    @property
    def spent(self) -> bool:
        return self.states >= self.budget or self.edges >= EDGE_BUDGET

    def missing_targets(self) -> list[Target]:
        found = [self.targets[k] for k in sorted(self.missing_lines)]
        return found + [(title, -1, -1) for title in sorted(self.missing_nodes)]

    def reached_check(self, target: Target) -> Callable[[], bool]:
        title, index, _ = target
        if index < 0:
            return lambda: title not in self.missing_nodes
        keys = self.keys_at.get(target, [])
        return lambda: not any(k in self.missing_lines for k in keys)

    def view_of(self, atoms: set[Atom]) -> View:
        return getter(self.space.indices(atoms & set(self.space.atoms)))

    def siblings(self, target: Target) -> list[Target]:
        """The first SIBLINGS other lines and options of the target's node
        still missing."""
        found: list[Target] = []
        for other in self.in_node.get(target[0], ()):
            if len(found) == SIBLINGS:
                break
            if other != target and not self.reached_check(other)():
                found.append(other)
        return found

    def hunt(self, target: Target, cap: int, together: bool = True) -> None:
        """Best-first search for one target: states closer to its goal
        first; `together`, also hinting at what its missing siblings want
        in their node (one hunt often reaches them all), with states told
        apart by what matters for any of them; among equals, only states
        new in some value."""
        siblings = self.siblings(target) if together else []
        view = self.view_of(self.dependencies.relevant([target, *siblings]))
        hints = [w for t in siblings for w in self.goals.own(*t).wishes]
        score = scorer(self.goals.of(*target).hinting(hints), self.space.index)
        initial = self.space.initial()
        seen = {view(initial)}
        novel: dict[int, set[tuple[int, StateValue]]] = {}
        heap = [(-score(initial), 0, initial)]
        count = 0
        reached = self.reached_check(target)
        while heap and cap > 0 and not reached() and not self.spent:
            state = heapq.heappop(heap)[2]
            cap -= 1
            self.states += 1
            children, successors = self.expand(state)
            self.edges += successors
            for child in children:
                key = view(child)
                size = len(seen)
                seen.add(key)
                if len(seen) == size:
                    continue
                value = score(child)
                known = novel.get(value)
                if known is None:
                    known = novel[value] = set()
                if not known.issuperset(enumerate(key)):  # some value is new
                    known.update(enumerate(key))
                    count += 1
                    heapq.heappush(heap, (-value, count, child))

    def sweep(
        self,
        width: int | None,
        view: View,
        narrower: Callable[[], bool] | None = None,
    ) -> bool:
        """One breadth-first pass over states told apart by `view`, keeping
        only those new at `width` (None: all), stopping early when everything
        is reached, or when a line is found and `narrower()` says fewer atoms
        matter now. True when no state was left to expand."""
        before = self.missing_count
        initial = self.space.initial()
        novelty = Novelty(width)
        novelty.admits(view(initial), None)
        seen = {view(initial)}
        queue = deque([initial])
        while queue and not self.done:
            if self.spent:
                return False
            if narrower and self.missing_count < before:
                before = self.missing_count
                if narrower():
                    return False
            # Depth-first reached episode 1's endings in half the states, but
            # episodes 4 and 5 in two and three times as many.
            state = queue.popleft()
            self.states += 1
            parent = view(state)
            children, successors = self.expand(state)
            self.edges += successors
            for child in children:
                key = view(child)
                size = len(seen)
                seen.add(key)  # one hash of the key, not two
                if len(seen) > size and novelty.admits(key, parent):
                    queue.append(child)
        return not queue


def _crossing_off(lines: set[str], nodes: set[str]) -> Callable[[Conversation], None]:
    """What a played conversation does to the missing lines and nodes."""

    def played(conversation: Conversation) -> None:
        lines.difference_update(conversation.reached)
        nodes.difference_update(conversation.entered)

    return played


def search(
    program: Program,
    points: Iterable[EntryPoint],
    budget: int = BUDGET,
    memo: PartMemo | None = None,
) -> StoryReach:
    """Search every part of the story reachable from `points`; with a
    `memo`, a part whose files are unchanged since a stored run is not
    searched again."""
    planned = PlannedSearch(program, points, budget, memo)
    with no_cycle_collection():
        return planned.finish(run_shared(planned.jobs, planned.weights))


class PlannedSearch:
    """`search` in two steps, so that other work can share processes with
    its parts: the `jobs` (one per part not remembered by the memo, each
    giving a `Found`) and their `weights` for game/core/shared_work.py, then
    `finish` with the jobs' results in order."""

    def __init__(
        self,
        program: Program,
        points: Iterable[EntryPoint],
        budget: int = BUDGET,
        memo: PartMemo | None = None,
    ) -> None:
        self.memo = memo
        self.reach = StoryReach(budget=budget)
        unique = list(dict.fromkeys(p for p in points if _known(program, p)))
        entries = [make_entry(program, p, self.reach) for p in unique]
        self.parts = parts(entries)
        self.keys = [memo.key(program, part) if memo else "" for part in self.parts]
        self.stored = [memo.get(key) if memo else None for key in self.keys]
        self.todo = [i for i, found in enumerate(self.stored) if found is None]
        self.jobs = [
            partial(_search_part, program, self.parts[i], budget) for i in self.todo
        ]
        self.weights = [_weight(self.parts[i]) for i in self.todo]

    def finish(self, searched: list[Found]) -> StoryReach:
        """What every part found, in part order (remembered by the memo)."""
        for i, new in zip(self.todo, searched, strict=True):
            self.stored[i] = new
            if self.memo:
                self.memo.put(self.keys[i], new)
        for found in self.stored:
            cast(Found, found).add_to(self.reach)
        self.reach.errors = _unique_errors(self.reach.errors)
        return self.reach


@contextlib.contextmanager
def no_cycle_collection() -> Iterator[None]:
    """The cycle collector paused: the search makes hundreds of thousands of
    small tuples and dicts, none of them garbage in a cycle (runners break
    theirs), and each collection would walk every state kept so far (a
    sixth of the search at five episodes). Left as the caller had it."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _search_part(program: Program, part: list[Entry], budget: int) -> Found:
    # The part fills a StoryReach of its own, added to the whole one after:
    # no copying of what earlier parts found (linear in the parts).
    alone = StoryReach(budget=budget)
    _PartSearch(program, part, alone).run(budget)
    return Found.whole(alone)


def _weight(part: list[Entry]) -> float:
    """A guess at a part's search cost, to share parts evenly."""
    return float(sum(len(entry.nodes) for entry in part))


def _known(program: Program, point: EntryPoint) -> bool:
    return point.node in program.code or (not point.node and bool(point.level))


def _unique_errors(errors: list[DialogueError]) -> list[DialogueError]:
    seen: dict[tuple[str, int, int, str], DialogueError] = {}
    for err in errors:
        seen.setdefault((err.pos.file, err.pos.line, err.pos.col, err.message), err)
    return list(seen.values())
