"""What a conversation can read and change in the story, found statically.

An *atom* is one piece of story state a script can observe:

    ("var", name)       a variable
    ("once", key)       a <<once>> block, line or option, or a once-trigger
    ("visits", node)    a node's visit count
    ("level", level)    a minigame level's last result
    ("ending", name)    an ending reached

`footprint(program, node)` gives the nodes a conversation starting at `node`
can run (through jumps and detours) and the atoms it may read and write.
The story search uses it to key its memo by only what matters, and to split
the story into independent parts (episodes do not read each other's state).
Line text (`{$x}` in a line) is not counted as a read: it cannot change
which lines are reached.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from game.dialogue.compile import (
    Flow,
    Goto,
    IfFalse,
    Instr,
    Offer,
    OnceGate,
    RunCommand,
    SetVar,
)
from game.dialogue.expr import Call, Expr, Literal, Var, walk
from game.dialogue.level_results import GAME_VARIABLES
from game.dialogue.program import Program

Atom = tuple[str, str]
ANY = "*"  # a level, node or ending named by an expression: could be any
VISIT_FUNCTIONS = ("visited", "visited_count")
LEVEL_FUNCTIONS = ("minigame_outcome", "minigame_score")


@dataclass(frozen=True)
class Footprint:
    """`reads`: atoms that may be read before the conversation sets them
    (what it sees of the story so far); `inner`: every atom it reads."""

    nodes: frozenset[str]
    reads: frozenset[Atom]
    writes: frozenset[Atom]
    inner: frozenset[Atom]


def expression_reads(expr: Expr) -> set[Atom]:
    """The atoms an expression reads."""
    found: set[Atom] = set()
    for sub in walk(expr):
        if isinstance(sub, Var):
            found.add(("var", sub.name))
        elif isinstance(sub, Call):
            found |= _call_reads(sub)
    return found


def _call_reads(call: Call) -> set[Atom]:
    kind = {
        **dict.fromkeys(VISIT_FUNCTIONS, "visits"),
        **dict.fromkeys(LEVEL_FUNCTIONS, "level"),
        "ending_reached": "ending",
    }.get(call.name)
    if kind is None or not call.args:
        return set()
    first = call.args[0]
    return {(kind, str(first.value) if isinstance(first, Literal) else ANY)}


def instruction_reads(instr: Instr) -> set[Atom]:
    if isinstance(instr, IfFalse):
        return expression_reads(instr.expr)
    if isinstance(instr, OnceGate):
        extra = expression_reads(instr.expr) if instr.expr is not None else set()
        return {("once", instr.key)} | extra
    if isinstance(instr, Offer):
        return _offer_reads(instr)
    if isinstance(instr, SetVar):
        own = {("var", instr.var)} if instr.op != "=" else set()
        return own | expression_reads(instr.expr)
    if isinstance(instr, RunCommand):
        found: set[Atom] = set()
        for arg in instr.stmt.args:
            if arg.expr is not None:
                found |= expression_reads(arg.expr)
        return found
    return set()


def _offer_reads(offer: Offer) -> set[Atom]:
    found: set[Atom] = set()
    for spec in offer.options:
        condition = spec.content.condition
        if spec.once_key:
            found.add(("once", spec.once_key))
        if condition is not None and condition.expr is not None:
            found |= expression_reads(condition.expr)
    return found


def instruction_writes(instr: Instr) -> set[Atom]:
    """What running `instr` may change: variables, once keys, results."""
    if isinstance(instr, SetVar):
        return {("var", instr.var)}
    if isinstance(instr, OnceGate):
        return {("once", instr.key)}
    if isinstance(instr, Offer):
        return {("once", s.once_key) for s in instr.options if s.once_key}
    if isinstance(instr, RunCommand):
        return command_writes(instr)
    return set()


def command_writes(instr: RunCommand) -> set[Atom]:
    """`<<minigame L>>` sets the level's result and the game's variables;
    `<<ending E>>` records the ending."""
    stmt = instr.stmt
    if stmt.name not in ("minigame", "ending") or not stmt.args:
        return set()
    arg = stmt.args[0]
    name = str(arg.value) if arg.expr is None else ANY
    if stmt.name == "ending":
        return {("ending", name)}
    return {("level", name)} | {("var", v) for v in GAME_VARIABLES}


def jump_targets(code: Iterable[Instr]) -> Iterator[str]:
    for instr in code:
        if isinstance(instr, Flow) and instr.target:
            yield instr.target


def closure(program: Program, start: str) -> frozenset[str]:
    """Every node a conversation starting at `start` may run."""
    seen = {start} if start in program.code else set()
    frontier = list(seen)
    while frontier:
        for target in jump_targets(program.code[frontier.pop()]):
            if target in program.code and target not in seen:
                seen.add(target)
                frontier.append(target)
    return frozenset(seen)


def successors(code: list[Instr], index: int) -> list[int]:
    """Where control may go after instruction `index` (len(code): the
    node's end; a jump, stop or return leaves the node: none)."""
    instr = code[index]
    if isinstance(instr, Goto):
        return [instr.target]
    if isinstance(instr, IfFalse | OnceGate):
        return [index + 1, instr.target]
    if isinstance(instr, Offer):
        return [spec.target for spec in instr.options] + [instr.end]
    if isinstance(instr, Flow) and instr.kind != "detour":
        return []
    return [index + 1]


def certain_writes(instr: Instr) -> set[Atom]:
    """Atoms an instruction always writes when it runs."""
    if isinstance(instr, SetVar):
        return {("var", instr.var)}
    if isinstance(instr, RunCommand) and instr.stmt.name == "minigame":
        return command_writes(instr)
    return set()


def written_before(
    program: Program, nodes: Iterable[str], starts: Iterable[str]
) -> dict[str, list[frozenset[Atom]]]:
    """For each instruction of `nodes`, the atoms every path from a start
    node's beginning has written before it runs (a must-analysis; a node
    that starts a conversation begins with nothing written)."""
    nodes = set(nodes)
    starts = set(starts)
    node_in: dict[str, frozenset[Atom] | None] = {
        n: (frozenset() if n in starts else None) for n in nodes
    }
    result: dict[str, list[frozenset[Atom]]] = {}
    changed = True
    while changed:
        changed = False
        calls: dict[str, frozenset[Atom] | None] = {n: node_in[n] for n in nodes}
        for title in sorted(nodes):
            facts = _node_facts(program, title)
            result[title] = _node_pass(facts, node_in[title], calls)
        for title in nodes:
            if calls[title] != node_in[title]:
                node_in[title] = calls[title]
                changed = True
    return result


def _meet(
    a: frozenset[Atom] | None, b: frozenset[Atom] | None
) -> frozenset[Atom] | None:
    if a is None:
        return b
    return a if b is None else a & b


# Per instruction: what it always writes, where control goes next, and the
# node a jump or detour enters (None for other instructions).
Fact = tuple[frozenset[Atom], list[int], str | None]


def _node_facts(program: Program, title: str) -> list[Fact]:
    """The facts the must-analysis needs of one node's instructions, worked
    out once per program (every entry's footprint and every part's
    dependencies walk the same nodes again)."""
    cache = program.derived.setdefault("node facts", {})
    found = cache.get(title)
    if found is None:
        code = program.code[title]
        found = [
            (
                frozenset(certain_writes(instr)),
                successors(code, index),
                instr.target if isinstance(instr, Flow) else None,
            )
            for index, instr in enumerate(code)
        ]
        cache[title] = found
    return found


def _node_pass(
    facts: list[Fact],
    start: frozenset[Atom] | None,
    calls: dict[str, frozenset[Atom] | None],
) -> list[frozenset[Atom]]:
    """Must-written sets at each instruction of one node (None: not reached
    yet); folds what reaches each jump or detour into `calls`."""
    before: list[frozenset[Atom] | None] = [None] * (len(facts) + 1)
    before[0] = start
    for index, (writes, nexts, target) in enumerate(facts):
        here = before[index]
        if here is None:
            continue
        after = here | writes if writes else here
        if target is not None and target in calls:
            calls[target] = _meet(calls[target], here)
        for following in nexts:
            before[following] = _meet(before[following], after)
    return [b if b is not None else frozenset() for b in before[:-1]]


def footprint(program: Program, start: str) -> Footprint:
    """The nodes, reads and writes of a conversation starting at `start`.
    Reads are only those that may see a value from before the conversation
    (a variable the conversation always sets first is not counted)."""
    nodes = closure(program, start)
    written = written_before(program, nodes, [start])
    reads: set[Atom] = set()
    inner: set[Atom] = set()
    writes: set[Atom] = {("visits", n) for n in nodes}
    for title in nodes:
        for instr, done in zip(program.code[title], written[title], strict=True):
            seen = instruction_reads(instr)
            inner |= seen
            reads |= seen - done
            writes |= instruction_writes(instr)
    return Footprint(nodes, frozenset(reads), frozenset(writes), frozenset(inner))


def overlaps(reads: Iterable[Atom], writes: Iterable[Atom]) -> bool:
    """Can something writing `writes` change what reading `reads` sees?
    (An atom named by an expression, ANY, overlaps every atom of its kind.)"""
    written = set(writes)
    kinds = {kind for kind, name in written if name == ANY}
    for kind, name in reads:
        if (kind, name) in written or kind in kinds:
            return True
        if name == ANY and any(k == kind for k, _ in written):
            return True
    return False
