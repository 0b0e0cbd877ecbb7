"""Every choice in episode 1 is referred to later (STORY.md, dialogue/ep1/PLAN.md):
a static look over the parsed script, so a new choice nobody reads fails here."""

from __future__ import annotations

import pytest
from episode_story import (
    card_rows,
    choice_sets,
    read_after,
    reads,
    unread_choices,
    whole_program,
)

from game.dialogue.program import Program, load_text

EP1 = "dialogue/ep1/"
# The choices the issue names as weighty: each must change a scene in another
# node and a row of an ending card, not only one line.
WEIGHTY = ("ep1_first_suspect", "ep1_teach_result", "ep1_ortho_trusted")


@pytest.fixture(scope="module")
def project() -> Program:
    return whole_program()


def test_episode_one_has_choices_and_level_results_to_check(project):
    sets = choice_sets(project, 1)
    assert {"ep1_june_told", "ep1_watchdog", "ep1_teach_result"} <= set(sets)
    assert len(sets) >= 15


def test_every_choice_variable_is_read_somewhere_after_it_is_set(project):
    unread = unread_choices(project, 1)
    assert unread == []


def test_weighty_choices_change_a_later_scene_and_an_ending_card_row(project):
    sets, found, rows = choice_sets(project, 1), reads(project, 1), card_rows(1)
    for var in WEIGHTY:
        setters = {where.node for where in sets[var]}
        later_nodes = {read.node for read in found[var]} - setters
        assert later_nodes, var
        assert var in rows, var


def test_a_choice_read_only_inside_its_own_option_is_caught():
    draft = load_text(
        "title: Ep1_Declarations\n---\n<<declare $ep1_kept = false>>\n===\n"
        "title: Ep1_Draft\n---\n-> Keep it #line:t1\n"
        "    <<set $ep1_kept = true>>\n    Iris: Kept. <<if $ep1_kept>> #line:t2\n"
        "-> Leave it #line:t3\n===\n",
        name=EP1 + "draft.yarn",
    )
    (where,) = choice_sets(draft, 1)["ep1_kept"]
    assert not any(read_after(where, read) for read in reads(draft, 1)["ep1_kept"])
