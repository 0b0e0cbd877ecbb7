"""Every choice in episode 3 is referred to later (dialogue/ep3/PLAN.md
section 3): each variable set by picking an option, or copied from a level's
result, is read in a condition or `{…}` after it is set, and the weighty ones
change a scene in another node and a row of an ending card."""

from __future__ import annotations

import pytest
from episode_story import card_rows, choice_sets, reads, unread_choices, whole_program

from game.dialogue.program import Program

WEIGHTY = (
    "ep3_lucy_told",
    "ep3_reported",
    "ep3_marcus_dose",
    "ep3_lucy_voice",
    "ep3_ravi_link",
    "ep3_crisis_result",
    "ep3_marcus_told",
    "ep3_final",
)


@pytest.fixture(scope="module")
def project() -> Program:
    return whole_program()


def test_episode_three_has_at_least_seven_choices_and_both_level_results(project):
    sets = choice_sets(project, 3)
    assert set(WEIGHTY) | {"ep3_lucy_first", "ep3_teach_result"} <= set(sets)


def test_every_choice_variable_is_read_somewhere_after_it_is_set(project):
    unread = unread_choices(project, 3)
    assert unread == []


def test_weighty_choices_change_a_later_scene_and_an_ending_card_row(project):
    sets, found, rows = choice_sets(project, 3), reads(project, 3), card_rows(3)
    for var in WEIGHTY:
        setters = {where.node for where in sets[var]}
        assert {read.node for read in found[var]} - setters, var
        assert var in rows, var
