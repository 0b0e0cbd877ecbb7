"""What a missing line or node wants of the story state, alternatives kept
apart: the guide of the story search's hunt for it.

Contract: `Goals(dependencies).of(title, index, option)` (index -1: the
node itself) gives a `Goal`: `wishes` that should all hold, `hints` that
make a wished number likelier (the conditions under which it grows or
shrinks, as `Dependencies.growth`), and `choices`, groups of goals of which
one should hold. A node that several callers or entry points start is one
choice among their paths; a condition that must be false, `not (a and b)`,
is one choice between `not a` and `not b` (without hints: each alternative
is one condition). A choice with an alternative that wishes for nothing is
left out (that way is free). `own` gives only what a target wants within
its node (the search hints at it for a target's siblings). Goals are made
once per target, shared, and never change once made (`hinting` makes a
new one).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

from game.dialogue.expr import Binary, Expr, Unary
from game.dialogue.relevance import Control, Dependencies, Wish

DEPTH = 2  # how many times hints may follow a number to what makes it grow


@dataclass(eq=False)
class Goal:
    """Wishes that should all hold, hints, and choices of alternatives."""

    wishes: list[Wish] = field(default_factory=list)
    hints: list[Wish] = field(default_factory=list)
    choices: list[list[Goal]] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.wishes or self.hints or self.choices)

    @functools.cached_property
    def size(self) -> int:
        """How many wishes and hints the goal has, with the largest
        alternative of each choice (worked out once: goals never change
        once made)."""
        own = len(set(self.wishes)) + len(set(self.hints))
        return own + sum(max(a.size for a in c) for c in self.choices)

    def hinting(self, hints: list[Wish]) -> Goal:
        """This goal with more hints (a new goal: this one never changes)."""
        return Goal(self.wishes, self.hints + hints, self.choices)

    def add(self, other: Goal) -> None:
        """Also want everything `other` wants."""
        self.wishes += other.wishes
        self.hints += other.hints
        self.choices += other.choices

    def add_choice(self, alternatives: list[Goal]) -> None:
        """Also want one of `alternatives` (all of it when there is one)."""
        if len(alternatives) == 1:
            self.add(alternatives[0])
        elif alternatives and not any(a.empty for a in alternatives):
            self.choices.append(alternatives)


class Goals:
    """The goals of one part's targets, node paths worked out once."""

    def __init__(self, dependencies: Dependencies) -> None:
        self.dependencies = dependencies
        self._paths: dict[str, Goal] = {}
        self._targets: dict[tuple[str, int, int], Goal] = {}
        self._entering: set[str] = set()  # paths being worked out (cycles)

    def of(self, title: str, index: int, option: int = -1) -> Goal:
        """What reaching instruction `index` of `title` (or its option)
        wants: its controls, and one way into the node (made once)."""
        target = (title, index, option)
        known = self._targets.get(target)
        if known is None:
            known = self._targets[target] = self._of(title, index, option)
        return known

    def _of(self, title: str, index: int, option: int) -> Goal:
        goal = self.own(title, index, option, DEPTH)
        goal.add(self.path(title))
        return goal

    def own(self, title: str, index: int, option: int = -1, depth: int = 0) -> Goal:
        """What instruction `index` of `title` (or its option) wants within
        its node: its controls (with hints `depth` deep)."""
        goal = Goal()
        for control in self.dependencies.controls(title, index):
            goal.add(self.control(control, depth))
        if option >= 0:
            control = self.dependencies.option_control(title, index, option)
            goal.add(self.control(control, depth))
        return goal

    def path(self, title: str) -> Goal:
        """One way into `title`: an entry point's guard, or a caller's
        controls at its jump and one way into the caller."""
        known = self._paths.get(title)
        if known is not None:
            return known
        node = self.dependencies.nodes.get(title)
        if node is None or title in self._entering:
            return Goal()  # a cycle back: no new way in
        self._entering.add(title)
        ways = [self.guard(guard) for guard in node.starts]
        for caller, at in node.callers:
            way = Goal()
            for control in self.dependencies.controls(caller, at):
                way.add(self.control(control, DEPTH))
            way.add(self.path(caller))
            ways.append(way)
        self._entering.discard(title)
        goal = self._paths[title] = Goal()
        goal.add_choice(ways)
        return goal

    def guard(self, guard: list[Control]) -> Goal:
        goal = Goal()
        for control in guard:
            goal.add(self.control(control, DEPTH))
        return goal

    def control(self, control: Control, depth: int) -> Goal:
        goal = Goal()
        if control.key:
            goal.wishes.append(
                Wish(("once", control.key), "==", True, not control.polarity)
            )
        if control.expr is not None:
            goal.add(self.expr(control.expr, control.polarity, depth))
        return goal

    def expr(self, expr: Expr, polarity: bool, depth: int) -> Goal:
        if isinstance(expr, Unary) and expr.op == "not":
            return self.expr(expr.operand, not polarity, depth)
        if isinstance(expr, Binary) and expr.op in ("and", "or"):
            left = self.expr(expr.left, polarity, depth)
            right = self.expr(expr.right, polarity, depth)
            if (expr.op == "and") == polarity:  # both must hold
                left.add(right)
                return left
            return self._either(expr, polarity)
        return self._simple(expr, polarity, depth)

    def _either(self, expr: Binary, polarity: bool) -> Goal:
        """One of the two sides, each without hints."""
        goal = Goal()
        alternatives: list[Goal] = []
        for side in (expr.left, expr.right):
            found = self.expr(side, polarity, 0)
            if not found.wishes and len(found.choices) == 1:
                alternatives += found.choices[0]  # (a or b) or c: one choice
            else:
                alternatives.append(found)
        goal.add_choice(alternatives)
        return goal

    def _simple(self, expr: Expr, polarity: bool, depth: int) -> Goal:
        goal = Goal()
        wish, more = self.dependencies.simple_wish(expr, polarity)
        if wish is not None:
            goal.wishes.append(wish)
            if more is not None and depth > 0:
                goal.hints += self.dependencies.growth(wish.atom[1], more, depth - 1)
        return goal
