"""The syntax tree of a .yarn file: nodes, statements, lines and options."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from game.dialogue.errors import Pos
from game.dialogue.expr import Expr, Value


# -- line text -----------------------------------------------------------------
@dataclass(frozen=True)
class TextRun:
    text: str


@dataclass(frozen=True)
class Interp:
    """`{expression}` inside line text."""

    expr: Expr


@dataclass(frozen=True)
class Markup:
    """One markup tag: kind b/speed/wait; `value` for speed and wait."""

    kind: str
    value: float | None
    closing: bool
    pos: Pos


Segment = TextRun | Interp | Markup


@dataclass(frozen=True)
class Condition:
    """A trailing `<<if e>>`, `<<once>>` or `<<once if e>>`."""

    once: bool
    expr: Expr | None
    pos: Pos


@dataclass(frozen=True)
class LineContent:
    """What a line or an option says: speaker, text, condition, hashtags."""

    speaker: str | None
    segments: tuple[Segment, ...]
    condition: Condition | None
    tags: tuple[str, ...]
    pos: Pos
    tag_pos: dict[str, Pos] = field(default_factory=dict, compare=False)

    def tag_value(self, key: str) -> str | None:
        prefix = key + ":"
        for tag in self.tags:
            if tag.startswith(prefix):
                return tag[len(prefix) :]
        return None

    @property
    def line_id(self) -> str | None:
        return self.tag_value("line")

    @property
    def mood(self) -> str | None:
        return self.tag_value("mood")


# -- statements ----------------------------------------------------------------
@dataclass
class LineStmt:
    content: LineContent
    pos: Pos


@dataclass
class OptionItem:
    content: LineContent
    body: list[Stmt]
    pos: Pos


@dataclass
class OptionGroup:
    options: list[OptionItem]
    pos: Pos


@dataclass
class Branch:
    expr: Expr
    body: list[Stmt]
    pos: Pos


@dataclass
class IfStmt:
    branches: list[Branch]
    else_body: list[Stmt] | None
    pos: Pos


@dataclass
class OnceStmt:
    expr: Expr | None
    body: list[Stmt]
    else_body: list[Stmt] | None
    pos: Pos


@dataclass
class SetStmt:
    var: str
    op: str  # "=", "+=", "-="
    expr: Expr
    pos: Pos
    var_pos: Pos


@dataclass
class DeclareStmt:
    var: str
    value: Value
    pos: Pos
    var_pos: Pos


@dataclass
class JumpStmt:
    kind: str  # "jump" or "detour"
    target: str
    pos: Pos
    target_pos: Pos


@dataclass
class ReturnStmt:
    pos: Pos


@dataclass
class StopStmt:
    pos: Pos


@dataclass(frozen=True)
class Arg:
    """A game command argument: a literal word/number/string (`value`), or
    `{expr}` (`expr`; `value` then holds its source text)."""

    value: Value
    expr: Expr | None
    pos: Pos


@dataclass
class CommandStmt:
    name: str
    args: list[Arg]
    pos: Pos


Stmt = (
    LineStmt
    | OptionGroup
    | IfStmt
    | OnceStmt
    | SetStmt
    | DeclareStmt
    | JumpStmt
    | ReturnStmt
    | StopStmt
    | CommandStmt
)


@dataclass
class Node:
    title: str
    tags: tuple[str, ...]
    body: list[Stmt]
    pos: Pos

    @property
    def is_declarations(self) -> bool:
        """Declaration nodes are never run: `Declarations` or `…Declarations`."""
        return self.title.endswith("Declarations")


@dataclass
class YarnFile:
    name: str  # as shown in messages (relative path)
    nodes: list[Node]
    lines: list[str]


def child_blocks(stmt: Stmt) -> list[list[Stmt]]:
    """The statement lists nested directly inside `stmt`."""
    if isinstance(stmt, OptionGroup):
        return [option.body for option in stmt.options]
    if isinstance(stmt, IfStmt):
        blocks = [branch.body for branch in stmt.branches]
        return blocks + ([stmt.else_body] if stmt.else_body is not None else [])
    if isinstance(stmt, OnceStmt):
        return [stmt.body] + ([stmt.else_body] if stmt.else_body is not None else [])
    return []


def walk_statements(body: list[Stmt]) -> Iterator[Stmt]:
    """Every statement in `body`, depth first, in source order."""
    for stmt in body:
        yield stmt
        for block in child_blocks(stmt):
            yield from walk_statements(block)
