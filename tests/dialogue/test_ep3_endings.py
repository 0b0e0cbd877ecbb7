"""Episode 3's ending rules (dialogue/ep3/PLAN.md section 3), played through
Ep3_Resolve with every combination of the choices and level results that
decide them, and the bad paths: where a rule says an ending cannot be
reached, it is not."""

from __future__ import annotations

from itertools import product

import pytest
from episode_story import resolved_ending, whole_program

from game.core.story import Value
from game.dialogue.program import Program

OPTIONS: dict[str, tuple[Value, ...]] = {
    "ep3_lucy_told": ("truth", "comfort"),
    "ep3_reported": ("now", "patients", "later"),
    "ep3_marcus_dose": ("repair", "full", "sponsor"),
    "ep3_lucy_voice": (True, False),
    "ep3_ravi_link": ("asked", "alone"),
    "ep3_marcus_told": ("truth", "comfort"),
    "ep3_crisis_result": ("won", "lost", "shutdown"),
    "ep3_final": ("open", "relaunch", "handover"),
}
EVERY = [
    dict(zip(OPTIONS, values, strict=True)) for values in product(*OPTIONS.values())
]


@pytest.fixture(scope="module")
def project() -> Program:
    return whole_program()


def ending_of(program: Program, chosen: dict[str, Value]) -> str:
    """The ending Ep3_Resolve jumps to for these story variables."""
    return resolved_ending(program, 3, chosen)


def ethics(chosen: dict[str, Value]) -> int:
    """The clinic's standing as PLAN.md section 3 adds it up."""
    score = {"truth": 1, "comfort": -1}[str(chosen["ep3_lucy_told"])]
    score += {"now": 2, "patients": 1, "later": -2}[str(chosen["ep3_reported"])]
    score += {"repair": 1, "full": -1, "sponsor": 0}[str(chosen["ep3_marcus_dose"])]
    score += 1 if chosen["ep3_lucy_voice"] else 0
    score += 1 if chosen["ep3_ravi_link"] == "asked" else 0
    score += {"truth": 1, "comfort": -1}[str(chosen["ep3_marcus_told"])]
    score += {"won": 1, "lost": -1, "shutdown": 0}[str(chosen["ep3_crisis_result"])]
    return score


def ruled_ending(chosen: dict[str, Value]) -> str:
    """The ending PLAN.md's rules name, checked in their order."""
    if (
        chosen["ep3_final"] == "open"
        and chosen["ep3_reported"] != "later"
        and ethics(chosen) >= 4
    ):
        return "research_centre"
    if chosen["ep3_crisis_result"] == "won":
        return "campaign_smile"
    return "trial_halted"


@pytest.fixture(scope="module")
def endings(project) -> list[tuple[dict[str, Value], str]]:
    return [(chosen, ending_of(project, chosen)) for chosen in EVERY]


def test_every_combination_reaches_the_ending_the_rules_name(endings):
    wrong = [(c, got) for c, got in endings if got != ruled_ending(c)]
    assert wrong == []


def test_all_three_endings_are_reachable(endings):
    assert {got for _, got in endings} == {
        "research_centre",
        "campaign_smile",
        "trial_halted",
    }


def test_the_research_centre_needs_the_data_opened(endings):
    assert all(
        c["ep3_final"] == "open" for c, got in endings if got == "research_centre"
    )


def test_a_file_kept_closed_never_becomes_a_research_centre(endings):
    closed = [got for c, got in endings if c["ep3_reported"] == "later"]
    assert closed and "research_centre" not in closed


def test_halting_the_trial_alone_does_not_earn_the_research_centre(project):
    chosen = dict(
        ep3_lucy_told="comfort",
        ep3_reported="patients",
        ep3_marcus_dose="full",
        ep3_lucy_voice=False,
        ep3_ravi_link="alone",
        ep3_marcus_told="comfort",
        ep3_crisis_result="won",
        ep3_final="open",
    )
    assert ethics(chosen) < 4
    assert ending_of(project, chosen) == "campaign_smile"


def test_the_campaign_smile_needs_the_emergency_won(endings):
    assert all(
        c["ep3_crisis_result"] == "won" for c, got in endings if got == "campaign_smile"
    )


def test_a_won_emergency_is_never_halted_by_the_board(endings):
    assert all(
        got != "trial_halted" for c, got in endings if c["ep3_crisis_result"] == "won"
    )


def test_honesty_can_carry_a_lost_emergency_to_the_research_centre(project):
    chosen = dict(
        ep3_lucy_told="truth",
        ep3_reported="now",
        ep3_marcus_dose="repair",
        ep3_lucy_voice=True,
        ep3_ravi_link="asked",
        ep3_marcus_told="truth",
        ep3_crisis_result="lost",
        ep3_final="open",
    )
    assert ending_of(project, chosen) == "research_centre"
