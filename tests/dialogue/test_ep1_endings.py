"""Episode 1's ending rules (dialogue/ep1/PLAN.md section 3), played through
Ep1_Resolve with every combination of the choices that decide them."""

from __future__ import annotations

from itertools import product

import pytest
from episode_story import resolved_ending, whole_program

from game.core.story import Value
from game.dialogue.program import Program

PATIENTS = ("june", "omar", "bea", "tomas")


@pytest.fixture(scope="module")
def project() -> Program:
    return whole_program()


def ending_of(program: Program, chosen: dict[str, Value]) -> str:
    """The ending Ep1_Resolve jumps to for these story variables."""
    return resolved_ending(program, 1, chosen)


def best_case(**overrides: Value) -> dict[str, Value]:
    """Everything that earns trust: every patient told the truth, Sandra in
    early, cosmetic bookings paused, the books opened, the patch held, the
    system shut down and whole-person care promised; then `overrides`."""
    chosen: dict[str, Value] = {f"ep1_{who}_told": "truth" for who in PATIENTS}
    chosen.update(
        ep1_sandra_early=True,
        ep1_cosmetic_paused=True,
        ep1_watchdog="open",
        ep1_crisis_result="won",
        ep1_shutdown=True,
        ep1_final_words="holistic",
    )
    chosen.update(overrides)
    return chosen


def trust(chosen: dict[str, Value]) -> int:
    """The community's trust as PLAN.md section 3 adds it up."""
    honesty = {"truth": 1, "comfort": -1, "none": 0}
    total = sum(honesty[str(chosen[f"ep1_{who}_told"])] for who in PATIENTS)
    total += 2 if chosen["ep1_sandra_early"] else 0
    total += {"open": 2, "partial": 0, "stonewall": -2}[str(chosen["ep1_watchdog"])]
    total += {"won": 1, "lost": -1, "shutdown": 0}[str(chosen["ep1_crisis_result"])]
    total += 1 if chosen["ep1_cosmetic_paused"] else 0
    total += -1 if chosen["ep1_final_words"] == "defend" else 1
    return total


def ruled_ending(chosen: dict[str, Value]) -> str:
    """The ending PLAN.md's rules name, checked in their order."""
    score = trust(chosen)
    shutdown = chosen["ep1_shutdown"]
    refused = chosen["ep1_watchdog"] == "stonewall"
    defended = chosen["ep1_final_words"] == "defend"
    if shutdown and score >= 5 and not refused and not defended:
        return "sanctuary"
    if shutdown and score >= 0:
        return "diminished"
    if not shutdown and chosen["ep1_crisis_result"] == "won" and score >= 5:
        return "diminished"
    return "lost_trust"


def test_the_best_case_reaches_the_sanctuary(project):
    assert ending_of(project, best_case()) == "sanctuary"


def test_defend_after_stonewalling_the_watchdog_never_reaches_the_sanctuary(
    project,
):
    chosen = best_case(ep1_watchdog="stonewall", ep1_final_words="defend")
    assert trust(chosen) >= 5
    assert ending_of(project, chosen) == "diminished"


def test_stonewalling_the_watchdog_alone_bars_the_sanctuary(project):
    chosen = best_case(ep1_watchdog="stonewall")
    assert trust(chosen) >= 5
    assert ending_of(project, chosen) == "diminished"


def test_defending_the_technology_alone_bars_the_sanctuary(project):
    chosen = best_case(ep1_final_words="defend")
    assert trust(chosen) >= 5
    assert ending_of(project, chosen) == "diminished"


def test_keeping_the_system_running_never_reaches_the_sanctuary(project):
    assert ending_of(project, best_case(ep1_shutdown=False)) == "diminished"
    lost = best_case(ep1_shutdown=False, ep1_crisis_result="lost")
    assert ending_of(project, lost) == "lost_trust"


CHOICES = list(
    product(
        ("open", "partial", "stonewall"),
        ("holistic", "listen", "defend"),
        (True, False),
        ("won", "lost", "shutdown"),
        ("truth", "comfort"),
        (True, False),
    )
)


def test_every_combination_of_deciding_choices_reaches_the_ending_the_rules_name(
    project,
):
    wrong = []
    for watchdog, words, shutdown, crisis, told, sandra in CHOICES:
        chosen = best_case(
            ep1_watchdog=watchdog,
            ep1_final_words=words,
            ep1_shutdown=shutdown,
            ep1_crisis_result=crisis,
            ep1_sandra_early=sandra,
            **{f"ep1_{who}_told": told for who in PATIENTS},
        )
        got, ruled = ending_of(project, chosen), ruled_ending(chosen)
        if got != ruled:
            wrong.append((chosen, got, ruled))
    assert wrong == []
