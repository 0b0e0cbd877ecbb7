"""The story search: which lines and nodes can some playthrough reach?

A playthrough is a sequence of conversations. An *entry point* — a map
object that runs a node, with the object's `requires` condition (and a
once-trigger only once), or a node tagged `entry` that no map object calls —
may start a conversation whenever its condition holds. The story state
(variables, visit counts, once flags, minigame results) carries from the end
of one conversation into the next; `<<minigame>>` may end in any sample
result (game/dialogue/minigame.py).

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
2. a best-first *hunt* for each line still missing, towards states that
   fulfil more of its conditions' wishes (game/dialogue/relevance.py) — this
   finds endings that need many right choices together;
3. breadth-first over every state, told apart only by the atoms that can
   still matter for what is missing (narrowed again whenever a line is
   found). If this runs dry, `finished`: what was not reached cannot be.
   It stops after `budget` states otherwise.

Minigame results are inputs from the game: they never tie two parts
together, and a part that reads a level it never plays sees it unplayed.
Visit counts above VISIT_CAP are treated alike.
"""

from __future__ import annotations

import heapq
import operator
from collections import deque
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass, field

from game.core.story import StoryState
from game.dialogue.conditions import compile_condition
from game.dialogue.errors import DialogueError
from game.dialogue.explore import ConversationExplorer
from game.dialogue.expr import Expr, Value
from game.dialogue.footprint import (
    ANY,
    Atom,
    expression_reads,
    footprint,
    overlaps,
)
from game.dialogue.level_results import GAME_VARIABLES, SAMPLES, apply_result
from game.dialogue.program import Program
from game.dialogue.relevance import COMPARE, Control, Dependencies, targets_of
from game.dialogue.runner import Runner

VISIT_CAP = 4
BUDGET = 4000  # abstract story states expanded per part, at most
WIDTHS = (1,)  # novelty widths of the first, cheap passes
HUNT = 600  # states one hunt for a missing line may expand
GAME_SET = frozenset(("var", name) for name in GAME_VARIABLES)
State = tuple


@dataclass(frozen=True)
class EntryPoint:
    """A way the game starts a conversation. `requires`: the condition that
    must hold; `once`: the key a once-trigger stores in story.once (""
    when it may run again); `level`: a MinigameStation's level, played after
    the node; `where`: the map object, for messages."""

    node: str
    requires: str = ""
    once: str = ""
    level: str = ""
    where: str = field(default="", compare=False)


@dataclass
class StoryReach:
    reached: set[str] = field(default_factory=set)  # line and option keys
    entered: set[str] = field(default_factory=set)
    cannot_end: set[str] = field(default_factory=set)
    errors: list[DialogueError] = field(default_factory=list)
    condition_errors: list[tuple[EntryPoint, DialogueError]] = field(
        default_factory=list
    )
    finished: bool = True  # False: some part stopped at its budget
    states: int = 0
    conversations: int = 0
    budget: int = BUDGET


@dataclass
class _Entry:
    point: EntryPoint
    condition: Expr | None
    reads: frozenset[Atom]
    writes: frozenset[Atom]
    nodes: frozenset[str]
    inner: frozenset[Atom]


def _entry(program: Program, point: EntryPoint, reach: StoryReach) -> _Entry:
    try:
        condition = compile_condition(point.requires, point.where, program)
    except DialogueError as err:
        reach.condition_errors.append((point, err))
        condition = None  # reported; run it anyway rather than hide its lines
    reads: set[Atom] = set(expression_reads(condition)) if condition else set()
    writes: set[Atom] = set()
    inner: set[Atom] = set()
    nodes: frozenset[str] = frozenset()
    if point.node:
        print_ = footprint(program, point.node)
        reads |= print_.reads
        writes |= print_.writes
        inner |= print_.inner
        nodes = print_.nodes
    if point.once:
        reads.add(("once", point.once))
        writes.add(("once", point.once))
    if point.level:
        writes |= {("level", point.level)} | GAME_SET
    return _Entry(
        point, condition, frozenset(reads), frozenset(writes), nodes, frozenset(inner)
    )


