"""Expressions: tokens, the syntax tree, and a precedence-climbing parser.

The grammar is Yarn Spinner's, minus its one surprise: Yarn gives `and` and
`or` the same precedence, so `a or b and c` means `(a or b) and c`; we refuse
to mix them without parentheses instead, so every accepted expression means
the same thing here and in the official compiler.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from game.dialogue.errors import DialogueError, Pos

Value = bool | float | str


# -- syntax tree ---------------------------------------------------------------
@dataclass(frozen=True)
class Literal:
    value: Value
    pos: Pos


@dataclass(frozen=True)
class Var:
    name: str  # without the `$`
    pos: Pos


@dataclass(frozen=True)
class Call:
    name: str
    args: tuple[Expr, ...]
    pos: Pos


@dataclass(frozen=True)
class Unary:
    op: str  # "-" or "not"
    operand: Expr
    pos: Pos


@dataclass(frozen=True)
class Binary:
    op: str  # canonical: + - * / % == != < <= > >= and or
    left: Expr
    right: Expr
    pos: Pos


Expr = Literal | Var | Call | Unary | Binary


def walk(expr: Expr) -> Iterator[Expr]:
    """Every node of `expr`, parents before children."""
    yield expr
    if isinstance(expr, Call):
        for arg in expr.args:
            yield from walk(arg)
    elif isinstance(expr, Unary):
        yield from walk(expr.operand)
    elif isinstance(expr, Binary):
        yield from walk(expr.left)
        yield from walk(expr.right)


# -- tokens --------------------------------------------------------------------
@dataclass(frozen=True)
class Token:
    kind: str  # num str var name op end
    text: str
    pos: Pos


_TOKEN = re.compile(
    r"""
    (?P<ws>[ \t]+)
  | (?P<num>[0-9]+(?:\.[0-9]+)?)
  | (?P<str>"(?:[^"\\\n]|\\.)*")
  | (?P<var>\$[A-Za-z_][A-Za-z0-9_]*)
  | (?P<name>[A-Za-z_][A-Za-z0-9_]*)
  | (?P<op>==|!=|<=|>=|&&|\|\||[-+*/%<>!(),^])
    """,
    re.VERBOSE,
)
# Yarn Spinner 2.x's word operators; `xor` (and `^`) is kept as its own
# logic token here and becomes `!=` between two bools when parsed.
_WORD_OPS = {
    "and": "and",
    "or": "or",
    "not": "not",
    "xor": "xor",
    "eq": "==",
    "is": "==",
    "neq": "!=",
    "gt": ">",
    "lt": "<",
    "gte": ">=",
    "lte": "<=",
}
_SYMBOL_OPS = {"&&": "and", "||": "or", "!": "not", "^": "xor"}
_STRING_ESCAPES = {"n": "\n", '"': '"', "\\": "\\"}


def tokenize(text: str, start: Pos) -> list[Token]:
    """Split `text` (which begins at `start`) into tokens, ending with `end`."""
    tokens: list[Token] = []
    index = 0
    file, line, col = start.file, start.line, start.col  # start.shifted, inlined
    while index < len(text):
        match = _TOKEN.match(text, index)
        if match is None:
            raise DialogueError(start.shifted(index), _bad_char_message(text[index]))
        kind = match.lastgroup or ""
        if kind != "ws":
            tokens.append(
                _make_token(kind, match.group(), Pos(file, line, col + index))
            )
        index = match.end()
    tokens.append(Token("end", "", start.shifted(len(text))))
    return tokens


def _bad_char_message(char: str) -> str:
    if char == "=":
        return "`=` alone is not a comparison: write `==` to compare"
    if char == '"':
        return 'this string has no closing quote `"`'
    if char == "'":
        return "strings use double quotes: write \"text\", not 'text'"
    return f"unexpected character {char!r} in an expression"


def _make_token(kind: str, text: str, pos: Pos) -> Token:
    if kind == "name" and text in _WORD_OPS:
        return Token("op", _WORD_OPS[text], pos)
    if kind == "op" and text in _SYMBOL_OPS:
        return Token("op", _SYMBOL_OPS[text], pos)
    return Token(kind, text, pos)


def unquote(token_text: str, pos: Pos) -> str:
    """The value of a double-quoted string literal (escapes \\" \\\\ \\n)."""
    out: list[str] = []
    body = token_text[1:-1]
    index = 0
    while index < len(body):
        char = body[index]
        if char == "\\":
            nxt = body[index + 1 : index + 2]
            if nxt not in _STRING_ESCAPES:
                raise DialogueError(
                    pos.shifted(index + 1), f"unknown escape \\{nxt} in a string"
                )
            out.append(_STRING_ESCAPES[nxt])
            index += 2
            continue
        out.append(char)
        index += 1
    return "".join(out)


# -- parser --------------------------------------------------------------------
_LEVELS: tuple[tuple[str, ...], ...] = (
    ("==", "!="),
    ("<", "<=", ">", ">="),
    ("+", "-"),
    ("*", "/", "%"),
)
_LOGIC = ("and", "or", "xor")
# Deeper nesting than this is refused with a message (never a RecursionError).
MAX_DEPTH = 64
MAX_TOKENS = 257  # 256 tokens and the end marker: long chains nest deep too


class _Parser:
    def __init__(self, tokens: list[Token]) -> None:
        self.tokens = tokens
        self.index = 0
        self.depth = 0

    def deeper(self, token: Token) -> None:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise DialogueError(
                token.pos,
                f"this expression nests deeper than {MAX_DEPTH} levels: simplify it",
            )

    @property
    def peek(self) -> Token:
        return self.tokens[self.index]

    def take(self) -> Token:
        token = self.tokens[self.index]
        self.index += 1
        return token

    def expect_op(self, text: str, message: str) -> Token:
        token = self.peek
        if token.kind != "op" or token.text != text:
            raise DialogueError(token.pos, message)
        return self.take()

    def logic(self) -> Expr:
        left = self.level(0)
        first: Token | None = None
        while self.peek.kind == "op" and self.peek.text in _LOGIC:
            op = self.take()
            if first is not None and op.text != first.text:
                raise DialogueError(
                    op.pos,
                    f"`{first.text}` and `{op.text}` mixed without parentheses: "
                    "add ( ) to say which goes first",
                )
            first = first or op
            canonical = "!=" if op.text == "xor" else op.text
            left = Binary(canonical, left, self.level(0), op.pos)
        return left

    def level(self, depth: int) -> Expr:
        if depth == len(_LEVELS):
            return self.unary()
        left = self.level(depth + 1)
        while self.peek.kind == "op" and self.peek.text in _LEVELS[depth]:
            op = self.take()
            left = Binary(op.text, left, self.level(depth + 1), op.pos)
        return left

    def unary(self) -> Expr:
        token = self.peek
        if token.kind == "op" and token.text in ("-", "not"):
            self.take()
            self.deeper(token)
            inner = Unary(token.text, self.unary(), token.pos)
            self.depth -= 1
            return inner
        return self.atom()

    def atom(self) -> Expr:
        token = self.take()
        if token.kind == "num":
            return Literal(float(token.text), token.pos)
        if token.kind == "str":
            return Literal(unquote(token.text, token.pos), token.pos)
        if token.kind == "var":
            return Var(token.text[1:], token.pos)
        if token.kind == "name":
            return self.name(token)
        if token.kind == "op" and token.text == "(":
            self.deeper(token)
            inner = self.logic()
            self.expect_op(")", "missing `)` to close the `(`")
            self.depth -= 1
            return inner
        raise DialogueError(token.pos, _expected_value(token))

    def name(self, token: Token) -> Expr:
        if token.text in ("true", "false"):
            return Literal(token.text == "true", token.pos)
        if not (self.peek.kind == "op" and self.peek.text == "("):
            raise DialogueError(
                token.pos,
                f"`{token.text}` is not a value: variables start with `$`, "
                'strings need "quotes", functions need (…)',
            )
        self.take()
        self.deeper(token)
        args: list[Expr] = []
        if not (self.peek.kind == "op" and self.peek.text == ")"):
            args.append(self.logic())
            while self.peek.kind == "op" and self.peek.text == ",":
                self.take()
                args.append(self.logic())
        self.expect_op(")", f"missing `)` after the arguments of {token.text}(…)")
        self.depth -= 1
        return Call(token.text, tuple(args), token.pos)


def _expected_value(token: Token) -> str:
    if token.kind == "end":
        return "the expression ends too early: a value is missing here"
    return f"expected a value here, found `{token.text}`"


def parse_expression(text: str, start: Pos) -> Expr:
    """Parse a whole expression; raises DialogueError at the first mistake."""
    tokens = tokenize(text, start)
    if len(tokens) > MAX_TOKENS:
        raise DialogueError(
            start,
            f"this expression is too long ({len(tokens) - 1} parts, at most "
            f"{MAX_TOKENS - 1}): split it with <<set>> into smaller steps",
        )
    parser = _Parser(tokens)
    if parser.peek.kind == "end":
        raise DialogueError(start, "an expression is missing here")
    expr = parser.logic()
    if parser.peek.kind != "end":
        token = parser.peek
        raise DialogueError(
            token.pos, f"unexpected `{token.text}` after the expression"
        )
    return expr
