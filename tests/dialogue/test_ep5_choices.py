"""Every choice in episode 5 is referred to later (dialogue/ep5/PLAN.md §3):
a static look over the parsed script, so a new choice nobody reads fails here."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest

from game.core.paths import project_root
from game.dialogue.expr import Var, walk
from game.dialogue.model import (
    CommandStmt,
    IfStmt,
    Interp,
    LineStmt,
    OnceStmt,
    OptionGroup,
    SetStmt,
    Stmt,
)
from game.dialogue.program import Program, load_program

EP5 = "dialogue/ep5/"
# Weighty choices: each must change a scene in another node and a card row.
WEIGHTY = ("ep5_stayed_vr", "ep5_press", "ep5_forum_stance", "ep5_luna_film")


@pytest.fixture(scope="module")
def project() -> Program:
    root = project_root()
    return load_program(sorted((root / "dialogue").rglob("*.yarn")), root)


def blocks(stmt: Stmt) -> list[list[Stmt]]:
    if isinstance(stmt, OptionGroup):
        return [option.body for option in stmt.options]
    if isinstance(stmt, IfStmt):
        return [b.body for b in stmt.branches] + [stmt.else_body or []]
    if isinstance(stmt, OnceStmt):
        return [stmt.body, stmt.else_body or []]
    return []


def flat(body: list[Stmt], in_option: bool = False) -> Iterator[tuple[Stmt, bool]]:
    for stmt in body:
        yield stmt, in_option
        for block in blocks(stmt):
            yield from flat(block, in_option or isinstance(stmt, OptionGroup))


def ep5_statements(program: Program) -> Iterator[tuple[str, Stmt, bool]]:
    for yarn_file in program.files:
        if yarn_file.name.startswith(EP5):
            for node in yarn_file.nodes:
                if not node.is_declarations:
                    for stmt, in_option in flat(node.body):
                        yield node.title, stmt, in_option


def content_exprs(content) -> list:
    """A line's or option's condition and `{…}` interpolations."""
    cond = content.condition
    found = [cond.expr] if cond is not None and cond.expr is not None else []
    return found + [s.expr for s in content.segments if isinstance(s, Interp)]


def stmt_exprs(stmt: Stmt) -> list:
    """The expressions `stmt` itself reads (not its nested blocks)."""
    if isinstance(stmt, LineStmt):
        return content_exprs(stmt.content)
    if isinstance(stmt, OptionGroup):
        return [e for option in stmt.options for e in content_exprs(option.content)]
    if isinstance(stmt, IfStmt):
        return [branch.expr for branch in stmt.branches]
    if isinstance(stmt, OnceStmt):
        return [stmt.expr] if stmt.expr is not None else []
    if isinstance(stmt, CommandStmt):
        return [arg.expr for arg in stmt.args if arg.expr is not None]
    if isinstance(stmt, SetStmt):
        return [stmt.expr]
    return []


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
    read, sets = readers(project), choices(project)
    data = json.loads((project_root() / "assets/data/episodes.json").read_text())
    (ep5,) = [e for e in data["episodes"] if e["number"] == 5]
    rows = {row for ending in ep5["endings"] for row in ending["summary"]}
    for var in WEIGHTY:
        assert read[var] - sets[var] - {"Ep5_Resolve"}, var
        assert var in rows, var
