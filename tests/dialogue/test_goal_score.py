"""How close a story state is to a goal: wishes and hints count one each, a
choice its best alternative, a hint against a wish nothing."""

from __future__ import annotations

from game.dialogue.expr import Value
from game.dialogue.goal_score import scorer
from game.dialogue.goals import Goal
from game.dialogue.relevance import Wish

INDEX = {("var", "a"): 0, ("var", "b"): 1, ("var", "n"): 2, ("level", "l"): 3}


def wish(name: str, value: Value = True, op: str = "==") -> Wish:
    return Wish(("var", name), op, value, True)


def test_each_fulfilled_wish_counts_one():
    score = scorer(Goal(wishes=[wish("a"), wish("n", 2.0, ">=")]), INDEX)
    assert [score((False, False, 1.0, None)), score((True, False, 3.0, None))] == [0, 2]


def test_a_choice_counts_its_best_alternative():
    both = Goal(wishes=[wish("a"), wish("b")])
    goal = Goal(choices=[[both, Goal(wishes=[wish("n", 5.0)])]])
    score = scorer(goal, INDEX)
    assert score((True, True, 0.0, None)) == 2
    assert score((True, False, 5.0, None)) == 1


def test_a_hint_against_a_wish_counts_for_nothing():
    goal = Goal(wishes=[wish("a", False)], hints=[wish("a"), wish("b")])
    score = scorer(goal, INDEX)
    assert score((True, True, 0.0, None)) == 1  # only the hint about b


def test_wishes_the_state_cannot_tell_count_for_nothing():
    unknown = Wish(("var", "elsewhere"), "==", True, True)
    level = Wish(("level", "l"), "==", True, True)
    score = scorer(Goal(wishes=[unknown, level, wish("a")]), INDEX)
    assert score((True, False, 0.0, True)) == 1


def test_a_choice_with_a_free_alternative_counts_for_nothing():
    free = Goal(wishes=[Wish(("var", "elsewhere"), "==", True, True)])
    score = scorer(Goal(choices=[[free, Goal(wishes=[wish("a")])]]), INDEX)
    assert score((True, False, 0.0, None)) == 0


def test_an_alternative_against_the_goals_own_wishes_is_left_out():
    goal = Goal(
        wishes=[wish("a", False)],
        choices=[[Goal(wishes=[wish("a"), wish("b")]), Goal(wishes=[wish("n", 1.0)])]],
    )
    score = scorer(goal, INDEX)
    assert score((False, True, 0.0, None)) == 1  # not a: the way needing a is out
    assert score((False, False, 1.0, None)) == 2
