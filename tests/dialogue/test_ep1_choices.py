"""Every choice in episode 1 is referred to later (STORY.md, dialogue/ep1/PLAN.md):
a static look over the parsed script, so a new choice nobody reads fails here."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass

import pytest

from game.core.paths import project_root
from game.dialogue.expr import Expr, Var, walk
from game.dialogue.model import (
    CommandStmt,
    IfStmt,
    Interp,
    LineContent,
    LineStmt,
    Node,
    OnceStmt,
    OptionGroup,
    SetStmt,
    Stmt,
)
from game.dialogue.program import Program, load_program, load_text

EP1 = "dialogue/ep1/"
# The choices the issue names as weighty: each must change a scene in another
# node and a row of an ending card, not only one line.
WEIGHTY = ("ep1_first_suspect", "ep1_teach_result", "ep1_ortho_trusted")


@dataclass(frozen=True)
class Place:
    """Where a variable is set or read: the node, the line, and for a set made
    by picking an option, the last line of that option group."""

    node: str
    line: int
    group_end: int = 0


@pytest.fixture(scope="module")
def project() -> Program:
    root = project_root()
    return load_program(sorted((root / "dialogue").rglob("*.yarn")), root)


def ep1_nodes(program: Program) -> Iterator[Node]:
    for yarn_file in program.files:
        if yarn_file.name.startswith(EP1):
            yield from (n for n in yarn_file.nodes if not n.is_declarations)


def last_line(body: list[Stmt]) -> int:
    lines = [stmt.pos.line for stmt in body]
    for stmt in body:
        for block in _blocks(stmt):
            lines.append(last_line(block))
    return max(lines, default=0)


def _blocks(stmt: Stmt) -> list[list[Stmt]]:
    if isinstance(stmt, OptionGroup):
        return [option.body for option in stmt.options]
    if isinstance(stmt, IfStmt):
        return [b.body for b in stmt.branches] + [stmt.else_body or []]
    if isinstance(stmt, OnceStmt):
        return [stmt.body, stmt.else_body or []]
    return []


def walk_with_group(body: list[Stmt], group_end: int = 0):
    """(statement, last line of the innermost option group it sits in, or 0)."""
    for stmt in body:
        yield stmt, group_end
        inner = last_line([stmt]) if isinstance(stmt, OptionGroup) else group_end
        for block in _blocks(stmt):
            yield from walk_with_group(block, inner)


def is_level_result(expr: Expr) -> bool:
    return any(
        isinstance(e, Var) and e.name.startswith("minigame_") for e in walk(expr)
    )


def choice_sets(program: Program) -> dict[str, list[Place]]:
    """Variables set by picking an option, or copied from a level's result."""
    sets: dict[str, list[Place]] = {}
    for node in ep1_nodes(program):
        for stmt, group_end in walk_with_group(node.body):
            if isinstance(stmt, SetStmt) and (group_end or is_level_result(stmt.expr)):
                place = Place(node.title, stmt.pos.line, group_end or stmt.pos.line)
                sets.setdefault(stmt.var, []).append(place)
    return sets


def read_exprs(stmt: Stmt) -> Iterator[Expr]:
    """Conditions and `{…}` interpolations in `stmt` itself (not nested)."""
    contents: list[LineContent] = []
    if isinstance(stmt, LineStmt):
        contents.append(stmt.content)
    elif isinstance(stmt, OptionGroup):
        contents.extend(option.content for option in stmt.options)
    elif isinstance(stmt, IfStmt):
        yield from (branch.expr for branch in stmt.branches)
    elif isinstance(stmt, OnceStmt) and stmt.expr is not None:
        yield stmt.expr
    elif isinstance(stmt, CommandStmt):
        yield from (arg.expr for arg in stmt.args if arg.expr is not None)
    for content in contents:
        if content.condition is not None and content.condition.expr is not None:
            yield content.condition.expr
        yield from (s.expr for s in content.segments if isinstance(s, Interp))


def reads(program: Program) -> dict[str, list[Place]]:
    found: dict[str, list[Place]] = {}
    for node in ep1_nodes(program):
        for stmt, _ in walk_with_group(node.body):
            for expr in read_exprs(stmt):
                for part in walk(expr):
                    if isinstance(part, Var):
                        place = Place(node.title, stmt.pos.line)
                        found.setdefault(part.name, []).append(place)
    return found


def read_after(where: Place, read: Place) -> bool:
    """A read in another node, or later in the same node than the option
    group (or line) that set the variable."""
    return read.node != where.node or read.line > where.group_end


def test_episode_one_has_choices_and_level_results_to_check(project):
    sets = choice_sets(project)
    assert {"ep1_june_told", "ep1_watchdog", "ep1_teach_result"} <= set(sets)
    assert len(sets) >= 15


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
    (ep1,) = [e for e in data["episodes"] if e["number"] == 1]
    card_rows = {row for ending in ep1["endings"] for row in ending["summary"]}
    for var in WEIGHTY:
        setters = {where.node for where in sets[var]}
        later_nodes = {read.node for read in found[var]} - setters
        assert later_nodes, var
        assert var in card_rows, var


def test_a_choice_read_only_inside_its_own_option_is_caught():
    draft = load_text(
        "title: Ep1_Declarations\n---\n<<declare $ep1_kept = false>>\n===\n"
        "title: Ep1_Draft\n---\n-> Keep it #line:t1\n"
        "    <<set $ep1_kept = true>>\n    Iris: Kept. <<if $ep1_kept>> #line:t2\n"
        "-> Leave it #line:t3\n===\n",
        name=EP1 + "draft.yarn",
    )
    (where,) = choice_sets(draft)["ep1_kept"]
    assert not any(read_after(where, read) for read in reads(draft)["ep1_kept"])
