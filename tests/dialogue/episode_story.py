"""Shared by the episode tests: the whole dialogue program, a runner over an
episode's story with chosen variables, the ending a resolve node picks, and
the static look at which choices are read later (set by an option or copied
from a level result; read in a condition or `{…}`)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from game.core.paths import project_root
from game.core.story import StoryState, Value
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
from game.dialogue.program import Program, load_program
from game.dialogue.runner import Command, Event, Runner, run_all


def whole_program() -> Program:
    """Every .yarn file under dialogue/, as the game loads them."""
    root = project_root()
    return load_program(sorted((root / "dialogue").rglob("*.yarn")), root)


def runner_with(program: Program, episode: int, chosen: dict[str, Value]) -> Runner:
    """A runner over episode `episode`'s story holding the `chosen` variables."""
    story = StoryState(episode=episode)
    runner = Runner(program, story)
    story.variables.update(chosen)
    return runner


def ending_in(events: Iterable[Event]) -> str:
    """The one ending an `<<ending>>` command among `events` names."""
    (ending,) = [
        e.args[0] for e in events if isinstance(e, Command) and e.name == "ending"
    ]
    return str(ending)


def resolved_ending(program: Program, episode: int, chosen: dict[str, Value]) -> str:
    """The ending EpN_Resolve jumps to for these story variables."""
    runner = runner_with(program, episode, chosen)
    return ending_in(run_all(runner, f"Ep{episode}_Resolve"))


def card_rows(episode: int) -> set[str]:
    """Every story variable a row of one of the episode's ending cards shows."""
    data = json.loads((project_root() / "assets/data/episodes.json").read_text())
    (chosen,) = [e for e in data["episodes"] if e["number"] == episode]
    return {row for ending in chosen["endings"] for row in ending["summary"]}


# -- which choices are read later --------------------------------------------


@dataclass(frozen=True)
class Place:
    """Where a variable is set or read: the node, the line, and for a set made
    by picking an option, the last line of that option group."""

    node: str
    line: int
    group_end: int = 0


def episode_nodes(program: Program, episode: int) -> Iterator[Node]:
    """The episode's nodes (dialogue/epN/), declarations left out."""
    folder = f"dialogue/ep{episode}/"
    for yarn_file in program.files:
        if yarn_file.name.startswith(folder):
            yield from (n for n in yarn_file.nodes if not n.is_declarations)


def blocks(stmt: Stmt) -> list[list[Stmt]]:
    """The statement lists nested in `stmt` (options, branches, once)."""
    if isinstance(stmt, OptionGroup):
        return [option.body for option in stmt.options]
    if isinstance(stmt, IfStmt):
        return [b.body for b in stmt.branches] + [stmt.else_body or []]
    if isinstance(stmt, OnceStmt):
        return [stmt.body, stmt.else_body or []]
    return []


def last_line(body: list[Stmt]) -> int:
    lines = [stmt.pos.line for stmt in body]
    for stmt in body:
        for block in blocks(stmt):
            lines.append(last_line(block))
    return max(lines, default=0)


def walk_with_group(body: list[Stmt], group_end: int = 0):
    """(statement, last line of the innermost option group it sits in, or 0)."""
    for stmt in body:
        yield stmt, group_end
        inner = last_line([stmt]) if isinstance(stmt, OptionGroup) else group_end
        for block in blocks(stmt):
            yield from walk_with_group(block, inner)


def is_level_result(expr: Expr) -> bool:
    return any(
        isinstance(e, Var) and e.name.startswith("minigame_") for e in walk(expr)
    )


def choice_sets(program: Program, episode: int) -> dict[str, list[Place]]:
    """Variables set by picking an option, or copied from a level's result."""
    sets: dict[str, list[Place]] = {}
    for node in episode_nodes(program, episode):
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


def reads(program: Program, episode: int) -> dict[str, list[Place]]:
    found: dict[str, list[Place]] = {}
    for node in episode_nodes(program, episode):
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


def unread_choices(program: Program, episode: int) -> list[str]:
    """Each choice variable set somewhere nothing reads it afterwards."""
    sets, found = choice_sets(program, episode), reads(program, episode)
    return [
        f"${var} set in {where.node} (line {where.line})"
        for var, places in sets.items()
        for where in places
        if not any(read_after(where, read) for read in found.get(var, []))
    ]
