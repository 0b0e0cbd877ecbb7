"""Abstract story states: a story reduced to the atoms one part can observe.

Contract: a `StorySpace` over a set of atoms (game/dialogue/footprint.py)
turns a `StoryState` into a `State`, a flat tuple of those atoms' values in
a fixed order (variables, once flags, visit counts capped at VISIT_CAP,
level results, endings), and back; states that differ in nothing a script
can observe are one. `getter` projects a state onto some positions (the
view a memo or a pass tells states apart by). `Novelty` prunes a pass to
states that make some value, or pair of values, true for the first time.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Iterable
from itertools import compress
from typing import cast

from game.core.story import StoryState
from game.dialogue.expr import Value
from game.dialogue.footprint import ANY, Atom
from game.dialogue.program import Program

VISIT_CAP = 4

# A level's result, frozen so a state can be hashed.
FrozenResult = tuple[tuple[str, Value], ...]
# One position of a state: a variable's value (None: undeclared), a once flag
# or ending (bool), a visit count (int, a float to the checker) or a result.
StateValue = Value | FrozenResult | None
State = tuple[StateValue, ...]
View = Callable[[State], State]
# What Novelty remembers: a (position, value), or two of them.
Seen = tuple[int, StateValue] | tuple[int, StateValue, int, StateValue]


class StorySpace:
    """The abstract story states of one part: a tuple of atom values."""

    KINDS = ("var", "once", "visits", "level", "ending")  # the order of a state

    def __init__(
        self, program: Program, atoms: Iterable[Atom], seeded: Iterable[Atom] = ()
    ) -> None:
        """`seeded`: atoms whose declared variables a story rebuilt from a
        state also holds, at their declared values (a wider space's, so
        that its key_of finds every variable it looks for)."""
        self.program = program
        self.atoms = sorted(atoms, key=lambda a: (self.KINDS.index(a[0]), a[1]))
        self.index = {atom: i for i, atom in enumerate(self.atoms)}
        initial = program.initial_values()
        names = {kind: [n for k, n in self.atoms if k == kind] for kind in self.KINDS}
        self.vars = [(n, initial.get(n)) for n in names["var"]]
        self.onces = names["once"]
        self.visits = names["visits"]
        self._zeros = [0] * len(self.visits)  # visits.get's default
        self._caps = [VISIT_CAP] * len(self.visits)
        self.levels = names["level"]
        self.endings = names["ending"]
        self.full: View = lambda state: state
        self._pick_vars = _picker(names["var"])
        self.var_names = names["var"]
        # Where each kind's slice of a state ends (vars, once, visits, level).
        sizes = [len(names[kind]) for kind in self.KINDS[:4]]
        self.ends = [sum(sizes[: i + 1]) for i in range(4)]
        self.seed = {
            name: initial[name]
            for kind, name in seeded
            if kind == "var" and name in initial and name not in names["var"]
        }

    def initial(self) -> State:
        return self.key_of(StoryState())

    def key_of(self, story: StoryState) -> State:
        variables = story.variables
        picked: State
        try:  # the part's stories hold all its variables: one C call
            picked = self._pick_vars(variables)
        except KeyError:  # a story from outside the search
            picked = tuple([variables.get(n, d) for n, d in self.vars])
        # Called for every checkpoint of every conversation: skip empty kinds.
        # The maps run in C.
        if not (self.visits or self.levels or self.endings):
            if not self.onces:
                return picked
            return picked + tuple(map(story.once.__contains__, self.onces))
        key: list[StateValue] = list(picked)
        if self.onces:
            key += map(story.once.__contains__, self.onces)
        if self.visits:
            counts = map(story.visits.get, self.visits, self._zeros)
            key += map(min, counts, self._caps)
        if self.levels:
            minigame = story.minigame
            key += [_frozen(minigame.get(n)) for n in self.levels]
        if self.endings:
            key += map(story.endings.__contains__, self.endings)
        return tuple(key)

    def story_of(self, state: State) -> StoryState:
        # Each kind's positions are one slice of the state, in key_of's
        # order; the casts name what each kind holds. Only this part's
        # variables (and the seeded ones): the runner gives any other
        # declared variable its initial value when first read
        # (Runner.read_var), so no story copies every episode's declarations.
        # compress and filter pick the set positions in C (one story per
        # conversation and per entry condition the search tries).
        ends = self.ends
        variables = dict(self.seed)
        values = cast("tuple[Value, ...]", state[: ends[0]])
        variables.update(zip(self.var_names, values, strict=True))
        counts = cast("tuple[int, ...]", state[ends[1] : ends[2]])
        return StoryState(
            variables=variables,
            visits=dict(
                zip(compress(self.visits, counts), filter(None, counts), strict=True)
            ),
            once=set(compress(self.onces, state[ends[0] : ends[1]])),
            minigame=self._results(state[ends[2] : ends[3]]) if self.levels else {},
            endings=list(compress(self.endings, state[ends[3] :])),
        )

    def _results(self, results: State) -> dict[str, dict[str, Value]]:
        frozen = cast("tuple[FrozenResult | None, ...]", results)
        return {
            level: dict(result)
            for level, result in zip(self.levels, frozen, strict=True)
            if result is not None
        }

    def indices(self, atoms: Iterable[Atom]) -> tuple[int, ...]:
        """Positions of these atoms (an atom named ANY: all of its kind)."""
        found: set[int] = set()
        for kind, name in atoms:
            if name == ANY:
                found |= {i for i, (k, _) in enumerate(self.atoms) if k == kind}
            elif (kind, name) in self.index:
                found.add(self.index[(kind, name)])
        return tuple(sorted(found))


def _frozen(result: dict[str, Value] | None) -> FrozenResult | None:
    return None if result is None else tuple(sorted(result.items()))


def _picker(names: list[str]) -> Callable[[dict[str, Value]], tuple[Value, ...]]:
    """The values of `names` in a dict, as a tuple (KeyError if one is
    missing)."""
    if len(names) > 1:
        return operator.itemgetter(*names)
    if names:
        name = names[0]
        return lambda values: (values[name],)
    return lambda values: ()


def getter(indices: tuple[int, ...]) -> View:
    """The projection of a state onto `indices`, as a tuple."""
    if len(indices) > 1:
        return operator.itemgetter(*indices)
    if indices:
        index = indices[0]
        return lambda state: (state[index],)
    return lambda state: ()


class Novelty:
    """Width pruning: a state is kept only if it makes some value (width 1)
    or pair of values (width 2) true for the first time in this pass
    (None keeps every state). Only positions that changed from the parent
    can form new ones, so only those are looked at."""

    def __init__(self, width: int | None) -> None:
        self.width = width
        self.seen: set[Seen] = set()

    def admits(self, state: State, parent: State | None) -> bool:
        if self.width is None:
            return True
        changed = (
            range(len(state))
            if parent is None
            else list(compress(range(len(state)), map(operator.ne, state, parent)))
        )
        found: set[Seen]
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
