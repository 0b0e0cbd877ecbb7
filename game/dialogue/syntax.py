"""The .yarn file parser: a line classifier with an indentation stack.

Each body line is classified by how it starts (`->`, `<<`, `//`, text).
`<<if>>`/`<<once>>` blocks are closed by keywords; option bodies by
indentation: the lines under `-> text` that are indented further belong to
it. A blank line ends an option group. Anything the official Yarn Spinner
compiler might read differently is refused with a message.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from game.dialogue.errors import DialogueError, Pos
from game.dialogue.expr import Literal, Unary, parse_expression
from game.dialogue.model import (
    Arg,
    Branch,
    CommandStmt,
    DeclareStmt,
    IfStmt,
    JumpStmt,
    LineStmt,
    Node,
    OnceStmt,
    OptionGroup,
    OptionItem,
    ReturnStmt,
    SetStmt,
    Stmt,
    StopStmt,
    YarnFile,
)
from game.dialogue.text import parse_line_content

TITLE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_HEADER = re.compile(r"([A-Za-z_][A-Za-z0-9_]*)\s*:(.*)")
# Headers the Yarn Spinner editor writes itself (graph position, colour).
IGNORED_HEADERS = {"position", "color", "colorID", "colour"}
_VAR = re.compile(r"\$[A-Za-z_][A-Za-z0-9_]*")
_BLOCK_ENDS = ("elseif", "else", "endif", "endonce")
_FLOW = ("jump", "detour")


@dataclass
class _Line:
    number: int  # 1-based
    indent: int
    text: str  # without indentation
    raw: str
    blank_before: bool
    file: str

    def pos(self, offset: int = 0) -> Pos:
        return Pos(self.file, self.number, self.indent + offset + 1)


def parse_file(source: str, name: str) -> YarnFile:
    """Parse one .yarn file's text; `name` is used in messages."""
    lines = source.splitlines()
    try:
        nodes = _FileParser(lines, name).nodes()
    except DialogueError as err:
        index = err.pos.line - 1
        raise err.with_source(lines[index] if 0 <= index < len(lines) else "") from None
    return YarnFile(name, nodes, lines)


class _FileParser:
    def __init__(self, lines: list[str], name: str) -> None:
        self.lines = lines
        self.name = name
        self.index = 0

    def pos(self, number: int, col: int = 1) -> Pos:
        return Pos(self.name, number, col)

    def nodes(self) -> list[Node]:
        nodes: list[Node] = []
        while self.index < len(self.lines):
            raw = self.lines[self.index]
            stripped = raw.strip()
            if not stripped or stripped.startswith("//"):
                self.index += 1
                continue
            if stripped.startswith("#"):
                raise DialogueError(
                    self.pos(self.index + 1),
                    "file-level hashtags are not part of our Yarn subset",
                )
            nodes.append(self.node())
        return nodes

    def node(self) -> Node:
        start = self.index + 1
        headers = self.headers()
        title, tags = self.title_and_tags(headers, start)
        body_lines = self.body_lines()
        body = _BodyParser(body_lines, self.name).top_level()
        return Node(title, tags, body, self.pos(start))

    def headers(self) -> dict[str, tuple[str, Pos]]:
        headers: dict[str, tuple[str, Pos]] = {}
        while self.index < len(self.lines):
            number = self.index + 1
            raw = self.lines[self.index]
            self.index += 1
            stripped = raw.strip()
            if stripped == "---":
                return headers
            if not stripped or stripped.startswith("//"):
                continue
            match = _HEADER.fullmatch(stripped)
            if match is None:
                raise DialogueError(
                    self.pos(number),
                    "expected a header like `title: Name`, or `---` to start the body",
                )
            key, value = match.group(1), match.group(2).strip()
            if key in headers:
                raise DialogueError(
                    self.pos(number), f"the header `{key}` appears twice"
                )
            after = raw.index(":") + 1
            col = after + len(raw[after:]) - len(raw[after:].lstrip()) + 1
            headers[key] = (value, self.pos(number, col))
        raise DialogueError(
            self.pos(len(self.lines)),
            "the file ends inside a node's headers: add `---`",
        )

    def title_and_tags(
        self, headers: dict[str, tuple[str, Pos]], start: int
    ) -> tuple[str, tuple[str, ...]]:
        for key, (_value, pos) in headers.items():
            if key not in ("title", "tags") and key not in IGNORED_HEADERS:
                raise DialogueError(
                    pos.shifted(-len(key) - 1),
                    f"unknown header `{key}`: only title: and tags: are used",
                )
        if "title" not in headers:
            raise DialogueError(self.pos(start), "this node has no `title:` header")
        title, pos = headers["title"]
        if not TITLE.fullmatch(title):
            raise DialogueError(
                pos,
                f"bad node title {title!r}: use letters, digits and _ "
                "(starting with a letter)",
            )
        tags = tuple(headers.get("tags", ("", pos))[0].split())
        return title, tags

    def body_lines(self) -> list[_Line]:
        out: list[_Line] = []
        blank = False
        while self.index < len(self.lines):
            number = self.index + 1
            raw = self.lines[self.index]
            self.index += 1
            stripped = raw.strip()
            if stripped == "===":
                return out
            if not stripped:
                blank = True
                continue
            if stripped.startswith("//"):
                continue
            indent = _indent(raw, self.pos(number))
            out.append(
                _Line(number, indent, raw[indent:].rstrip(), raw, blank, self.name)
            )
            blank = False
        raise DialogueError(
            self.pos(len(self.lines)), "the file ends inside a node: add `===`"
        )


