"""Silent jump cycles: nodes that can reach themselves again through
<<jump>>/<<detour>> without showing a line or offering a choice.

Contract: `silent_cycles(program)` returns, for each such cycle, its nodes
in order and the position of the jump that closes it. At run time the game
would loop without the player seeing anything (the runner stops it after
MAX_SILENT_STEPS); the checker reports it as an error instead. The walk is
conservative: a line or option with a condition may be skipped, so it
does not count as shown.
"""

from __future__ import annotations

from dataclasses import dataclass

from game.dialogue.errors import Pos
from game.dialogue.model import (
    IfStmt,
    JumpStmt,
    LineStmt,
    OnceStmt,
    OptionGroup,
    ReturnStmt,
    Stmt,
    StopStmt,
)
from game.dialogue.program import Program


@dataclass(frozen=True)
class SilentCycle:
    nodes: tuple[str, ...]  # the cycle, starting at its first node by name
    pos: Pos  # the jump that leads back to the first node


Edges = dict[str, Pos]  # target -> the first silent jump to it


def silent_edges(body: list[Stmt], edges: Edges) -> bool:
    """Add the jumps `body` can reach without showing anything; True if a
    path through `body` can end without showing anything."""
    for stmt in body:
        if _shows(stmt):
            return False
        if isinstance(stmt, JumpStmt):
            edges.setdefault(stmt.target, stmt.pos)
        if _ends_path(stmt, edges):
            return False
    return True


def _ends_path(stmt: Stmt, edges: Edges) -> bool:
    """Whether no silent path goes on after `stmt` (collecting its jumps)."""
    if isinstance(stmt, JumpStmt):
        return stmt.kind == "jump"
    if isinstance(stmt, IfStmt | OnceStmt):
        return not _block_silent(stmt, edges)
    return isinstance(stmt, ReturnStmt | StopStmt)


def _shows(stmt: Stmt) -> bool:
    if isinstance(stmt, LineStmt):
        return stmt.content.condition is None
    if isinstance(stmt, OptionGroup):
        return any(o.content.condition is None for o in stmt.options)
    return False


def _block_silent(stmt: IfStmt | OnceStmt, edges: Edges) -> bool:
    if isinstance(stmt, IfStmt):
        blocks = [b.body for b in stmt.branches] + [stmt.else_body or []]
    else:
        blocks = [stmt.body, stmt.else_body or []]
    silent = [silent_edges(block, edges) for block in blocks]
    return any(silent)


def silent_cycles(program: Program) -> list[SilentCycle]:
    """Every silent cycle, each reported once (by its first node by name)."""
    graph: dict[str, Edges] = {}
    for title, node in program.nodes.items():
        if not node.is_declarations:
            graph[title] = {}
            silent_edges(node.body, graph[title])
    found: list[SilentCycle] = []
    reported: set[str] = set()
    for start in sorted(graph):
        path = _path_back(graph, start)
        if path is not None and not reported & set(path[0]):
            reported |= set(path[0])
            found.append(SilentCycle(path[0], path[1]))
    return found


def _path_back(
    graph: dict[str, Edges], start: str
) -> tuple[tuple[str, ...], Pos] | None:
    """The shortest silent path from `start` back to itself (breadth first)."""
    parents: dict[str, str] = {}
    frontier = [start]
    while frontier:
        nxt: list[str] = []
        for title in frontier:
            for target, pos in graph.get(title, {}).items():
                if target == start:
                    return _unwind(parents, title, start), pos
                if target not in parents and target in graph:
                    parents[target] = title
                    nxt.append(target)
        frontier = nxt
    return None


def _unwind(parents: dict[str, str], last: str, start: str) -> tuple[str, ...]:
    path = [last]
    while path[-1] != start:
        path.append(parents[path[-1]])
    return tuple(reversed(path))
