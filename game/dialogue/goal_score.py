"""How close an abstract story state is to a goal (game/dialogue/goals.py).

Contract: `scorer(goal, index)` gives a function of a `State` (positions as
`index`, a StorySpace's) counting the goal's wishes and hints the state
fulfils, plus, for each choice, the best count among its alternatives.
The goal's own wishes must hold, so a hint about an atom they name counts
for nothing (a hint only helps a number grow; one against a wish would
pull the search away from the target), and an alternative wishing a value
they rule out is left out of its choice (unless all are). Atoms the state
does not hold, and level results, count for nothing; a choice with an
alternative that counts for nothing is free and left out. A goal with
choices is counted once per distinct view of the positions it reads, a
position's tests once per value it holds.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import cast

from game.dialogue.expr import Value
from game.dialogue.footprint import Atom
from game.dialogue.goals import Goal
from game.dialogue.relevance import COMPARE, Wish
from game.dialogue.story_space import State, StateValue, View, getter

Compare = Callable[[StateValue, Value], bool]
Test = tuple[int, Compare, Value, bool]  # position, test, value, polarity


Check = tuple[Compare, Value, bool]  # test, value, polarity


@dataclass(eq=False)
class _Placed:
    """A goal's tests at state positions, and its choices, placed."""

    tests: list[Test] = field(default_factory=list)
    choices: list[list[_Placed]] = field(default_factory=list)
    # Per position: its fulfilled tests' count for each value it held.
    columns: list[tuple[int, dict[StateValue, int], list[Check]]] = field(
        default_factory=list
    )
    view: View = field(default=getter(()))  # the positions it reads (seal)
    counted: dict[State, int] = field(default_factory=dict)  # view -> count

    def __post_init__(self) -> None:
        checks: dict[int, list[Check]] = {}
        for position, test, value, want in self.tests:
            checks.setdefault(position, []).append((test, value, want))
        self.columns = [(p, {}, checks[p]) for p in sorted(checks)]

    def count(self, state: State) -> int:
        """Fulfilled tests, plus each choice's best alternative (worked out
        once per view of the positions the goal reads, when it has
        choices)."""
        if self.choices:
            key = self.view(state)
            known = self.counted.get(key)
            if known is None:
                known = self._tests(state)
                for alternatives in self.choices:
                    known += max([a.count(state) for a in alternatives])
                self.counted[key] = known
            return known
        return self._tests(state)

    def _tests(self, state: State) -> int:
        total = 0
        for position, table, checks in self.columns:
            held = state[position]
            found = table.get(held)
            if found is None:
                found = sum(test(held, v) == want for test, v, want in checks)
                table[held] = found
            total += found
        return total

    def seal(self, sealed: dict[int, tuple[int, ...]]) -> tuple[int, ...]:
        """Fix the positions this goal and its alternatives read (`sealed`:
        those of goals sealed already)."""
        known = sealed.get(id(self))
        if known is None:
            found = {position for position, _, _ in self.columns}
            for alternatives in self.choices:
                for alternative in alternatives:
                    found.update(alternative.seal(sealed))
            known = sealed[id(self)] = tuple(sorted(found))
            self.view = getter(known)
        return known


def scorer(goal: Goal, index: dict[Atom, int]) -> Callable[[State], int]:
    """The count of `goal` a state fulfils (see the module docstring)."""
    placed = _Placer(index, goal.wishes).place(goal)
    placed.seal({})
    return placed.count


class _Placer:
    """Goals placed at state positions, each shared goal once."""

    def __init__(self, index: dict[Atom, int], must: list[Wish]) -> None:
        self.index = index
        self.must = must
        self.wished = {w.atom for w in must}
        self.done: dict[int, _Placed] = {}
        self.tests: dict[Wish, Test] = {}

    def place(self, goal: Goal) -> _Placed:
        known = self.done.get(id(goal))
        if known is None:
            known = self.done[id(goal)] = self._place(goal)
        return known

    def _place(self, goal: Goal) -> _Placed:
        hints = [h for h in goal.hints if h.atom not in self.wished]
        wishes = dict.fromkeys(goal.wishes + hints)
        placed = _Placed([self._test(w) for w in wishes if self._counts(w)])
        for alternatives in goal.choices:
            possible = [a for a in alternatives if not self._against(a)]
            found = [self.place(a) for a in possible or alternatives]
            if all(a.tests or a.choices for a in found):
                placed.choices.append(found)
        return placed

    def _against(self, goal: Goal) -> bool:
        """Whether `goal` wishes a variable some value the target's own
        wishes rule out (that way cannot lead to the target)."""
        return any(
            _excludes(_equality(mine), _equality(theirs))
            for theirs in goal.wishes
            if theirs.atom in self.wished
            for mine in self.must
            if mine.atom == theirs.atom
        )

    def _counts(self, wish: Wish) -> bool:
        return wish.atom in self.index and wish.atom[0] != "level"

    def _test(self, wish: Wish) -> Test:
        known = self.tests.get(wish)
        if known is None:
            test = _compare(wish.op)
            known = self.tests[wish] = (
                self.index[wish.atom],
                test,
                wish.value,
                wish.polarity,
            )
        return known


Equality = tuple[Value, bool] | None  # `== value` is (value, polarity)


def _equality(wish: Wish) -> Equality:
    if wish.op in ("==", "!="):
        return wish.value, wish.polarity == (wish.op == "==")
    return None


def _excludes(one: Equality, other: Equality) -> bool:
    """Whether no value fulfils both (x == a and x != a; x == a and x == b)."""
    if one is None or other is None:
        return False
    if one[0] == other[0]:
        return one[1] != other[1]
    return one[1] and other[1]


def _compare(op: str) -> Compare:
    """A wish's comparison, applied to a state position: wished atoms are
    never levels, so the position holds the atom's Value (or None while a
    variable is undeclared, which fulfils no wish)."""
    test = cast("Compare", COMPARE[op])

    def compare(held: StateValue, wished: Value) -> bool:
        try:
            return test(held, wished)
        except TypeError:
            return False

    return compare