def _indent(raw: str, pos: Pos) -> int:
    width = len(raw) - len(raw.lstrip(" \t"))
    if "\t" in raw[:width]:
        raise DialogueError(pos, "indent with spaces, not tabs")
    return width


class _BodyParser:
    """Recursive descent over the classified body lines of one node."""

    def __init__(self, lines: list[_Line], name: str) -> None:
        self.lines = lines
        self.name = name
        self.index = 0

    @property
    def current(self) -> _Line | None:
        return self.lines[self.index] if self.index < len(self.lines) else None

    def top_level(self) -> list[Stmt]:
        body = self.block(0)
        line = self.current
        if line is not None:
            raise DialogueError(line.pos(), _stray_message(keyword(line)))
        return body

    def block(self, min_indent: int) -> list[Stmt]:
        """Statements until a dedent below `min_indent` or a block keyword."""
        body: list[Stmt] = []
        while (line := self.current) is not None and line.indent >= min_indent:
            if keyword(line) in _BLOCK_ENDS:
                break
            body.append(self.statement(line))
        return body

    def statement(self, line: _Line) -> Stmt:
        if line.text.startswith("->"):
            return self.options(line)
        if line.text.startswith("<<"):
            return self.command_line(line)
        self.index += 1
        return LineStmt(parse_line_content(line.text, 0, line.pos()), line.pos())

    # -- options --------------------------------------------------------------
    def options(self, first: _Line) -> OptionGroup:
        items: list[OptionItem] = []
        line: _Line | None = first
        while line is not None and line.text.startswith("->"):
            if line.indent != first.indent or (items and line.blank_before):
                break
            items.append(self.option(line))
            line = self.current
        return OptionGroup(items, first.pos())

    def option(self, line: _Line) -> OptionItem:
        self.index += 1
        offset = 2 + len(line.text[2:]) - len(line.text[2:].lstrip())
        if offset == len(line.text):
            raise DialogueError(line.pos(), "this option has no text")
        content = parse_line_content(line.raw, line.indent + offset, line.pos(offset))
        body: list[Stmt] = []
        nxt = self.current
        if nxt is not None and nxt.indent > line.indent:
            body = self.block(nxt.indent)
            after = self.current
            if after is not None and line.indent < after.indent:
                raise DialogueError(
                    after.pos(),
                    f"bad indentation under the option at line {line.number}: "
                    f"indent this line {nxt.indent} spaces like the body above, "
                    f"or {line.indent} to end the option",
                )
        return OptionItem(content, body, line.pos())

    # -- <<…>> lines ------------------------------------------------------------
    def command_line(self, line: _Line) -> Stmt:
        inner, inner_col = _command_inner(line)
        word, rest, rest_col = _split_word(inner, inner_col)
        pos = line.pos()
        if word == "if":
            return self.if_block(line, rest, rest_col)
        if word == "once":
            return self.once_block(line, rest, rest_col)
        self.index += 1
        return _simple_command(line, word, rest, rest_col, pos)

    def if_block(self, line: _Line, rest: str, rest_col: int) -> IfStmt:
        branches = [Branch(_expression(rest, line, rest_col), [], line.pos())]
        self.index += 1
        else_body: list[Stmt] | None = None
        while True:
            body = self.block(0)
            if else_body is None:
                branches[-1].body = body
            else:
                else_body = body
            end = self.current
            kw = keyword(end) if end else None
            if end is None or kw not in _BLOCK_ENDS or kw == "endonce":
                raise DialogueError(
                    line.pos(), "this <<if>> is never closed: add <<endif>>"
                )
            if kw == "endif":
                self.expect_bare(end, "endif")
                return IfStmt(branches, else_body, line.pos())
            if else_body is not None:
                raise DialogueError(
                    end.pos(), f"<<{kw}>> after <<else>>: use <<endif>>"
                )
            self.index += 1
            if kw == "else":
                self.check_bare(end, "else")
                else_body = []
            else:
                inner, col = _command_inner(end)
                _, text, text_col = _split_word(inner, col)
                branches.append(Branch(_expression(text, end, text_col), [], end.pos()))

    def once_block(self, line: _Line, rest: str, rest_col: int) -> OnceStmt:
        expr = None
        if rest:
            head, cond, cond_col = _split_word(rest, rest_col)
            if head != "if" or not cond:
                raise DialogueError(
                    line.pos(rest_col), "write <<once>> or <<once if …>>"
                )
            expr = _expression(cond, line, cond_col)
        self.index += 1
        body = self.block(0)
        else_body = None
        end = self.current
        if end is not None and keyword(end) == "else":
            self.check_bare(end, "else")
            self.index += 1
            else_body = self.block(0)
            end = self.current
        if end is None or keyword(end) != "endonce":
            raise DialogueError(
                line.pos(), "this <<once>> is never closed: add <<endonce>>"
            )
        self.expect_bare(end, "endonce")
        return OnceStmt(expr, body, else_body, line.pos())

    def check_bare(self, line: _Line, word: str) -> None:
        inner, col = _command_inner(line)
        _, rest, rest_col = _split_word(inner, col)
        if rest:
            raise DialogueError(
                line.pos(rest_col), f"<<{word}>> takes nothing after it"
            )

    def expect_bare(self, line: _Line, word: str) -> None:
        self.check_bare(line, word)
        self.index += 1


