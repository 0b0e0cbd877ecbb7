"""What a missing line wants of the story state: one way into its node, and
one side of a condition that must be false."""

from __future__ import annotations

from game.dialogue.goals import Goal, Goals
from game.dialogue.program import load_text
from game.dialogue.relevance import Dependencies, Wish, targets_of
from game.dialogue.story_parts import EntryPoint, StoryReach, make_entry, starts

DECLS = (
    "title: Declarations\n---\n<<declare $a = false>>\n<<declare $b = false>>\n"
    "<<declare $c = false>>\n<<declare $n = 0>>\n===\n"
)


def goal_of(text: str, line: str, entries: tuple[str, ...] = ("Start",)) -> Goal:
    """The goal of line `line` of `text`, started at nodes `entries`."""
    program = load_text(DECLS + text)
    made = [make_entry(program, EntryPoint(e), StoryReach()) for e in entries]
    goals = Goals(Dependencies(program, starts(made)))
    return goals.of(*targets_of(program, program.code)[line])


def wish(name: str, polarity: bool = True) -> Wish:
    return Wish(("var", name), "==", True, polarity)


def test_a_node_two_callers_jump_to_wants_one_of_their_ways_in():
    goal = goal_of(
        "title: Start\n---\n<<if $a>>\n<<jump End>>\n<<elseif $b>>\n<<jump End>>\n"
        "<<endif>>\n===\ntitle: End\n---\nThe end. #line:end\n===\n",
        "end",
    )
    assert goal.wishes == []
    [ways] = goal.choices
    assert [way.wishes for way in ways] == [[wish("a")], [wish("a", False), wish("b")]]


def test_a_condition_that_must_be_false_wants_one_of_its_sides_false():
    goal = goal_of(
        "title: Start\n---\n<<if $a and $b>>\nBoth. #line:both\n<<else>>\n"
        "Not both. #line:other\n<<endif>>\n===\n",
        "other",
    )
    [sides] = goal.choices
    assert [side.wishes for side in sides] == [[wish("a", False)], [wish("b", False)]]


def test_a_way_in_without_conditions_makes_the_choice_free():
    goal = goal_of(
        "title: Start\n---\n<<if $a>>\n<<jump End>>\n<<endif>>\n===\n"
        "title: End\n---\nThe end. <<if $c>> #line:end\n===\n",
        "end",
        entries=("Start", "End"),  # End may also start on its own
    )
    assert goal.wishes == [wish("c")] and goal.choices == []


def test_a_threshold_hints_at_what_makes_its_number_grow():
    goal = goal_of(
        "title: Start\n---\n<<if $a>>\n<<set $n += 1>>\n"
        "<<endif>>\n<<if $n >= 1>>\nGrown. #line:grown\n<<endif>>\n===\n",
        "grown",
    )
    assert goal.hints == [wish("a")]


def test_a_goals_size_counts_its_largest_alternatives():
    goal = goal_of(
        "title: Start\n---\n<<if $a>>\n<<jump End>>\n<<elseif $b and $c>>\n"
        "<<jump End>>\n<<endif>>\n===\n"
        "title: End\n---\nEnd. <<if $c>> #line:end\n===\n",
        "end",
    )
    # $c, then the second way: not $a, $b and $c
    assert goal.size == 1 + 3


def test_a_lines_own_goal_is_only_what_it_wants_within_its_node():
    program = load_text(
        DECLS + "title: Start\n---\n<<if $a>>\n<<jump End>>\n<<endif>>\n===\n"
        "title: End\n---\nThe end. <<if $c>> #line:end\n===\n"
    )
    made = [make_entry(program, EntryPoint("Start"), StoryReach())]
    goals = Goals(Dependencies(program, starts(made)))
    target = targets_of(program, program.code)["end"]
    assert goals.own(*target).wishes == [wish("c")]
    assert goals.of(*target).wishes == [wish("c"), wish("a")]


def test_hinting_makes_a_new_goal_and_leaves_the_old_one_alone():
    goal = Goal(wishes=[wish("a")])
    hinted = goal.hinting([wish("b")])
    assert hinted.hints == [wish("b")] and goal.hints == []
    assert hinted.wishes == goal.wishes
