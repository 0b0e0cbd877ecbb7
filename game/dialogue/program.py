"""Program: parsed and checked .yarn files, compiled and ready to run.

`build_program` never raises for content mistakes: it returns every
DialogueError it found (the checker reports them all). `load_program` and
`load_text` raise the first one (the runner, the talk tool, tests).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from game.core.reading import DIALOGUE_BYTES, read_limited
from game.dialogue.compile import Instr, compile_node
from game.dialogue.errors import DialogueError, Pos
from game.dialogue.expr import Call, Expr, Literal, Value, walk
from game.dialogue.model import (
    Arg,
    CommandStmt,
    DeclareStmt,
    IfStmt,
    JumpStmt,
    LineContent,
    LineStmt,
    Node,
    OnceStmt,
    OptionGroup,
    SetStmt,
    Stmt,
    YarnFile,
    walk_statements,
)
from game.dialogue.registry import Param, Registry, default_registry
from game.dialogue.syntax import parse_file
from game.dialogue.syntax_commands import braced_parts
from game.dialogue.types import TypeChecker, type_of_value

IMPLICIT_DEFAULTS: dict[str, Value] = {"number": 0.0, "string": "", "bool": False}


def format_literal(value: Value) -> str:
    """`value` as it is written in a .yarn file."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return f"{value:g}"


@dataclass
class Program:
    files: list[YarnFile]
    nodes: dict[str, Node]
    code: dict[str, list[Instr]]
    declarations: dict[str, DeclareStmt]
    registry: Registry
    used_variables: set[str] = field(default_factory=set)
    # Not mistakes, but worth a warning: variables declared implicitly by a
    # <<set>> (Yarn Spinner 2.x), lines without a #line: id.
    warnings: list[DialogueError] = field(default_factory=list)
    _initial: dict[str, Value] | None = field(default=None, repr=False)
    _types: dict[str, str] | None = field(default=None, repr=False)
    # What analyses work out once per program (footprint.py's node facts).
    derived: dict[str, dict[str, Any]] = field(
        default_factory=dict, repr=False, compare=False
    )

    def initial_values(self) -> dict[str, Value]:
        """A new dict of every declared variable's starting value."""
        if self._initial is None:
            self._initial = {n: d.value for n, d in self.declarations.items()}
        return dict(self._initial)

    def variable_types(self) -> dict[str, str]:
        """A new dict of every declared variable's type."""
        if self._types is None:
            self._types = {
                n: type_of_value(d.value) for n, d in self.declarations.items()
            }
        return dict(self._types)

    def source_line(self, pos: Pos) -> str:
        for yarn_file in self.files:
            if yarn_file.name == pos.file and 0 < pos.line <= len(yarn_file.lines):
                return yarn_file.lines[pos.line - 1]
        return ""

    def error(self, pos: Pos, message: str) -> DialogueError:
        return DialogueError(pos, message, self.source_line(pos))