def keyword(line: _Line) -> str | None:
    """The first word inside `<<…>>` at the start of the line, else None."""
    if not line.text.startswith("<<"):
        return None
    match = re.match(r"<<\s*([A-Za-z_]+)", line.text)
    return match.group(1) if match else None


def _stray_message(word: str | None) -> str:
    opener = "<<once>>" if word == "endonce" else "<<if>>"
    return f"<<{word}>> without {opener}"


def _command_inner(line: _Line) -> tuple[str, int]:
    """The text between `<<` and `>>`, and its offset in `line.text`."""
    text = line.text
    end = _find_close(text)
    if end < 0:
        raise DialogueError(line.pos(), "`<<` is never closed: add `>>`")
    tail = text[end + 2 :].strip()
    if tail and not tail.startswith("//"):
        raise DialogueError(
            line.pos(end + 2 + text[end + 2 :].index(tail[0])),
            "nothing may follow a <<command>> on its line",
        )
    return text[2:end], 2


def _find_close(text: str) -> int:
    in_string = False
    index = 2
    while index < len(text) - 1:
        char = text[index]
        if char == '"':
            in_string = not in_string
        elif char == "\\" and in_string:
            index += 1
        elif not in_string and text.startswith(">>", index):
            return index
        index += 1
    return -1


def _split_word(text: str, col: int) -> tuple[str, str, int]:
    """(first word, the rest stripped, offset of the rest)."""
    lead = len(text) - len(text.lstrip())
    stripped = text.strip()
    match = re.match(r"\S+", stripped)
    word = match.group() if match else ""
    rest_raw = stripped[len(word) :]
    rest = rest_raw.strip()
    rest_col = col + lead + len(word) + (len(rest_raw) - len(rest_raw.lstrip()))
    return word, rest, rest_col


