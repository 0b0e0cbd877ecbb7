"""Every choice in episode 5 is referred to later (dialogue/ep5/PLAN.md §3):
a static look over the parsed script, so a new choice nobody reads fails here."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from episode_story import (
    blocks,
    card_rows,
    episode_nodes,
    read_exprs,
    whole_program,
)

from game.dialogue.expr import Var, walk
from game.dialogue.model import OptionGroup, SetStmt, Stmt
from game.dialogue.program import Program

# Weighty choices: each must change a scene in another node and a card row.
WEIGHTY = ("ep5_stayed_vr", "ep5_press", "ep5_forum_stance", "ep5_luna_film")


@pytest.fixture(scope="module")
def project() -> Program:
    return whole_program()


def flat(body: list[Stmt], in_option: bool = False) -> Iterator[tuple[Stmt, bool]]:
    for stmt in body:
        yield stmt, in_option
        for block in blocks(stmt):
            yield from flat(block, in_option or isinstance(stmt, OptionGroup))


def ep5_statements(program: Program) -> Iterator[tuple[str, Stmt, bool]]:
    for node in episode_nodes(program, 5):
        for stmt, in_option in flat(node.body):
            yield node.title, stmt, in_option


def stmt_exprs(stmt: Stmt) -> list:
    """The expressions `stmt` itself reads (not its nested blocks), a `<<set>>`'s
    value included."""
    own = [stmt.expr] if isinstance(stmt, SetStmt) else []
    return [*read_exprs(stmt), *own]


def read_names(stmt: Stmt) -> Iterator[str]:
    for expr in stmt_exprs(stmt):
        yield from (part.name for part in walk(expr) if isinstance(part, Var))


def choices(program: Program) -> dict[str, set[str]]:
    """Variables set by picking an option (or from a level), and where."""
    found: dict[str, set[str]] = {}
    for node, stmt, in_option in ep5_statements(program):
        from_level = isinstance(stmt, SetStmt) and any(
            name.startswith("minigame_") for name in read_names(stmt)
        )
        if isinstance(stmt, SetStmt) and (in_option or from_level):
            found.setdefault(stmt.var, set()).add(node)
    return found


def readers(program: Program) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for node, stmt, _ in ep5_statements(program):
        if isinstance(stmt, SetStmt) and stmt.var in set(read_names(stmt)):
            continue  # `+=` reads its own total; that is not a later reference
        for name in read_names(stmt):
            found.setdefault(name, set()).add(node)
    return found


def test_episode_five_has_its_choices_and_level_results(project):
    assert {"ep5_press", "ep5_future", "ep5_teach_result"} <= set(choices(project))
    assert len(choices(project)) >= 12


def test_every_choice_variable_is_read_in_a_later_node(project):
    read = readers(project)
    unread = [
        var
        for var, setters in choices(project).items()
        if var not in ("ep5_bond", "ep5_trust") and not read.get(var, set()) - setters
    ]
    assert unread == []


def test_weighty_choices_change_a_later_scene_and_an_ending_card_row(project):
    read, sets, rows = readers(project), choices(project), card_rows(5)
    for var in WEIGHTY:
        assert read[var] - sets[var] - {"Ep5_Resolve"}, var
        assert var in rows, var
