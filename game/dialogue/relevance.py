"""What can decide whether a line is reached: static control and data
dependencies of one part of the story, for the story search.

A *controller* of an instruction is a condition it runs under, with the
value that lets it run: an `<<if>>` branch's condition (true inside it,
false in the branches after it), a `<<once>>` gate, an option's condition.
An instruction in a node is also controlled by whatever controls the jumps
and detours into that node, and by the `requires` of the map objects that
start it.

`relevant(targets)` gives the atoms that can change whether any target is
reached: the atoms its controllers read, then — repeatedly — what the
writes of those atoms read and run under. The search keys states by these
only, so states differing in nothing that matters for what is left merge.

`simple_wish(expr, polarity)` turns a simple condition into a wish about the
story state (`$june == "truth"`, not `$watchdog == "stonewall"` ...) and,
for a number compared with a threshold (`$trust >= 5`), `growth` gives the
wishes for the conditions under which the number grows. The search's hunts
build their goals from these (game/dialogue/goals.py) to head for hard
combinations first.
"""

from __future__ import annotations

import functools
import operator
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from game.dialogue.compile import (
    Flow,
    Goto,
    IfFalse,
    Instr,
    Offer,
    OnceGate,
    SetVar,
    ShowLine,
)
from game.dialogue.expr import Binary, Call, Expr, Literal, Unary, Value, Var
from game.dialogue.footprint import (
    Atom,
    expression_reads,
    instruction_reads,
    instruction_writes,
    jump_targets,
    written_before,
)
from game.dialogue.program import Program

COMPARE: dict[str, Callable[[Value, Value], bool]] = {
    "==": operator.eq,
    "!=": operator.ne,
    "<": operator.lt,
    "<=": operator.le,
    ">": operator.gt,
    ">=": operator.ge,
}
MIRROR = {"==": "==", "!=": "!=", "<": ">", "<=": ">=", ">": "<", ">=": "<="}
GROWS = (">", ">=")
SHRINKS = ("<", "<=")


@dataclass(frozen=True)
class Control:
    """Instructions run only while `expr` is `polarity` (expr None: only
    while the once `key` is unused, or used when polarity is False)."""

    expr: Expr | None
    polarity: bool
    key: str = ""

    def reads(self) -> frozenset[Atom]:
        """The atoms the control reads (worked out once: the dependencies
        ask again for every target and site it controls)."""
        return self._reads

    @functools.cached_property
    def _reads(self) -> frozenset[Atom]:
        found = expression_reads(self.expr) if self.expr is not None else set()
        return frozenset(found | ({("once", self.key)} if self.key else set()))


@dataclass(frozen=True)
class Wish:
    """`atom op value` should be `polarity`."""

    atom: Atom
    op: str
    value: Value
    polarity: bool

    def holds(self, current: Value) -> bool:
        try:
            return COMPARE[self.op](current, self.value) == self.polarity
        except TypeError:  # an unplayed level (None) or a mistyped script
            return False


@dataclass
class _Site:
    """An instruction that writes atoms, and what it reads to do so."""

    node: str
    index: int
    writes: set[Atom]
    reads: set[Atom]


@dataclass
class _Node:
    controls: list[list[Control]] = field(default_factory=list)
    callers: list[tuple[str, int]] = field(default_factory=list)
    starts: list[list[Control]] = field(default_factory=list)  # entry guards


def controls_of(code: list[Instr]) -> list[list[Control]]:
    """The controllers of every instruction of one node."""
    found: list[list[Control]] = [[] for _ in code]
    for index, instr in enumerate(code):
        if isinstance(instr, IfFalse | OnceGate):
            _gate_controls(code, index, instr, found)
        elif isinstance(instr, Offer):
            _option_controls(instr, found)
    return found


def _gate_controls(
    code: list[Instr],
    index: int,
    instr: IfFalse | OnceGate,
    found: list[list[Control]],
) -> None:
    key = instr.key if isinstance(instr, OnceGate) else ""
    expr = instr.expr
    inside, after = Control(expr, True, key), Control(expr, False, key)
    if isinstance(instr, OnceGate) and expr is not None:
        after = Control(None, False, key)  # the else runs if used *or* false
    join = _join(code, index + 1, instr.target)
    for i in range(index + 1, min(instr.target, len(code))):
        found[i].append(inside)
    for i in range(instr.target, min(join, len(code))):
        found[i].append(after)


