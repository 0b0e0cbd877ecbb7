"""Episode 2's ending rules (dialogue/ep2/PLAN.md section 3), played through
Ep2_Tally and Ep2_Resolve with every combination of what decides them."""

from __future__ import annotations

from itertools import product

import pytest
from episode_story import ending_in, runner_with, whole_program

from game.core.story import Value
from game.dialogue.program import Program
from game.dialogue.runner import run_all


@pytest.fixture(scope="module")
def project() -> Program:
    return whole_program()


def ending_of(program: Program, chosen: dict[str, Value]) -> tuple[str, int]:
    """The ending Ep2_Resolve jumps to after Ep2_Tally, and the hall's support."""
    runner = runner_with(program, 2, chosen)
    run_all(runner, "Ep2_Tally")
    ending = ending_in(run_all(runner, "Ep2_Resolve"))
    return ending, int(runner.story.variables["ep2_support"])


def best_case(**overrides: Value) -> dict[str, Value]:
    """Everything that wins the hall: logs published, the design public,
    both levels won, every piece of evidence used, Mia's testimony, the
    rally joined, Rosa at the microphone, collaboration offered; then
    `overrides`."""
    chosen: dict[str, Value] = dict(
        ep2_logs="published",
        ep2_patent_stance="open",
        ep2_teach_result="won",
        ep2_crisis_result="won",
        ep2_used_logs=True,
        ep2_used_staged=True,
        ep2_mia_testified=True,
        ep2_rally="joined",
        ep2_used_community=True,
        ep2_final="collaborate",
    )
    chosen.update(overrides)
    return chosen


def support(chosen: dict[str, Value]) -> int:
    """The hall's support as PLAN.md section 3 adds it up."""
    total = 1 if chosen["ep2_logs"] == "published" else -1
    total -= 1 if chosen["ep2_patent_stance"] == "hedge" else 0
    total += 1 if chosen["ep2_teach_result"] == "won" else 0
    total += {"won": 2, "lost": -2, "shutdown": 0}[str(chosen["ep2_crisis_result"])]
    total += 1 if chosen["ep2_used_logs"] else 0
    total += 2 if chosen["ep2_used_staged"] else 0
    total += 2 if chosen["ep2_mia_testified"] else 0
    total += 1 if chosen["ep2_rally"] == "joined" else 0
    total += 1 if chosen["ep2_used_community"] else 0
    return total


def ruled_ending(chosen: dict[str, Value]) -> str:
    """The ending PLAN.md's rules name, checked in their order."""
    if support(chosen) < 3:
        return "pods_closed"
    if chosen["ep2_final"] == "collaborate" and chosen["ep2_mia_testified"]:
        return "open_standards"
    return "patent_war"


def test_the_best_case_reaches_open_standards(project):
    assert ending_of(project, best_case()) == ("open_standards", 11)


def test_collaboration_without_mias_testimony_is_refused_into_the_patent_war(
    project,
):
    ending, hall = ending_of(project, best_case(ep2_mia_testified=False))
    assert hall >= 3
    assert ending == "patent_war"


def test_taking_marco_to_court_never_reaches_open_standards(project):
    assert ending_of(project, best_case(ep2_final="fight"))[0] == "patent_war"


def test_a_lost_hall_closes_the_pods_whatever_elara_offers(project):
    lost = best_case(
        ep2_logs="sealed",
        ep2_patent_stance="hedge",
        ep2_crisis_result="lost",
        ep2_used_logs=False,
        ep2_used_staged=False,
        ep2_used_community=False,
        ep2_rally="paused",
    )
    assert support(lost) == -1
    for final in ("collaborate", "fight"):
        assert ending_of(project, {**lost, "ep2_final": final})[0] == "pods_closed"


def test_winning_the_staged_procedure_alone_does_not_save_the_pods(project):
    """The levels count, but never alone: both won, nothing else earned."""
    alone = best_case(
        ep2_logs="sealed",
        ep2_patent_stance="hedge",
        ep2_used_logs=False,
        ep2_used_staged=False,
        ep2_mia_testified=False,
        ep2_rally="paused",
        ep2_used_community=False,
    )
    assert ending_of(project, alone) == ("pods_closed", 1)


CHOICES = list(
    product(
        ("published", "sealed"),
        ("open", "hedge"),
        ("won", "lost"),
        ("won", "lost", "shutdown"),
        (True, False),
        (True, False),
        (True, False),
        ("joined", "paused"),
        ("collaborate", "fight"),
    )
)


def test_every_combination_reaches_the_ending_the_rules_name(project):
    wrong = []
    reached = set()
    for logs, stance, teach, crisis, staged, mia, community, rally, final in CHOICES:
        chosen = best_case(
            ep2_logs=logs,
            ep2_patent_stance=stance,
            ep2_teach_result=teach,
            ep2_crisis_result=crisis,
            ep2_used_logs=logs == "published",
            ep2_used_staged=staged,
            ep2_mia_testified=mia,
            ep2_used_community=community,
            ep2_rally=rally,
            ep2_final=final,
        )
        got, hall = ending_of(project, chosen)
        reached.add((final, got))
        if (got, hall) != (ruled_ending(chosen), support(chosen)):
            wrong.append((chosen, got, hall))
    assert wrong == []
    # the last click alone never decides: each offer can end in two or more ways
    assert {g for f, g in reached if f == "collaborate"} == {
        "open_standards",
        "patent_war",
        "pods_closed",
    }
    assert {g for f, g in reached if f == "fight"} == {"patent_war", "pods_closed"}
