"""Episode 4's ending rules (dialogue/ep4/PLAN.md section 3), played through
Ep4_Resolve with every combination of the choices and level results that
decide them."""

from __future__ import annotations

from itertools import product

import pytest
from episode_story import resolved_ending, whole_program

from game.core.story import Value
from game.dialogue.program import Program


@pytest.fixture(scope="module")
def project() -> Program:
    return whole_program()


def ending_of(program: Program, chosen: dict[str, Value]) -> str:
    """The ending Ep4_Resolve jumps to for these story variables."""
    return resolved_ending(program, 4, chosen)


def best_case(**overrides: Value) -> dict[str, Value]:
    """Everything candid: Rosa told the truth, Livia given every page (so the
    cause is known), the slide kept, Priya told the truth, the system shut
    down and the night owned in public; then `overrides`."""
    chosen: dict[str, Value] = dict(
        ep4_rosa_told="truth",
        ep4_livia="shared",
        ep4_cause_found=True,
        ep4_slide=True,
        ep4_press="honest",
        ep4_crisis_result="won",
        ep4_shutdown=True,
        ep4_final_words="own",
    )
    chosen.update(overrides)
    return chosen


def candour(chosen: dict[str, Value]) -> int:
    """Melina's candour as PLAN.md section 3 adds it up."""
    total = {"truth": 1, "comfort": -1, "none": 0}[str(chosen["ep4_rosa_told"])]
    total += {"shared": 2, "partial": 0, "refused": -1}[str(chosen["ep4_livia"])]
    total += 1 if chosen["ep4_slide"] else -1
    total += {"honest": 1, "deny": -1, "none": 0}[str(chosen["ep4_press"])]
    total += {"own": 1, "network": -2, "silent": -1}[str(chosen["ep4_final_words"])]
    return total


def ruled_ending(chosen: dict[str, Value]) -> str:
    """The ending PLAN.md's rules name, checked in their order."""
    if chosen["ep4_shutdown"] and candour(chosen) >= 3 and chosen["ep4_cause_found"]:
        return "responsibility"
    if not chosen["ep4_shutdown"] and chosen["ep4_crisis_result"] == "won":
        return "saved_face"
    return "blackout"


def test_the_best_case_reaches_responsibility(project):
    assert ending_of(project, best_case()) == "responsibility"


def test_responsibility_needs_the_cause_however_candid_melina_is(project):
    chosen = best_case(ep4_livia="partial", ep4_cause_found=False)
    assert candour(chosen) >= 3
    assert ending_of(project, chosen) == "blackout"


def test_refusing_livia_and_cutting_the_slide_bar_responsibility(project):
    chosen = best_case(ep4_livia="refused", ep4_slide=False)
    assert candour(chosen) < 3
    assert ending_of(project, chosen) == "blackout"


def test_blaming_the_network_after_a_shutdown_is_a_blackout(project):
    chosen = best_case(ep4_final_words="network", ep4_press="deny")
    assert ending_of(project, chosen) == "blackout"


def test_keeping_the_system_running_never_reaches_responsibility(project):
    assert ending_of(project, best_case(ep4_shutdown=False)) == "saved_face"


def test_saved_face_needs_the_crisis_level_won(project):
    for result in ("lost", "shutdown"):
        chosen = best_case(ep4_shutdown=False, ep4_crisis_result=result)
        assert ending_of(project, chosen) == "blackout", result


CHOICES = list(
    product(
        ("truth", "comfort"),
        ("shared", "partial", "refused"),
        (True, False),
        ("honest", "deny", "none"),
        ("own", "network", "silent"),
        (True, False),
        ("won", "lost", "shutdown"),
        (True, False),
    )
)


def test_every_combination_of_deciding_choices_reaches_the_ending_the_rules_name(
    project,
):
    wrong = []
    for rosa, livia, slide, press, words, shutdown, crisis, cause in CHOICES:
        chosen = best_case(
            ep4_rosa_told=rosa,
            ep4_livia=livia,
            ep4_slide=slide,
            ep4_press=press,
            ep4_final_words=words,
            ep4_shutdown=shutdown,
            ep4_crisis_result=crisis,
            ep4_cause_found=cause,
        )
        got, ruled = ending_of(project, chosen), ruled_ending(chosen)
        if got != ruled:
            wrong.append((chosen, got, ruled))
    assert wrong == []
