"""The statements of one node body, by recursive descent over its lines.

Contract: `BodyParser(lines, name).top_level()` turns a node's classified
body lines into statements. Each line is classified by how it starts
(`->`, `<<`, text). `<<if>>`/`<<once>>` blocks are closed by keywords;
option bodies by indentation: the lines under `-> text` that are indented
further belong to it. A blank line ends an option group. Errors raise
`DialogueError` with the line's position.
"""

from __future__ import annotations

from game.dialogue.errors import DialogueError
from game.dialogue.model import (
    Branch,
    IfStmt,
    LineStmt,
    OnceStmt,
    OptionGroup,
    OptionItem,
    Stmt,
)
from game.dialogue.syntax_commands import (
    BLOCK_ENDS,
    BodyLine,
    command_inner,
    expression,
    keyword,
    near_miss,
    simple_command,
    split_word,
    stray_message,
)
from game.dialogue.text import parse_line_content

# Blocks (options, <<if>>, <<once>>) nest at most this deep: deeper input
# gets a message instead of exhausting Python's recursion limit.
MAX_NESTING = 40


class BodyParser:
    """Recursive descent over the classified body lines of one node."""

    def __init__(self, lines: list[BodyLine], name: str) -> None:
        self.lines = lines
        self.name = name
        self.index = 0
        self.depth = 0

    @property
    def current(self) -> BodyLine | None:
        return self.lines[self.index] if self.index < len(self.lines) else None

    def top_level(self) -> list[Stmt]:
        body = self.block(0)
        line = self.current
        if line is not None:
            raise DialogueError(line.pos(), stray_message(keyword(line)))
        return body

    def block(self, min_indent: int) -> list[Stmt]:
        """Statements until a dedent below `min_indent` or a block keyword."""
        body: list[Stmt] = []
        self.depth += 1
        if self.depth > MAX_NESTING and self.current is not None:
            raise DialogueError(
                self.current.pos(),
                f"blocks nest deeper than {MAX_NESTING} levels here: split this "
                "node into smaller ones (<<detour>> or <<jump>>)",
            )
        while (line := self.current) is not None and line.indent >= min_indent:
            if keyword(line) in BLOCK_ENDS:
                break
            body.append(self.statement(line))
        self.depth -= 1
        return body

    def statement(self, line: BodyLine) -> Stmt:
        if line.text.startswith("->"):
            return self.options(line)
        if line.text.startswith("<<"):
            return self.command_line(line)
        self.index += 1
        pos = line.pos()  # one (immutable) Pos for both
        return LineStmt(parse_line_content(line.text, 0, pos), pos)

    # -- options --------------------------------------------------------------
    def options(self, first: BodyLine) -> OptionGroup:
        items: list[OptionItem] = []
        line: BodyLine | None = first
        while line is not None and line.text.startswith("->"):
            if line.indent != first.indent or (items and line.blank_before):
                break
            items.append(self.option(line))
            line = self.current
        return OptionGroup(items, first.pos())

    def option(self, line: BodyLine) -> OptionItem:
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
    def command_line(self, line: BodyLine) -> Stmt:
        inner, inner_col = command_inner(line)
        word, rest, rest_col = split_word(inner, inner_col)
        pos = line.pos()
        if word == "if":
            return self.if_block(line, rest, rest_col)
        if word == "once":
            return self.once_block(line, rest, rest_col)
        self.index += 1
        return simple_command(line, word, rest, rest_col, pos)

    def if_block(self, line: BodyLine, rest: str, rest_col: int) -> IfStmt:
        branches = [Branch(expression(rest, line, rest_col), [], line.pos())]
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
            if end is None or kw not in BLOCK_ENDS or kw == "endonce":
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
                inner, col = command_inner(end)
                _, text, text_col = split_word(inner, col)
                branches.append(Branch(expression(text, end, text_col), [], end.pos()))

    def once_block(self, line: BodyLine, rest: str, rest_col: int) -> OnceStmt:
        expr = None
        if rest:
            head, cond, cond_col = split_word(rest, rest_col)
            if head != "if" or not cond:
                raise DialogueError(
                    line.pos(rest_col), "write <<once>> or <<once if …>>"
                )
            expr = expression(cond, line, cond_col)
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

    def check_bare(self, line: BodyLine, word: str) -> None:
        inner, col = command_inner(line)
        _, rest, rest_col = split_word(inner, col)
        hint = near_miss(word, rest)
        if hint is not None:
            raise DialogueError(line.pos(), f"<<{word} {rest}>>: did you mean {hint}?")
        if rest:
            raise DialogueError(
                line.pos(rest_col), f"<<{word}>> takes nothing after it"
            )

    def expect_bare(self, line: BodyLine, word: str) -> None:
        self.check_bare(line, word)
        self.index += 1