class _Analyser:
    def __init__(self, files: list[YarnFile], registry: Registry) -> None:
        self.files = files
        self.registry = registry
        self.errors: list[DialogueError] = []
        self.nodes: dict[str, Node] = {}
        self.declarations: dict[str, DeclareStmt] = {}
        self.line_ids: dict[str, Pos] = {}
        self.types: TypeChecker | None = None
        self.warnings: list[DialogueError] = []

    def fail(self, pos: Pos, message: str) -> None:
        self.errors.append(DialogueError(pos, message))

    def run(self) -> None:
        for yarn_file in self.files:
            for node in yarn_file.nodes:
                self.add_node(node)
        self.implicit_declarations()
        self.types = TypeChecker(
            {n: type_of_value(d.value) for n, d in self.declarations.items()},
            self.registry,
        )
        for node in self.nodes.values():
            if not node.is_declarations:
                for stmt in walk_statements(node.body):
                    self.statement(stmt)
        self.errors.extend(self.types.errors)

    def add_node(self, node: Node) -> None:
        first = self.nodes.get(node.title)
        if first is not None:
            self.fail(
                node.pos,
                f"duplicate node title {node.title} "
                f"(first at {first.pos.file}:{first.pos.line})",
            )
            return
        self.nodes[node.title] = node
        for stmt in walk_statements(node.body):
            if isinstance(stmt, DeclareStmt):
                self.declare(stmt)  # also inside a node body, as in Yarn 2.x
            elif node.is_declarations:
                self.fail(
                    stmt.pos,
                    f"{node.title} is never run: only <<declare>> belongs here",
                )

    def declare(self, stmt: DeclareStmt) -> None:
        first = self.declarations.get(stmt.var)
        if first is not None:
            self.fail(
                stmt.var_pos,
                f"${stmt.var} is declared twice (first at "
                f"{first.pos.file}:{first.pos.line})",
            )
            return
        self.declarations[stmt.var] = stmt

    def implicit_declarations(self) -> None:
        """Yarn Spinner 2.x: `<<set $x = value>>` on an undeclared variable
        declares it with the value's type and that type's default (0, "",
        false); each gets a warning. Variables read in the value must be
        declared already."""
        for node in self.nodes.values():
            for stmt in walk_statements(node.body):
                if isinstance(stmt, SetStmt) and stmt.var not in self.declarations:
                    self.implicit(stmt)

    def implicit(self, stmt: SetStmt) -> None:
        known = {n: type_of_value(d.value) for n, d in self.declarations.items()}
        found = TypeChecker(known, self.registry).check(stmt.expr)
        if stmt.op != "=" or found is None:
            return  # the type checker reports it as undeclared
        value = IMPLICIT_DEFAULTS[found]
        self.declarations[stmt.var] = DeclareStmt(
            stmt.var, value, stmt.pos, stmt.var_pos
        )
        shown = format_literal(value)
        self.warnings.append(
            DialogueError(
                stmt.var_pos,
                f"${stmt.var} is declared implicitly here as a {found} "
                f"(starting at {shown}): add <<declare ${stmt.var} = {shown}>> "
                "to the Declarations node",
            )
        )

    def statement(self, stmt: Stmt) -> None:
        if isinstance(stmt, LineStmt):
            self.content(stmt.content)
        elif isinstance(stmt, OptionGroup):
            for option in stmt.options:
                self.content(option.content)
        elif isinstance(stmt, IfStmt):
            for branch in stmt.branches:
                self.condition(branch.expr, "an <<if>> condition")
        elif isinstance(stmt, OnceStmt) and stmt.expr is not None:
            self.condition(stmt.expr, "a <<once if>> condition")
        elif isinstance(stmt, SetStmt):
            self.set_stmt(stmt)
        elif isinstance(stmt, JumpStmt):
            self.target(stmt.target, stmt.target_pos, f"<<{stmt.kind}>>")
        elif isinstance(stmt, CommandStmt):
            self.command(stmt)

    def condition(self, expr: Expr, what: str) -> None:
        assert self.types is not None
        self.types.expect(expr, "bool", what)
        self.node_names(expr)

    def expression(self, expr: Expr) -> str | None:
        assert self.types is not None
        self.node_names(expr)
        return self.types.check(expr)

    def node_names(self, expr: Expr) -> None:
        for sub in walk(expr):
            if not isinstance(sub, Call) or sub.name not in (
                "visited",
                "visited_count",
            ):
                continue
            first = sub.args[0] if sub.args else None
            if isinstance(first, Literal):
                self.target(str(first.value), first.pos, f"{sub.name}()")

    def target(self, title: str, pos: Pos, what: str) -> None:
        node = self.nodes.get(title)
        if node is None:
            self.fail(pos, f"{what} names an unknown node {title!r}")
        elif node.is_declarations:
            self.fail(pos, f"{what} names {title}, which is never run")

    def content(self, content: LineContent) -> None:
        from game.dialogue.model import Interp

        for seg in content.segments:
            if isinstance(seg, Interp):
                self.expression(seg.expr)
        if content.condition and content.condition.expr is not None:
            self.condition(content.condition.expr, "a line's condition")
        line_id = content.line_id
        if line_id is not None:
            first = self.line_ids.get(line_id)
            pos = content.tag_pos.get(f"line:{line_id}", content.pos)
            if first is not None:
                self.fail(
                    pos,
                    f"duplicate #line:{line_id} (first at {first.file}:{first.line})",
                )
            else:
                self.line_ids[line_id] = pos

    def set_stmt(self, stmt: SetStmt) -> None:
        assert self.types is not None
        wanted = self.types.variables.get(stmt.var)
        self.types.used.add(stmt.var)
        found = self.expression(stmt.expr)
        if wanted is None:
            self.fail(
                stmt.var_pos,
                f"undeclared variable ${stmt.var}: add <<declare ${stmt.var} = …>> "
                "to the Declarations node",
            )
            return
        if (stmt.op == "-=" and wanted != "number") or (
            stmt.op == "+=" and wanted == "bool"
        ):
            self.fail(
                stmt.var_pos, f"`{stmt.op}` does not work on ${stmt.var}, a {wanted}"
            )
        elif found is not None and found != wanted:
            self.fail(
                stmt.expr.pos,
                f"${stmt.var} is a {wanted}, but this value is a {found}",
            )

    def command(self, stmt: CommandStmt) -> None:
        spec = self.registry.commands.get(stmt.name)
        if spec is None and self.registry.any_command:
            for arg in stmt.args:
                if arg.expr is not None:
                    self.expression(arg.expr)
            return
        if spec is None:
            known = ", ".join(sorted(self.registry.commands))
            self.fail(stmt.pos, f"unknown command <<{stmt.name}>>: known are {known}")
            return
        if not spec.required <= len(stmt.args) <= len(spec.params):
            wanted = str(len(spec.params))
            if spec.required < len(spec.params):
                wanted = f"{spec.required} to {wanted}"
            self.fail(
                stmt.pos,
                f"<<{spec.signature}>> takes {wanted} argument(s), "
                f"not {len(stmt.args)}",
            )
            return
        for arg, param in zip(stmt.args, spec.params, strict=False):
            self.argument(arg, param, stmt.name)
            self.braces(arg)

    def braces(self, arg: Arg) -> None:
        """The `{$var}` parts of a quoted argument must name known things."""
        if arg.expr is not None or "{" not in str(arg.value):
            return
        try:
            parts = braced_parts(str(arg.value), arg.pos)
        except DialogueError as err:
            self.fail(err.pos, err.message)
            return
        for _source, expr in parts:
            self.expression(expr)

    def argument(self, arg: Arg, param: Param, command: str) -> None:
        found = self.expression(arg.expr) if arg.expr is not None else None
        if arg.expr is None:
            found = type_of_value(arg.value)
            if param.type == "string" and found != "string":
                found = "string"  # a bare word like 4 may name a thing
        if found is not None and found != param.type:
            self.fail(arg.pos, f"<<{command}>>'s {param.name} must be a {param.type}")
        elif param.choices and arg.expr is None and str(arg.value) not in param.choices:
            choices = " or ".join(param.choices)
            self.fail(arg.pos, f"<<{command}>>'s {param.name} must be {choices}")
        elif out_of_span(arg.value, param) and arg.expr is None:
            low, high = param.span or (0, 0)
            self.fail(
                arg.pos,
                f"<<{command}>>'s {param.name} must be from "
                f"{format_literal(low)} to {format_literal(high)}",
            )
        elif param.max_length and len(str(arg.value)) > param.max_length:
            self.fail(
                arg.pos,
                f"<<{command}>>'s {param.name} has {len(str(arg.value))} characters; "
                f"keep it to {param.max_length}",
            )