def parts(entries: list[_Entry]) -> list[list[_Entry]]:
    """Group entries that share story state (one writes what another reads)."""
    parent = list(range(len(entries)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, a in enumerate(entries):
        for j in range(i + 1, len(entries)):
            b = entries[j]
            if _linked(a, b) or _linked(b, a):
                parent[find(i)] = find(j)
    groups: dict[int, list[_Entry]] = {}
    for i, entry in enumerate(entries):
        groups.setdefault(find(i), []).append(entry)
    return list(groups.values())


def _linked(a: _Entry, b: _Entry) -> bool:
    """Does `a` read what `b` writes? (Minigame results do not count.)"""
    reads = [x for x in a.reads if x not in GAME_SET and x[0] != "level"]
    return overlaps(reads, b.writes)


class _Space:
    """The abstract story states of one part: a tuple of atom values."""

    KINDS = ("var", "once", "visits", "level", "ending")  # the order of a state

    def __init__(self, program: Program, atoms: Iterable[Atom]) -> None:
        self.program = program
        self.atoms = sorted(atoms, key=lambda a: (self.KINDS.index(a[0]), a[1]))
        self.index = {atom: i for i, atom in enumerate(self.atoms)}
        initial = program.initial_values()
        names = {kind: [n for k, n in self.atoms if k == kind] for kind in self.KINDS}
        self.vars = [(n, initial.get(n)) for n in names["var"]]
        self.onces = names["once"]
        self.visits = names["visits"]
        self.levels = names["level"]
        self.endings = names["ending"]
        self.full = lambda state: state

    def initial(self) -> State:
        return self.key_of(StoryState())

    def key_of(self, story: StoryState) -> State:
        variables = story.variables
        key = [variables.get(n, d) for n, d in self.vars]
        # Called for every checkpoint of every conversation: skip empty kinds.
        if self.onces:
            once = story.once
            key += [k in once for k in self.onces]
        if self.visits:
            visits = story.visits
            key += [min(visits.get(n, 0), VISIT_CAP) for n in self.visits]
        if self.levels:
            minigame = story.minigame
            key += [_frozen(minigame.get(n)) for n in self.levels]
        if self.endings:
            endings = story.endings
            key += [n in endings for n in self.endings]
        return tuple(key)

    def story_of(self, state: State) -> StoryState:
        story = StoryState(variables=self.program.initial_values())
        values = iter(state)
        for name, _ in self.vars:
            story.variables[name] = next(values)
        story.once = {k for k in self.onces if next(values)}
        story.visits = {n: v for n in self.visits if (v := next(values))}
        for level in self.levels:
            result = next(values)
            if result is not None:
                story.minigame[level] = dict(result)
        story.endings = [n for n in self.endings if next(values)]
        return story

    def indices(self, atoms: Iterable[Atom]) -> tuple[int, ...]:
        """Positions of these atoms (an atom named ANY: all of its kind)."""
        found: set[int] = set()
        for kind, name in atoms:
            if name == ANY:
                found |= {i for i, (k, _) in enumerate(self.atoms) if k == kind}
            elif (kind, name) in self.index:
                found.add(self.index[(kind, name)])
        return tuple(sorted(found))


def _frozen(result: dict[str, Value] | None) -> Hashable:
    return None if result is None else tuple(sorted(result.items()))


def _getter(indices: tuple[int, ...]) -> Callable[[State], tuple]:
    if len(indices) > 1:
        return operator.itemgetter(*indices)
    if indices:
        index = indices[0]
        return lambda state: (state[index],)
    return lambda state: ()


class _PartSearch:
    """Breadth-first search over one part's abstract story states."""

    def __init__(self, program: Program, entries: list[_Entry], reach: StoryReach):
        self.program = program
        self.entries = entries
        self.reach = reach
        reads = set().union(*(e.reads for e in entries))
        writes = set().union(*(e.writes for e in entries))
        inner = set().union(*(e.inner for e in entries))
        self.space = _Space(program, _observed(reads, writes))
        # Inside a conversation every read counts (a minigame's result is
        # read right after the level, so it must tell paths apart there).
        self.inner = _Space(program, _observed(reads | inner, writes))
        self.explorer = ConversationExplorer(program, self.inner.key_of)
        space = self.space
        self.views = [_getter(space.indices(e.reads | e.writes)) for e in entries]
        self.tests = [_getter(space.indices(e.reads)) for e in entries]
        self.written = [space.indices(e.writes) for e in entries]
        self.memo: dict[tuple, list[tuple]] = {}
        self.known_children: dict[State, list[State]] = {}
        self.enabled_memo: dict[tuple, bool] = {}
        self.step_memo: list[dict[tuple, list[tuple]]] = [{} for _ in entries]
        nodes = set().union(*(e.nodes for e in entries))
        self.missing_nodes = set(nodes)
        self.targets = targets_of(program, nodes)
        self.missing_lines = set(self.targets)
        self.dependencies = Dependencies(program, _starts(entries))
        self.budget = BUDGET
        self.states = 0

    def run(self, budget: int) -> None:
        """A cheap pass first (novelty width 1), then a hunt for each line
        still missing (at most `budget` states in all), then every state that
        matters for what is left (at most `budget` more)."""
        self.budget = budget
        for width in WIDTHS:
            self.sweep(width, self.space.full)
            if self.done:
                break
        for key in self.hunt_order():
            if key in self.missing_lines and not self.spent:
                self.hunt(self.targets[key], min(HUNT, budget - self.states))
        for title in sorted(self.missing_nodes):
            if title in self.missing_nodes and not self.spent:
                self.hunt((title, -1, -1), min(HUNT, budget - self.states))
        self.budget = self.states + budget
        self.settle()
        self.reach.cannot_end |= self.explorer.cannot_end
        self.reach.states += self.states

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
        """Missing lines, those behind the most conditions first: reaching a
        deep line usually passes the shallower ones on the way."""
        depth = {
            key: len(self.dependencies.wishes(*self.targets[key]))
            for key in self.missing_lines
        }
        return sorted(depth, key=lambda key: (-depth[key], key))

    @property
    def done(self) -> bool:
        return not (self.missing_lines or self.missing_nodes)

    @property
    def spent(self) -> bool:
        return self.states >= self.budget

    def missing_targets(self) -> list[tuple[str, int, int]]:
        found = [self.targets[k] for k in sorted(self.missing_lines)]
        return found + [(title, -1, -1) for title in sorted(self.missing_nodes)]

    def reached_check(self, target: tuple[str, int, int]) -> Callable[[], bool]:
        title, index, _ = target
        if index < 0:
            return lambda: title not in self.missing_nodes
        keys = [k for k, t in self.targets.items() if t == target]
        return lambda: not any(k in self.missing_lines for k in keys)

    def view_of(self, atoms: set[Atom]) -> Callable[[State], tuple]:
        return _getter(self.space.indices(atoms & set(self.space.atoms)))

    def hunt(self, target: tuple[str, int, int], cap: int) -> None:
        """Best-first search for one target: states fulfilling more of its
        wishes first; among equals, only states new in some value."""
        view = self.view_of(self.dependencies.relevant([target]))
        wishes = [
            (self.space.index[w.atom], COMPARE[w.op], w.value, w.polarity)
            for w in self.dependencies.wishes(*target)
            if w.atom in self.space.index and w.atom[0] != "level"
        ]

        def score(state: State) -> int:
            # Values of one atom share its declared type, so comparing is safe.
            return sum(test(state[i], v) == want for i, test, v, want in wishes)

        initial = self.space.initial()
        seen = {view(initial)}
        novel: dict[int, set] = {}
        heap = [(-score(initial), 0, initial)]
        count = 0
        reached = self.reached_check(target)
        while heap and cap > 0 and not reached():
            state = heapq.heappop(heap)[2]
            cap -= 1
            self.states += 1
            for child in self.children(state):
                key = view(child)
                if key in seen:
                    continue
                seen.add(key)
                value = score(child)
                new = set(enumerate(key)) - novel.setdefault(value, set())
                if new:
                    novel[value] |= new
                    count += 1
                    heapq.heappush(heap, (-value, count, child))

    def sweep(
        self,
        width: int | None,
        view: Callable[[State], tuple],
        narrower: Callable[[], bool] | None = None,
    ) -> bool:
        """One breadth-first pass over states told apart by `view`, keeping
        only those new at `width` (None: all), stopping early when everything
        is reached, or when a line is found and `narrower()` says fewer atoms
        matter now. True when no state was left to expand."""
        before = self.missing_count
        initial = self.space.initial()
        novelty = _Novelty(width)
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
            state = queue.popleft()
            self.states += 1
            parent = view(state)
            for child in self.children(state):
                key = view(child)
                if key not in seen:
                    seen.add(key)
                    if novelty.admits(key, parent):
                        queue.append(child)
        return not queue

    def children(self, state: State) -> list[State]:
        """The states one more conversation can lead to (distinct, memoised:
        later passes walk the same early states again)."""
        known = self.known_children.get(state)
        if known is None:
            known = list(dict.fromkeys(self._children(state)))
            self.known_children[state] = known
        return known

    def _children(self, state: State) -> list[State]:
        out = []
        for index, entry in enumerate(self.entries):
            written = self.written[index]
            for delta in self.deltas(index, entry, state):
                values = list(state)
                for position, value in zip(written, delta, strict=True):
                    values[position] = value
                out.append(tuple(values))
        return out

    def deltas(self, index: int, entry: _Entry, state: State) -> list[tuple]:
        """The written atoms' values after each way the entry can go (none
        when it cannot start), memoised by all the atoms it reads or writes."""
        memo = self.step_memo[index]
        view = self.views[index](state)
        known = memo.get(view)
        if known is None:
            enabled = self.enabled(index, entry, state)
            known = self.outcomes(index, entry, state) if enabled else []
            memo[view] = known
        return known

    def enabled(self, index: int, entry: _Entry, state: State) -> bool:
        memo_key = (index, self.tests[index](state))
        known = self.enabled_memo.get(memo_key)
        if known is None:
            known = self._enabled(entry, state)
            self.enabled_memo[memo_key] = known
        return known

    def _enabled(self, entry: _Entry, state: State) -> bool:
        story = self.space.story_of(state)
        if entry.point.once and entry.point.once in story.once:
            return False
        try:
            if entry.condition is None:
                return True
            runner = Runner(self.program, story, render=False, initialise=False)
            return runner.evaluator.truth(entry.condition)
        except DialogueError as err:
            self.reach.errors.append(err)
            return False

    def outcomes(self, index: int, entry: _Entry, state: State) -> list[tuple]:
        """The written atoms' values at each distinct end of the conversation."""
        memo_key = (index, self.views[index](state))
        known = self.memo.get(memo_key)
        if known is None:
            ends = self.play(entry, self.space.story_of(state))
            view = _getter(self.written[index])
            known = list(dict.fromkeys(view(self.space.key_of(e)) for e in ends))
            self.memo[memo_key] = known
        return known

    def play(self, entry: _Entry, story: StoryState) -> list[StoryState]:
        point = entry.point
        if point.once:
            story.once.add(point.once)
        ends = [story]
        if point.node:
            result = self.explorer.run(story, point.node)
            self.reach.conversations += 1
            self.reach.reached |= result.reached
            self.reach.entered |= result.entered
            self.reach.errors.extend(result.errors)
            self.missing_lines -= result.reached
            self.missing_nodes -= result.entered
            ends = result.ends
        if point.level:
            ends = [
                _played(end, point.level, sample) for end in ends for sample in SAMPLES
            ]
        return ends


class _Novelty:
    """Width pruning: a state is kept only if it makes some value (width 1)
    or pair of values (width 2) true for the first time in this pass
    (None keeps every state). Only positions that changed from the parent
    can form new ones, so only those are looked at."""

    def __init__(self, width: int | None) -> None:
        self.width = width
        self.seen: set[tuple] = set()

    def admits(self, state: State, parent: State | None) -> bool:
        if self.width is None:
            return True
        changed = (
            range(len(state))
            if parent is None
            else [
                i for i, (a, b) in enumerate(zip(state, parent, strict=True)) if a != b
            ]
        )
        if self.width == 1:
            found = {(i, state[i]) for i in changed}
        else:
            found = set()
            for i in changed:
                value = state[i]
                for j, other in enumerate(state):
                    if j < i:
                        found.add((j, other, i, value))
                    elif j > i:
                        found.add((i, value, j, other))
        new = found - self.seen
        self.seen |= new
        return bool(new)


def _starts(entries: list[_Entry]) -> dict[str, list[list[Control]]]:
    """Each entry node -> the controls of each entry point starting it."""
    found: dict[str, list[list[Control]]] = {}
    for entry in entries:
        point = entry.point
        guard = [Control(entry.condition, True)] if entry.condition else []
        if point.once:
            guard.append(Control(None, True, point.once))
        if point.node:
            found.setdefault(point.node, []).append(guard)
    return found


def _played(story: StoryState, level: str, sample) -> StoryState:
    from game.dialogue.explore import copy_story

    after = copy_story(story)
    apply_result(after, level, sample)
    return after


def _observed(reads: set[Atom], writes: set[Atom]) -> set[Atom]:
    """The atoms the part's state keeps: everything read (an ANY read keeps
    every written atom of its kind)."""
    kinds = {kind for kind, name in reads if name == ANY}
    kept = {a for a in reads if a[1] != ANY}
    kept |= {a for a in writes if a[0] in kinds and a[1] != ANY}
    return kept


def search(
    program: Program, points: Iterable[EntryPoint], budget: int = BUDGET
) -> StoryReach:
    """Search every part of the story reachable from `points`."""
    reach = StoryReach(budget=budget)
    unique = list(dict.fromkeys(p for p in points if _known(program, p)))
    entries = [_entry(program, p, reach) for p in unique]
    for part in parts(entries):
        _PartSearch(program, part, reach).run(budget)
    reach.errors = _unique_errors(reach.errors)
    return reach


def _known(program: Program, point: EntryPoint) -> bool:
    return point.node in program.code or (not point.node and bool(point.level))


def _unique_errors(errors: list[DialogueError]) -> list[DialogueError]:
    seen: dict[tuple, DialogueError] = {}
    for err in errors:
        seen.setdefault((err.pos.file, err.pos.line, err.pos.col, err.message), err)
    return list(seen.values())
