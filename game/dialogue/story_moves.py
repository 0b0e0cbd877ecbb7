"""One step of the story search: the states one more conversation leads to.

Contract: `StoryMoves(program, entries, space, inner, explorer, reach,
played)` (`inner`: the space of the explorer's keys, holding all of
`space`'s atoms) answers `children(state)`: for every entry point that may
start in `state` (its once key unused, its condition true), each distinct
state at an end of its conversation (and of every sample minigame result,
for a station), other than `state` itself (a pass has always seen it
already); `successors(state)` counts them, with `state` itself when some
conversation changes nothing, and `expand(state)` gives both at once. A
conversation's outcomes depend only on the atoms its nodes read and write,
so each entry is explored once per distinct value of those (memoised), and
each state's children are worked out once. Every conversation played is
recorded on `reach` and passed to `played`; errors are recorded, not raised.
"""

from __future__ import annotations

import operator
from collections.abc import Callable
from typing import cast

from game.core.story import StoryState
from game.dialogue.errors import DialogueError
from game.dialogue.explore import Conversation, ConversationExplorer, copy_story
from game.dialogue.level_results import SAMPLES, LevelResult, apply_result
from game.dialogue.program import Program
from game.dialogue.runner import Runner
from game.dialogue.search_expr import compile_truth
from game.dialogue.story_parts import Entry, StoryReach
from game.dialogue.story_space import State, StorySpace, View, getter

# The written atoms' values at each end that changes them, and whether some
# end changes nothing (it leads back to the state it started in).
Outcomes = tuple[list[State], bool]
Build = Callable[[State, State], State]  # a state and a delta -> the child


