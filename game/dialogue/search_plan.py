"""Each node's instructions as the story search's walker runs them.

Contract: `plan_node(program, title)` gives one `Op` per instruction of the
node plus one for its end (index len(code)), saying how the conversation
explorer (game/dialogue/explore.py) takes that step without the general
Runner.step: a run of lines (their keys, and where the run ends), a test
or an assignment compiled to closures (game/dialogue/search_expr.py), a go
to (also for a command the explorer ignores whose arguments cannot change
anything: no expressions), leaving the node at its end, or `STEP`: Runner.step
itself (options, once gates, commands the explorer acts on, jumps). Every
op does to the Runner exactly what Runner.step would do, apart from the
runner's silent-step count, which the explorer never reads.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from game.dialogue.compile import (
    Flow,
    Goto,
    IfFalse,
    Instr,
    RunCommand,
    SetVar,
    ShowLine,
)
from game.dialogue.model import Arg
from game.dialogue.program import Program
from game.dialogue.search_expr import compile_truth, compile_value

if TYPE_CHECKING:
    from game.dialogue.runner import Runner


# What an op does (plain ints: the walker's loop compares them every step).
LINES = 0  # payload: the run's line keys; target: the index after the run
TEST = 1  # payload(runner) false: go to target
GOTO = 2  # also a command with nothing to evaluate, nothing to act on
SET = 3  # payload(runner) assigns the variable
LEAVE = 5  # the node's end
ENTER = 6  # a jump or a detour: Runner.step, then a new node
STEP = 7  # Runner.step
# (kind, target, payload): payload is a tuple of line keys, a test or an
# assignment, or None.
Op = tuple[int, int, Any]
ACTED = ("ending",)  # commands the explorer acts on (besides those with outcomes)


def plan_node(program: Program, title: str) -> list[Op]:
    """One Op per instruction of `title`, and LEAVE for its end."""
    code = program.code[title]
    ops = [_op(program, instr, index) for index, instr in enumerate(code)]
    ops.append((LEAVE, 0, None))
    # A line's op carries the keys of every line after it up to the next
    # other instruction: a run of lines is taken in one step of the loop.
    for index in range(len(code) - 1, -1, -1):
        instr = code[index]
        if isinstance(instr, ShowLine):
            kind, target, keys = ops[index + 1]
            if kind == LINES:
                ops[index] = (LINES, target, (instr.key, *keys))
            else:
                ops[index] = (LINES, index + 1, (instr.key,))
    return ops


def _op(program: Program, instr: Instr, index: int) -> Op:
    if isinstance(instr, IfFalse):
        test = compile_truth(instr.expr, program)
        return (STEP, 0, None) if test is None else (TEST, instr.target, test)
    if isinstance(instr, Goto):
        return (GOTO, instr.target, None)
    if isinstance(instr, SetVar):
        act = _assignment(instr, program)
        return (STEP, 0, None) if act is None else (SET, 0, act)
    if isinstance(instr, RunCommand):
        return (GOTO, index + 1, None) if _ignored(instr, program) else (STEP, 0, None)
    if isinstance(instr, Flow) and instr.kind in ("jump", "detour"):
        return (ENTER, 0, None)
    return (STEP, 0, None)  # lines are planned by plan_node


def _ignored(instr: RunCommand, program: Program) -> bool:
    """A command whose arguments evaluate nothing (so raise nothing and draw
    no random number) and that the explorer does not act on."""
    stmt = instr.stmt
    spec = program.registry.commands.get(stmt.name)
    if stmt.name in ACTED or (spec is not None and spec.outcomes and stmt.args):
        return False
    return all(_constant(arg) for arg in stmt.args)


def _constant(arg: Arg) -> bool:
    """Runner.argument returns the written value, evaluating nothing."""
    return arg.expr is None and not (isinstance(arg.value, str) and "{" in arg.value)


def _assignment(instr: SetVar, program: Program) -> Callable[[Runner], None] | None:
    """Runner.set_var, with the value compiled."""
    value_of = compile_value(instr.expr, program)
    if value_of is None:
        return None
    name, pos = instr.var, instr.pos
    if instr.op == "=":

        def assign(runner: Runner) -> None:
            runner.story.variables[name] = value_of(runner)

        return assign
    sign = 1.0 if instr.op == "+=" else -1.0

    def update(runner: Runner) -> None:
        value = value_of(runner)
        current = runner.read_var(name, pos)
        if isinstance(current, str):
            value = current + str(value)
        else:
            value = float(current) + sign * float(value)
        runner.story.variables[name] = value

    return update
