"""Compile a node's statements into a flat list of instructions.

A flat program with a program counter (instead of walking the tree) makes
the runner's whole position a small tuple, so the explorer can copy and
memoise it, and a save could store it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from game.dialogue.errors import Pos
from game.dialogue.expr import Expr
from game.dialogue.model import (
    CommandStmt,
    Condition,
    DeclareStmt,
    IfStmt,
    JumpStmt,
    LineContent,
    LineStmt,
    Node,
    OnceStmt,
    OptionGroup,
    ReturnStmt,
    SetStmt,
    Stmt,
    StopStmt,
)


@dataclass(frozen=True)
class ShowLine:
    content: LineContent
    key: str  # the #line: id, or a stable made-up one


@dataclass(frozen=True)
class IfFalse:
    """Go to `target` unless `expr` is true."""

    expr: Expr
    target: int


@dataclass(frozen=True)
class Goto:
    target: int


@dataclass(frozen=True)
class OnceGate:
    """Go to `target` if `key` was used or `expr` is false; else mark it used."""

    key: str
    expr: Expr | None
    target: int


@dataclass(frozen=True)
class OptionSpec:
    content: LineContent
    key: str
    target: int
    once_key: str | None


@dataclass(frozen=True)
class Offer:
    options: tuple[OptionSpec, ...]
    pos: Pos
    end: int  # where the dialogue goes on if no option is available


@dataclass(frozen=True)
class SetVar:
    var: str
    op: str
    expr: Expr
    pos: Pos


@dataclass(frozen=True)
class RunCommand:
    stmt: CommandStmt


@dataclass(frozen=True)
class Flow:
    """jump / detour / return / stop."""

    kind: str
    target: str | None
    pos: Pos


Instr = ShowLine | IfFalse | Goto | OnceGate | Offer | SetVar | RunCommand | Flow


@dataclass
class _Compiler:
    node: Node
    code: list[Instr] = field(default_factory=list)
    lines: int = 0
    onces: int = 0

    def emit(self, instr: Instr) -> int:
        self.code.append(instr)
        return len(self.code) - 1

    def patch(self, index: int, instr: Instr) -> None:
        self.code[index] = instr

    def line_key(self, content: LineContent) -> str:
        self.lines += 1
        return content.line_id or f"{self.node.title}:{self.lines}"

    def once_key(self) -> str:
        self.onces += 1
        return f"{self.node.title}#once{self.onces}"

    def block(self, body: list[Stmt]) -> None:
        for stmt in body:
            self.statement(stmt)

    def statement(self, stmt: Stmt) -> None:
        if isinstance(stmt, LineStmt):
            self.line(stmt.content)
        elif isinstance(stmt, OptionGroup):
            self.options(stmt)
        elif isinstance(stmt, IfStmt):
            self.if_stmt(stmt)
        elif isinstance(stmt, OnceStmt):
            self.once(stmt)
        elif isinstance(stmt, SetStmt):
            self.emit(SetVar(stmt.var, stmt.op, stmt.expr, stmt.pos))
        elif isinstance(stmt, CommandStmt):
            self.emit(RunCommand(stmt))
        elif isinstance(stmt, JumpStmt):
            self.emit(Flow(stmt.kind, stmt.target, stmt.pos))
        elif isinstance(stmt, ReturnStmt | StopStmt):
            kind = "return" if isinstance(stmt, ReturnStmt) else "stop"
            self.emit(Flow(kind, None, stmt.pos))
        elif not isinstance(stmt, DeclareStmt):
            raise TypeError(f"unknown statement {stmt!r}")

    def gate(self, condition: Condition | None) -> int | None:
        """Emit a placeholder for a condition; the caller patches its target."""
        if condition is None:
            return None
        return self.emit(Goto(-1))

    def fill_gate(
        self, index: int | None, condition: Condition | None, key: str | None
    ) -> None:
        if index is None or condition is None:
            return
        target = len(self.code)
        if condition.once:
            self.patch(index, OnceGate(key or "", condition.expr, target))
        elif condition.expr is not None:
            self.patch(index, IfFalse(condition.expr, target))

    def line(self, content: LineContent) -> None:
        once_key = (
            self.once_key() if content.condition and content.condition.once else None
        )
        gate = self.gate(content.condition)
        self.emit(ShowLine(content, self.line_key(content)))
        self.fill_gate(gate, content.condition, once_key)

    def options(self, group: OptionGroup) -> None:
        offer_at = self.emit(Goto(-1))
        specs: list[OptionSpec] = []
        exits: list[int] = []
        for item in group.options:
            condition = item.content.condition
            once_key = self.once_key() if condition and condition.once else None
            key = self.line_key(item.content)
            specs.append(OptionSpec(item.content, key, len(self.code), once_key))
            self.block(item.body)
            exits.append(self.emit(Goto(-1)))
        end = len(self.code)
        for index in exits:
            self.patch(index, Goto(end))
        self.patch(offer_at, Offer(tuple(specs), group.pos, end))

    def if_stmt(self, stmt: IfStmt) -> None:
        exits: list[int] = []
        for branch in stmt.branches:
            test = self.emit(Goto(-1))
            self.block(branch.body)
            exits.append(self.emit(Goto(-1)))
            self.patch(test, IfFalse(branch.expr, len(self.code)))
        if stmt.else_body is not None:
            self.block(stmt.else_body)
        for index in exits:
            self.patch(index, Goto(len(self.code)))

    def once(self, stmt: OnceStmt) -> None:
        key = self.once_key()
        gate = self.emit(Goto(-1))
        self.block(stmt.body)
        exit_at = self.emit(Goto(-1))
        self.patch(gate, OnceGate(key, stmt.expr, len(self.code)))
        if stmt.else_body is not None:
            self.block(stmt.else_body)
        self.patch(exit_at, Goto(len(self.code)))


def compile_node(node: Node) -> list[Instr]:
    """The node's instructions; running past the last one ends the node."""
    compiler = _Compiler(node)
    compiler.block(node.body)
    return compiler.code