class StoryMoves:
    """The successors of one part's abstract story states, memoised."""

    def __init__(
        self,
        program: Program,
        entries: list[Entry],
        space: StorySpace,
        inner: StorySpace,
        explorer: ConversationExplorer,
        reach: StoryReach,
        played: Callable[[Conversation], None],
    ) -> None:
        self.program = program
        self.entries = entries
        self.space = space
        self.explorer = explorer
        self.reach = reach
        self.played = played
        self.views = [getter(space.indices(e.reads | e.writes)) for e in entries]
        self.tests = [getter(space.indices(e.reads)) for e in entries]
        self.written = [space.indices(e.writes) for e in entries]
        self.deltas_of = [getter(written) for written in self.written]
        # The same positions of the explorer's keys (its space holds all of
        # this one's atoms, in the same order).
        self.inner_deltas_of = [
            getter(tuple(inner.index[space.atoms[i]] for i in written))
            for written in self.written
        ]
        size = len(space.atoms)
        # Per entry: its view, its memo of outcomes, and how a delta of its
        # written atoms makes a child of a state.
        self.plan: list[tuple[int, View, dict[State, Outcomes], Build]] = [
            (index, view, {}, _builder(size, written))
            for index, (view, written) in enumerate(
                zip(self.views, self.written, strict=True)
            )
        ]
        self.conditions = [
            compile_truth(e.condition, program) if e.condition else None
            for e in entries
        ]
        # One runner evaluates every compiled entry condition, over the
        # story of the state asked about (a fresh runner each time would
        # cost more than the test).
        self.probe = Runner(program, StoryState(), render=False, initialise=False)
        self.known_children: dict[State, tuple[list[State], int]] = {}
        self.enabled_memo: dict[tuple[int, State], bool] = {}
        self.tested: tuple[State | None, StoryState] = (None, StoryState())

    def children(self, state: State) -> list[State]:
        """The other states one more conversation can lead to (distinct,
        memoised: later passes walk the same early states again). `state`
        itself is left out: every pass has seen it before expanding it."""
        return self.expand(state)[0]

    def successors(self, state: State) -> int:
        """How many distinct states one more conversation leads to from
        `state`, itself included (what the search's budget counts)."""
        return self.expand(state)[1]

    def expand(self, state: State) -> tuple[list[State], int]:
        """`children(state)` and `successors(state)` at once (one look-up)."""
        known = self.known_children.get(state)
        if known is None:
            found, back = self._children(state)
            unique = list(dict.fromkeys(found))
            known = self.known_children[state] = (unique, len(unique) + back)
        return known

    def _children(self, state: State) -> tuple[list[State], bool]:
        """The other states, and whether some conversation changes nothing."""
        out = []
        back = False
        for index, view_of, memo, build in self.plan:
            view = view_of(state)
            known = memo.get(view)
            if known is None:
                known = memo[view] = self.deltas(index, state)
            deltas, unchanged = known
            if unchanged:
                back = True
            for delta in deltas:
                out.append(build(state, delta))
        return out, back

    def deltas(self, index: int, state: State) -> Outcomes:
        """The written atoms' values after each way the entry can go that
        changes them, and whether some way changes nothing (none and False
        when it cannot start); the caller memoises it by all the atoms the
        entry reads or writes."""
        entry = self.entries[index]
        if self.enabled(index, entry, state):
            return self.outcomes(index, entry, state)
        return [], False

    def enabled(self, index: int, entry: Entry, state: State) -> bool:
        memo_key = (index, self.tests[index](state))
        known = self.enabled_memo.get(memo_key)
        if known is None:
            known = self._enabled(index, entry, state)
            self.enabled_memo[memo_key] = known
        return known

    def _enabled(self, index: int, entry: Entry, state: State) -> bool:
        once = entry.point.once
        if not once and entry.condition is None:
            return True
        story = self.story_to_test(state)
        if once and once in story.once:
            return False
        try:
            if entry.condition is None:
                return True
            test = self.conditions[index]
            if test is not None:
                self.probe.story = story
                return test(self.probe)
            runner = Runner(self.program, story, render=False, initialise=False)
            try:
                return runner.evaluator.truth(entry.condition)
            finally:
                runner.release()
        except DialogueError as err:
            self.reach.errors.append(err)
            return False

    def story_to_test(self, state: State) -> StoryState:
        """The story of `state`, one for all the entry conditions tested on
        it (a test changes a story only by giving a declared variable it
        lacks its declared value, which any later test would give it too)."""
        if self.tested[0] is not state:
            self.tested = (state, self.space.story_of(state))
        return self.tested[1]

    def outcomes(self, index: int, entry: Entry, state: State) -> Outcomes:
        """The written atoms' values at each distinct end of the conversation
        that changes any of them, and whether some end changes none (the
        caller, `_children`, memoises it)."""
        ends = self.play(index, entry, self.space.story_of(state))
        # An end that changes nothing leads back to `state`: left out.
        unchanged = self.deltas_of[index](state)
        found = list(dict.fromkeys(ends))
        changed = [delta for delta in found if delta != unchanged]
        return changed, len(changed) < len(found)

    def play(self, index: int, entry: Entry, story: StoryState) -> list[State]:
        """The written atoms' values at each end of the entry's conversation
        (and level) played from `story`."""
        point = entry.point
        if point.once:
            story.once.add(point.once)
        ends = [story]
        if point.node:
            result = self.explorer.run(story, point.node, own=True)
            self.reach.conversations += 1
            self.reach.reached |= result.reached
            self.reach.entered |= result.entered
            self.reach.errors.extend(result.errors)
            self.played(result)
            if not point.level:
                # The explorer's keys of its ends hold every written atom
                # the part observes: no new key per end.
                keys = cast("list[State]", result.end_keys)
                return list(map(self.inner_deltas_of[index], keys))
            ends = result.ends
        if point.level:
            ends = [
                _played(end, point.level, sample) for end in ends for sample in SAMPLES
            ]
        view = self.deltas_of[index]
        return [view(self.space.key_of(end)) for end in ends]


def _played(story: StoryState, level: str, sample: LevelResult) -> StoryState:
    after = copy_story(story)
    apply_result(after, level, sample)
    return after


def _builder(size: int, written: tuple[int, ...]) -> Build:
    """A function of a state and a delta of the `written` positions: the
    state with those positions set to the delta's values."""
    # One C call picks each position from the state or from the delta
    # appended to it.
    where = {position: size + k for k, position in enumerate(written)}
    picks = [where.get(position, position) for position in range(size)]
    if size > 1:
        pick = operator.itemgetter(*picks)
        return lambda state, delta: pick(state + delta)

    def build(state: State, delta: State) -> State:
        joined = state + delta
        return tuple(joined[i] for i in picks)

    return build
