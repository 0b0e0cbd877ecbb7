"""Episode 5's ending rules (dialogue/ep5/PLAN.md section 3): Ep5_Resolve
played with every combination of what decides them, Khoury's answer at the
forum, and the joint-practice option that only a Khoury at the console sees."""

from __future__ import annotations

from itertools import product

import pytest
from episode_story import resolved_ending, runner_with, whole_program

from game.core.story import Value
from game.dialogue.program import Program
from game.dialogue.runner import End, Line, Options, run_all

RESULTS = ("won", "lost", "shutdown")
FUTURES = ("joint", "fast", "halt")


@pytest.fixture(scope="module")
def project() -> Program:
    return whole_program()


def ending_of(program: Program, chosen: dict[str, Value]) -> str:
    """The ending Ep5_Resolve jumps to for these story variables."""
    return resolved_ending(program, 5, chosen)


def ruled_ending(chosen: dict[str, Value]) -> str:
    """The ending PLAN.md's rules name, checked in their order."""
    won = chosen["ep5_crisis_result"] == "won"
    future, trust = chosen["ep5_future"], chosen["ep5_trust"]
    if won and chosen["ep5_khoury_joined"] and future == "joint" and trust >= 2:
        return "joint_practice"
    if won and future != "halt" and trust >= 0:
        return "khoury_walks"
    return "halted"


def every_case():
    for result, joined, future, trust in product(
        RESULTS, (True, False), FUTURES, range(-3, 7)
    ):
        if future == "joint" and not joined:
            continue  # the option is not offered without Khoury (tested below)
        yield {
            "ep5_crisis_result": result,
            "ep5_khoury_joined": joined,
            "ep5_future": future,
            "ep5_trust": trust,
        }


def test_each_ending_is_what_the_plan_rules_say_for_every_combination(project):
    reached = set()
    for chosen in every_case():
        ending = ending_of(project, chosen)
        assert ending == ruled_ending(chosen), chosen
        reached.add(ending)
    assert reached == {"joint_practice", "khoury_walks", "halted"}


@pytest.mark.parametrize("result", ["lost", "shutdown"])
def test_without_the_glitch_found_only_the_halt_remains(project, result):
    for chosen in every_case():
        if chosen["ep5_crisis_result"] == result:
            assert ending_of(project, chosen) == "halted", chosen


def test_the_joint_practice_needs_the_patients_trust_as_well_as_khoury(project):
    chosen = {
        "ep5_crisis_result": "won",
        "ep5_khoury_joined": True,
        "ep5_future": "joint",
    }
    assert ending_of(project, {**chosen, "ep5_trust": 2}) == "joint_practice"
    assert ending_of(project, {**chosen, "ep5_trust": 1}) == "khoury_walks"


def test_reopening_on_low_trust_keeps_the_halt(project):
    chosen = {"ep5_crisis_result": "won", "ep5_khoury_joined": False}
    assert ending_of(project, {**chosen, "ep5_future": "fast", "ep5_trust": -1}) == (
        "halted"
    )


def choices_offered(program: Program, node: str, chosen: dict[str, Value]):
    """The option texts shown at the first choice of `node`."""
    runner = runner_with(program, 5, chosen)
    runner.start(node)
    while not isinstance(event := runner.advance(), End):
        if isinstance(event, Options):
            return [o.text for o in event.options if o.available]
    return []


@pytest.mark.parametrize("joined", [True, False])
def test_only_a_khoury_at_the_console_hears_the_joint_practice_offer(project, joined):
    chosen = {
        "ep5_stage": 7,
        "ep5_khoury_joined": joined,
        "minigame_outcome": "won",
    }
    offered = choices_offered(project, "Ep5_GlitchHunt", chosen)
    joint = [text for text in offered if "practice" in text]
    assert bool(joint) == joined


@pytest.mark.parametrize(
    ("bond", "joins"), [(4, True), (2, True), (1, False), (-3, False)]
)
def test_khoury_joins_the_hunt_only_when_asked_with_a_bond_of_two(project, bond, joins):
    # The forum adds +1 for taking responsibility (option 1), so start one lower.
    runner = runner_with(project, 5, {"ep5_stage": 6, "ep5_bond": bond - 1})
    events = run_all(runner, "Ep5_Forum", [0, 0])  # own it; ask Khoury
    said = [e.text for e in events if isinstance(e, Line) and e.speaker == "Khoury"]
    assert runner.story.variables["ep5_asked_khoury"] is True
    assert runner.story.variables["ep5_khoury_joined"] is joins
    assert any("eight o'clock" in text for text in said) is joins
