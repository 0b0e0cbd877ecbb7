"""Grouping entries into parts of the story: the same groups as joining
every pair whose reads and writes overlap, found without looking at pairs."""

from __future__ import annotations

import random

from game.dialogue.footprint import ANY, Atom, overlaps
from game.dialogue.story_parts import GAME_SET, Entry, EntryPoint, parts

KINDS = ("var", "once", "visits", "ending", "level")
NAMES = ("a", "b", "c", "d", ANY)


def _entry(name: str, reads: set[Atom], writes: set[Atom]) -> Entry:
    return Entry(
        EntryPoint(name),
        None,
        frozenset(reads),
        frozenset(writes),
        frozenset(),
        frozenset(),
    )


def _pairwise(entries: list[Entry]) -> list[list[str]]:
    """The groups of the definition: join a and b when one reads what the
    other writes (minigame results and levels never join)."""
    groups = [{e.point.node} for e in entries]
    for a in entries:
        reads = [x for x in a.reads if x not in GAME_SET and x[0] != "level"]
        for b in entries:
            if overlaps(reads, b.writes):
                one = next(g for g in groups if a.point.node in g)
                two = next(g for g in groups if b.point.node in g)
                if one is not two:
                    one |= two
                    groups.remove(two)
    return sorted(sorted(g) for g in groups)


def _atoms(rng: random.Random) -> set[Atom]:
    return {(rng.choice(KINDS), rng.choice(NAMES)) for _ in range(rng.randint(0, 3))}


def test_parts_are_the_groups_of_every_overlapping_pair():
    rng = random.Random(12)
    for _ in range(300):
        entries = [
            _entry(f"E{i}", _atoms(rng), _atoms(rng)) for i in range(rng.randint(1, 9))
        ]
        found = sorted(sorted(e.point.node for e in part) for part in parts(entries))
        assert found == _pairwise(entries)


def test_parts_keep_the_entries_in_their_given_order():
    entries = [
        _entry("First", {("var", "x")}, set()),
        _entry("Alone", set(), set()),
        _entry("Writer", set(), {("var", "x")}),
    ]
    assert [[e.point.node for e in part] for part in parts(entries)] == [
        ["First", "Writer"],
        ["Alone"],
    ]


def test_a_read_of_any_ending_joins_every_entry_that_writes_an_ending():
    entries = [
        _entry("Reader", {("ending", ANY)}, set()),
        _entry("Good", set(), {("ending", "good")}),
        _entry("Bad", set(), {("ending", "bad")}),
        _entry("Other", set(), {("var", "x")}),
    ]
    found = sorted(sorted(e.point.node for e in part) for part in parts(entries))
    assert found == [["Bad", "Good", "Reader"], ["Other"]]
