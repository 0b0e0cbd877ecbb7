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
from game.dialogue.footprint import ANY, Atom, expression_reads, footprint
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
    """Group entries that share story state (one writes what another reads),
    in their given order; linear in the atoms they read and write."""
    links = _Links(len(entries))
    writers = _Writers(entries)
    for i, entry in enumerate(entries):
        for atom in _linking_reads(entry):
            links.join_all(i, atom, writers)
    groups: dict[int, list[Entry]] = {}
    for i, entry in enumerate(entries):
        groups.setdefault(links.find(i), []).append(entry)
    return list(groups.values())


class _Links:
    """A union-find over entry indices; the entries writing one read atom
    are joined once, later readers of it join their representative."""

    def __init__(self, count: int) -> None:
        self.parent = list(range(count))
        self.joined: dict[Atom, int] = {}

    def find(self, i: int) -> int:
        parent = self.parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def join_all(self, reader: int, atom: Atom, writers: _Writers) -> None:
        """Join `reader` with every entry writing something `atom` may see."""
        known = self.joined.get(atom)
        if known is not None:
            self.parent[self.find(reader)] = self.find(known)
            return
        found = writers.seen_by(atom)
        for writer in found:
            self.parent[self.find(writer)] = self.find(reader)
        if found:
            self.joined[atom] = reader


class _Writers:
    """Which entries write each atom, and each kind of atom."""

    def __init__(self, entries: list[Entry]) -> None:
        self.of_atom: dict[Atom, list[int]] = {}
        self.of_kind: dict[str, list[int]] = {}
        for i, entry in enumerate(entries):
            for atom in entry.writes:
                self.of_atom.setdefault(atom, []).append(i)
                self.of_kind.setdefault(atom[0], []).append(i)

    def seen_by(self, atom: Atom) -> list[int]:
        """The entries whose writes overlap a read of `atom` (as
        footprint.overlaps: ANY on either side is every atom of its kind)."""
        kind, name = atom
        if name == ANY:
            return self.of_kind.get(kind, [])
        return self.of_atom.get(atom, []) + self.of_atom.get((kind, ANY), [])


def _linking_reads(entry: Entry) -> list[Atom]:
    """What `entry` reads that another entry's writes can tie it to
    (minigame results do not count)."""
    return [x for x in entry.reads if x not in GAME_SET and x[0] != "level"]


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
