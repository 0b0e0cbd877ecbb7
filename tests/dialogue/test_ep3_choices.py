"""Every choice in episode 3 is referred to later (dialogue/ep3/PLAN.md
section 3): each variable set by picking an option, or copied from a level's
result, is read in a condition or `{…}` after it is set, and the weighty ones
change a scene in another node and a row of an ending card."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from test_ep1_choices import (
    Place,
    is_level_result,
    read_after,
    read_exprs,
    walk_with_group,
)

from game.core.paths import project_root
from game.dialogue.expr import Var, walk
from game.dialogue.model import Node, SetStmt
from game.dialogue.program import Program, load_program

EP3 = "dialogue/ep3/"
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
    root = project_root()
    return load_program(sorted((root / "dialogue").rglob("*.yarn")), root)


def ep3_nodes(program: Program) -> Iterator[Node]:
    for yarn_file in program.files:
        if yarn_file.name.startswith(EP3):
            yield from (n for n in yarn_file.nodes if not n.is_declarations)


def choice_sets(program: Program) -> dict[str, list[Place]]:
    sets: dict[str, list[Place]] = {}
    for node in ep3_nodes(program):
        for stmt, group_end in walk_with_group(node.body):
            if isinstance(stmt, SetStmt) and (group_end or is_level_result(stmt.expr)):
                place = Place(node.title, stmt.pos.line, group_end or stmt.pos.line)
                sets.setdefault(stmt.var, []).append(place)
    return sets


def reads(program: Program) -> dict[str, list[Place]]:
    found: dict[str, list[Place]] = {}
    for node in ep3_nodes(program):
        for stmt, _ in walk_with_group(node.body):
            for expr in read_exprs(stmt):
                for part in walk(expr):
                    if isinstance(part, Var):
                        place = Place(node.title, stmt.pos.line)
                        found.setdefault(part.name, []).append(place)
    return found


def test_episode_three_has_at_least_seven_choices_and_both_level_results(project):
    sets = choice_sets(project)
    assert set(WEIGHTY) | {"ep3_lucy_first", "ep3_teach_result"} <= set(sets)


def test_every_choice_variable_is_read_somewhere_after_it_is_set(project):
    sets, found = choice_sets(project), reads(project)
    unread = [
        f"${var} set in {where.node} (line {where.line})"
        for var, places in sets.items()
        for where in places
        if not any(read_after(where, read) for read in found.get(var, []))
    ]
    assert unread == []


def test_weighty_choices_change_a_later_scene_and_an_ending_card_row(project):
    sets, found = choice_sets(project), reads(project)
    data = json.loads((project_root() / "assets/data/episodes.json").read_text())
    (ep3,) = [e for e in data["episodes"] if e["number"] == 3]
    card_rows = {row for ending in ep3["endings"] for row in ending["summary"]}
    for var in WEIGHTY:
        setters = {where.node for where in sets[var]}
        assert {read.node for read in found[var]} - setters, var
        assert var in card_rows, var
