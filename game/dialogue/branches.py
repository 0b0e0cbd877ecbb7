"""How many paths one node body can take: a guard against files whose
choices multiply beyond what the story search can walk.

Contract: `paths(body)` counts the distinct routes through a node body:
statements in sequence multiply, the options of a group and the branches of
an `<<if>>` (or `<<once>>`) add up. `too_branchy(program)` names the nodes
over MAX_PATHS, for the checker's "too many branches in NODE: split it"
error (the story search is skipped then, so the check stays fast).
"""

from __future__ import annotations

from game.dialogue.model import IfStmt, Node, OnceStmt, OptionGroup, Stmt
from game.dialogue.program import Program

MAX_PATHS = 1 << 18  # episode 1 peaks at 29160 (Ep1_Resolve)


def paths(body: list[Stmt]) -> int:
    """Routes through `body` (capped just above MAX_PATHS)."""
    total = 1
    for stmt in body:
        total = min(total * _routes(stmt), MAX_PATHS + 1)
    return total


def _routes(stmt: Stmt) -> int:
    if isinstance(stmt, OptionGroup):
        return sum(paths(option.body) for option in stmt.options)
    if isinstance(stmt, IfStmt):
        found = sum(paths(branch.body) for branch in stmt.branches)
        return found + paths(stmt.else_body or [])
    if isinstance(stmt, OnceStmt):
        return paths(stmt.body) + paths(stmt.else_body or [])
    return 1


def too_branchy(program: Program) -> list[Node]:
    """Nodes with more than MAX_PATHS routes through their body."""
    return [
        node
        for node in program.nodes.values()
        if not node.is_declarations and paths(node.body) > MAX_PATHS
    ]
