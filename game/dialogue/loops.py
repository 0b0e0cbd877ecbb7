"""Silent loops: nodes that can jump round forever without showing anything.

A node is silent when its code has no line, no options and no command: the
runner could pass through it without the player seeing or doing anything.
A cycle of `<<jump>>`/`<<detour>>` among silent nodes (a node that jumps to
itself, or A -> B -> A) would spin forever; the checker reports each one at
its first node, and the runner stops any loop it meets anyway (STEP_LIMIT).
"""

from __future__ import annotations

from game.dialogue.compile import Flow, Offer, RunCommand, ShowLine
from game.dialogue.errors import DialogueError
from game.dialogue.program import Program

LOUD = (ShowLine, Offer, RunCommand)


def silent_loops(program: Program) -> list[DialogueError]:
    """One error per cycle of silent nodes, at the cycle's first node."""
    silent = {
        title: _targets(program, title)
        for title, code in program.code.items()
        if not any(isinstance(instr, LOUD) for instr in code)
    }
    errors = []
    reported: set[str] = set()
    for title in sorted(silent):
        cycle = _cycle_from(title, silent)
        if cycle and not reported & set(cycle):
            reported.update(cycle)
            errors.append(_error(program, cycle))
    return errors


def _targets(program: Program, title: str) -> set[str]:
    return {
        instr.target
        for instr in program.code[title]
        if isinstance(instr, Flow) and instr.target and instr.kind != "return"
    }


def _cycle_from(start: str, silent: dict[str, set[str]]) -> list[str] | None:
    """A path of silent nodes from `start` back to `start`, or None."""
    paths = [[start]]
    seen = {start}
    while paths:
        path = paths.pop()
        for nxt in sorted(silent.get(path[-1], ())):
            if nxt == start:
                return path
            if nxt in silent and nxt not in seen:
                seen.add(nxt)
                paths.append([*path, nxt])
    return None


def _error(program: Program, cycle: list[str]) -> DialogueError:
    node = program.nodes[cycle[0]]
    route = " -> ".join([*cycle, cycle[0]])
    return program.error(
        node.pos,
        f"{route} can loop forever without showing a line or a choice; "
        "add a line, an option or a <<stop>> to the loop",
    )