def _expression(text: str, line: _Line, col: int):
    if not text:
        raise DialogueError(line.pos(col), "an expression is missing here")
    return parse_expression(text, line.pos(col))


def _simple_command(line: _Line, word: str, rest: str, col: int, pos: Pos) -> Stmt:
    if word in _BLOCK_ENDS:
        raise DialogueError(pos, _stray_message(word))
    if word == "set":
        return _set(line, rest, col)
    if word == "declare":
        return _declare(line, rest, col)
    if word in _FLOW:
        if not TITLE.fullmatch(rest):
            raise DialogueError(
                line.pos(col), f"<<{word}>> needs a node name (letters, digits, _)"
            )
        return JumpStmt(word, rest, pos, line.pos(col))
    if word in ("return", "stop"):
        if rest:
            raise DialogueError(line.pos(col), f"<<{word}>> takes nothing after it")
        return ReturnStmt(pos) if word == "return" else StopStmt(pos)
    if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", word):
        raise DialogueError(
            line.pos(2), "a command starts with its name, e.g. <<wait 1>>"
        )
    return CommandStmt(word, _command_args(line, rest, col), pos)


_SET = re.compile(r"(\$[A-Za-z_][A-Za-z0-9_]*)\s*(=|to\b|\+=|-=)\s*")


def _set(line: _Line, rest: str, col: int) -> SetStmt:
    match = _SET.match(rest)
    if match is None:
        raise DialogueError(line.pos(col), "write <<set $name = value>> (or +=, -=)")
    op = "=" if match.group(2) == "to" else match.group(2)
    expr = _expression(rest[match.end() :], line, col + match.end())
    return SetStmt(match.group(1)[1:], op, expr, line.pos(), line.pos(col))


def _declare(line: _Line, rest: str, col: int) -> DeclareStmt:
    match = re.match(r"(\$[A-Za-z_][A-Za-z0-9_]*)\s*(=|to\b)\s*", rest)
    if match is None:
        raise DialogueError(line.pos(col), "write <<declare $name = value>>")
    value_text = rest[match.end() :]
    type_match = re.search(r"\s+as\s+(string|number|bool)\s*$", value_text)
    if type_match:
        value_text = value_text[: type_match.start()]
    expr = _expression(value_text, line, col + match.end())
    if isinstance(expr, Unary) and expr.op == "-" and isinstance(expr.operand, Literal):
        value = expr.operand.value
        if isinstance(value, float):
            expr = Literal(-value, expr.pos)
    if not isinstance(expr, Literal):
        raise DialogueError(
            expr.pos,
            "a declaration's value must be a plain number, string, true or false",
        )
    if type_match and _type_word(expr.value) != type_match.group(1):
        raise DialogueError(
            line.pos(col),
            f"the value is a {_type_word(expr.value)}, not {type_match.group(1)}",
        )
    return DeclareStmt(match.group(1)[1:], expr.value, line.pos(), line.pos(col))


def _type_word(value: object) -> str:
    if isinstance(value, bool):
        return "bool"
    return "number" if isinstance(value, float) else "string"


_ARG = re.compile(r'"(?:[^"\\]|\\.)*"|\{[^}]*\}|\S+')


def _command_args(line: _Line, rest: str, col: int) -> list[Arg]:
    args: list[Arg] = []
    for match in _ARG.finditer(rest):
        token = match.group()
        pos = line.pos(col + match.start())
        args.append(_arg(token, pos))
    return args


def _arg(token: str, pos: Pos) -> Arg:
    if token.startswith("{"):
        if not token.endswith("}"):
            raise DialogueError(pos, "`{` is never closed: add `}`")
        return Arg(None, parse_expression(token[1:-1], pos.shifted(1)), pos)
    if token.startswith('"'):
        expr = parse_expression(token, pos)
        return Arg(expr.value if isinstance(expr, Literal) else token, None, pos)
    if re.fullmatch(r"-?[0-9]+(?:\.[0-9]+)?", token):
        return Arg(float(token), None, pos)
    if token in ("true", "false"):
        return Arg(token == "true", None, pos)
    if any(c in token for c in '{}<>"$#'):
        raise DialogueError(
            pos, f"odd command argument {token!r}: use {{$var}} for values"
        )
    return Arg(token, None, pos)
