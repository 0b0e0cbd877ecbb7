"""Where conversations start, what each may touch, and which share story state.

Contract: an `EntryPoint` is a way the game starts a conversation (a map
object that runs a node, with its `requires` condition and once key, or a
MinigameStation's level). `make_entry` compiles one into an `Entry`: its
condition and the story atoms (game/dialogue/footprint.py) its conversation
may read and write. `parts` groups entries that share story state (one
writes what another reads; minigame results never link them), so each part
can be searched on its own. Condition errors are recorded on the
`StoryReach` the search fills in, never raised.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from game.dialogue.conditions import compile_condition
from game.dialogue.errors import DialogueError
from game.dialogue.expr import Expr
from game.dialogue.footprint import ANY, Atom, expression_reads, footprint, overlaps
from game.dialogue.level_results import GAME_VARIABLES
from game.dialogue.program import Program
from game.dialogue.relevance import Control

BUDGET = 4000  # abstract story states expanded per part, at most
EDGE_BUDGET = 30_000  # successor states looked at per part (episode 1: 10,000)
STEP_BUDGET = 400_000  # dialogue instructions run per part (episode 1: 13,000)
GAME_SET = frozenset(("var", name) for name in GAME_VARIABLES)


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
    stopped: set[str] = field(default_factory=set)  # where stopped parts worked most
    unsearched: set[str] = field(default_factory=set)  # nodes of stopped parts
    states: int = 0
    conversations: int = 0
    budget: int = BUDGET


@dataclass
class Entry:
    point: EntryPoint
    condition: Expr | None
    reads: frozenset[Atom]
    writes: frozenset[Atom]
    nodes: frozenset[str]
    inner: frozenset[Atom]


def make_entry(program: Program, point: EntryPoint, reach: StoryReach) -> Entry:
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
    return Entry(
        point, condition, frozenset(reads), frozenset(writes), nodes, frozenset(inner)
    )


def parts(entries: list[Entry]) -> list[list[Entry]]:
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
    groups: dict[int, list[Entry]] = {}
    for i, entry in enumerate(entries):
        groups.setdefault(find(i), []).append(entry)
    return list(groups.values())


def _linked(a: Entry, b: Entry) -> bool:
    """Does `a` read what `b` writes? (Minigame results do not count.)"""
    reads = [x for x in a.reads if x not in GAME_SET and x[0] != "level"]
    return overlaps(reads, b.writes)


def starts(entries: list[Entry]) -> dict[str, list[list[Control]]]:
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


def observed(reads: set[Atom], writes: set[Atom]) -> set[Atom]:
    """The atoms the part's state keeps: everything read (an ANY read keeps
    every written atom of its kind)."""
    kinds = {kind for kind, name in reads if name == ANY}
    kept = {a for a in reads if a[1] != ANY}
    kept |= {a for a in writes if a[0] in kinds and a[1] != ANY}
    return kept