def out_of_span(value: object, param: Param) -> bool:
    """True for a number outside the parameter's allowed range."""
    if param.span is None or not isinstance(value, float):
        return False
    return not param.span[0] <= value <= param.span[1]


def build_program(
    files: list[YarnFile], registry: Registry | None = None
) -> tuple[Program, list[DialogueError]]:
    """Check and compile parsed files; returns every mistake found, sorted."""
    analyser = _Analyser(files, registry or default_registry())
    analyser.run()
    program = Program(
        files,
        analyser.nodes,
        {
            t: compile_node(n)
            for t, n in analyser.nodes.items()
            if not n.is_declarations
        },
        analyser.declarations,
        analyser.registry,
        analyser.types.used if analyser.types else set(),
    )
    program.warnings = [program.error(w.pos, w.message) for w in analyser.warnings]
    errors = sorted(
        (program.error(e.pos, e.message) for e in analyser.errors),
        key=lambda e: (e.pos.file, e.pos.line, e.pos.col),
    )
    return program, errors


def read_file(path: Path, root: Path | None = None) -> YarnFile:
    """Parse one file; its messages name it relative to `root` when given."""
    name = _display_name(path, root)
    try:
        text = read_limited(path, DIALOGUE_BYTES).decode("utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise DialogueError(Pos(name, 1, 1), f"cannot read this file: {err}") from None
    return parse_file(text, name)


def _display_name(path: Path, root: Path | None) -> str:
    if root is not None:
        try:
            return path.resolve().relative_to(root.resolve()).as_posix()
        except ValueError:
            pass
    return path.as_posix()


def load_program(
    paths: Iterable[Path], root: Path | None = None, registry: Registry | None = None
) -> Program:
    """Parse, check and compile files; raises the first DialogueError."""
    files = [read_file(path, root) for path in paths]
    program, errors = build_program(files, registry)
    if errors:
        raise errors[0]
    return program


def load_text(
    text: str, name: str = "test.yarn", registry: Registry | None = None
) -> Program:
    """A program from one string (tests, tools); raises the first DialogueError."""
    program, errors = build_program([parse_file(text, name)], registry)
    if errors:
        raise errors[0]
    return program