def _join(code: list[Instr], start: int, target: int) -> int:
    """Where the branches of a gate meet again (the node's end when its
    block can leave the node)."""
    join = target
    for instr in code[start:target]:
        if isinstance(instr, Flow) and instr.kind != "detour":
            return len(code)
        if isinstance(instr, Goto):
            join = max(join, instr.target)
    return join


def _option_controls(offer: Offer, found: list[list[Control]]) -> None:
    starts = [spec.target for spec in offer.options] + [offer.end]
    for spec, end in zip(offer.options, starts[1:], strict=False):
        condition = spec.content.condition
        control = Control(
            condition.expr if condition else None, True, spec.once_key or ""
        )
        if control.expr is None and not control.key:
            continue
        for i in range(spec.target, min(end, len(found))):
            found[i].append(control)


class Dependencies:
    """Control and data dependencies of the nodes `starts` can reach."""

    def __init__(self, program: Program, starts: dict[str, list[list[Control]]]):
        """`starts`: node -> the controls of each entry point starting it."""
        self.program = program
        self.nodes: dict[str, _Node] = {}
        self.sites: dict[Atom, list[_Site]] = {}
        self._growth: dict[tuple[str, bool, int], list[Wish]] = {}
        frontier = list(starts)
        while frontier:
            title = frontier.pop()
            if title in self.nodes or title not in program.code:
                continue
            code = program.code[title]
            self.nodes[title] = _Node(controls_of(code))
            frontier.extend(jump_targets(code))
        for title, guards in starts.items():
            if title in self.nodes:
                self.nodes[title].starts = guards
        self.written = written_before(program, self.nodes, starts)
        self._link()
        self.guard_reads = self._guard_reads()

    def _link(self) -> None:
        for title in list(self.nodes):
            code = self.program.code[title]
            for index, instr in enumerate(code):
                if isinstance(instr, Flow) and instr.target in self.nodes:
                    self.nodes[instr.target].callers.append((title, index))
                self._add_site(title, index, instr)
            self._add(("visits", title), _Site(title, -1, set(), set()))

    def _add_site(self, title: str, index: int, instr: Instr) -> None:
        writes = instruction_writes(instr)
        if not writes:
            return
        reads = instruction_reads(instr) - self.written[title][index]
        if isinstance(instr, OnceGate | Offer):
            reads = set()  # a gate's own reads are its controls
        site = _Site(title, index, writes, reads)
        for atom in writes:
            self._add(atom, site)

    def _add(self, atom: Atom, site: _Site) -> None:
        self.sites.setdefault(atom, []).append(site)

    def controls(self, title: str, index: int) -> list[Control]:
        return self.nodes[title].controls[index] if index >= 0 else []

    def _guard_reads(self) -> dict[str, set[Atom]]:
        """What controls reaching each node at all (entries and callers)."""
        reads: dict[str, set[Atom]] = {t: set() for t in self.nodes}
        for title, info in self.nodes.items():
            for guard in info.starts:
                for control in guard:
                    reads[title] |= control.reads()
        changed = True
        while changed:
            changed = False
            for title, info in self.nodes.items():
                before = len(reads[title])
                for caller, index in info.callers:
                    reads[title] |= reads[caller] | self._reads_at(caller, index)
                changed |= len(reads[title]) != before
        return reads

    def _reads_at(self, title: str, index: int) -> set[Atom]:
        found: set[Atom] = set()
        for control in self.controls(title, index):
            found |= control.reads()
        return found

    def target_reads(self, title: str, index: int, option: int = -1) -> set[Atom]:
        """What controls reaching instruction `index` (or one of its options)."""
        found = self.guard_reads[title] | self._reads_at(title, index)
        if option >= 0:
            found |= self.option_control(title, index, option).reads()
        return found

    def option_control(self, title: str, index: int, option: int) -> Control:
        """The control an option's own condition and once key make."""
        spec = self.program.code[title][index].options[option]  # type: ignore[union-attr]
        condition = spec.content.condition
        return Control(condition.expr if condition else None, True, spec.once_key or "")

    def relevant(self, targets: Iterable[tuple[str, int, int]]) -> set[Atom]:
        """Atoms that can change whether any target (node, index, option) is
        reached (index -1: the node itself)."""
        found: set[Atom] = set()
        for title, index, option in targets:
            if title in self.nodes:
                found |= self.target_reads(title, index, option)
        work = list(found)
        while work:
            atom = work.pop()
            for site in self.sites.get(atom, ()):
                more = site.reads | self.guard_reads[site.node]
                more |= (
                    self._reads_at(site.node, site.index) if site.index >= 0 else set()
                )
                for new in more - found:
                    found.add(new)
                    work.append(new)
        return found

    def _control_wishes(self, control: Control, depth: int) -> list[Wish]:
        found = []
        if control.key:
            found.append(Wish(("once", control.key), "==", True, not control.polarity))
        if control.expr is not None:
            found.extend(self._expr_wishes(control.expr, control.polarity, depth))
        return found

    def _expr_wishes(self, expr: Expr, polarity: bool, depth: int) -> list[Wish]:
        if isinstance(expr, Unary) and expr.op == "not":
            return self._expr_wishes(expr.operand, not polarity, depth)
        if isinstance(expr, Binary) and expr.op in ("and", "or"):
            return self._expr_wishes(expr.left, polarity, depth) + self._expr_wishes(
                expr.right, polarity, depth
            )
        wish, more = self.simple_wish(expr, polarity)
        if wish is None:
            return []
        if more is None or depth <= 0:
            return [wish]
        return [wish, *self.growth(wish.atom[1], more, depth - 1)]

    def simple_wish(
        self, expr: Expr, polarity: bool
    ) -> tuple[Wish | None, bool | None]:
        """The wish that `expr` (a variable, `visited("node")`, or a variable
        compared with a literal) be `polarity` (None for anything else), and
        whether the variable should grow (None: not a threshold)."""
        if isinstance(expr, Var):
            return Wish(("var", expr.name), "==", True, polarity), None
        if isinstance(expr, Call) and expr.name == "visited" and _literal(expr):
            return Wish(("visits", _literal(expr)), ">", 0.0, polarity), None
        if not isinstance(expr, Binary):
            return None, None
        op, var, value = expr.op, expr.left, expr.right
        if isinstance(value, Var) and isinstance(var, Literal):
            op, var, value = MIRROR.get(op, op), value, var
        if op not in COMPARE or not isinstance(var, Var):
            return None, None
        if not isinstance(value, Literal):
            return None, None
        wish = Wish(("var", var.name), op, value.value, polarity)
        wants_more = (op in GROWS) == polarity if op in GROWS + SHRINKS else None
        return wish, wants_more

    def growth(self, name: str, more: bool, depth: int) -> list[Wish]:
        """Wishes for the conditions under which $name grows (or shrinks),
        worked out once per question (many targets compare one counter)."""
        key = (name, more, depth)
        known = self._growth.get(key)
        if known is None:
            known = self._growth[key] = self._find_growth_wishes(name, more, depth)
        return known

    def _find_growth_wishes(self, name: str, more: bool, depth: int) -> list[Wish]:
        found: list[Wish] = []
        for site in self.sites.get(("var", name), ()):
            instr = self.program.code[site.node][site.index]
            if not isinstance(instr, SetVar) or instr.op == "=":
                continue
            grows = (instr.op == "+=") == _positive(instr.expr)
            controls = self.controls(site.node, site.index)
            if controls:
                inner = controls[-1]
                wanted = inner.polarity if grows == more else not inner.polarity
                found.extend(
                    self._control_wishes(Control(inner.expr, wanted, inner.key), depth)
                )
        return found


def _literal(call: Call) -> str:
    first = call.args[0] if call.args else None
    return str(first.value) if isinstance(first, Literal) else ""


def _positive(expr: Expr) -> bool:
    return not (
        isinstance(expr, Literal) and isinstance(expr.value, float) and expr.value < 0
    )


def targets_of(
    program: Program, nodes: Iterable[str]
) -> dict[str, tuple[str, int, int]]:
    """Every line and option key of `nodes` -> (node, index, option)."""
    found: dict[str, tuple[str, int, int]] = {}
    for title in nodes:
        for index, instr in enumerate(program.code.get(title, ())):
            if isinstance(instr, ShowLine):
                found[instr.key] = (title, index, -1)
            elif isinstance(instr, Offer):
                for option, spec in enumerate(instr.options):
                    found[spec.key] = (title, index, option)
    return found
