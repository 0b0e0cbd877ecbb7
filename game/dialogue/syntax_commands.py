"""One `<<…>>` line of a node body, and the body line it sits on.

Contract: a `BodyLine` is one non-blank, non-comment line of a node body with
its indentation and position. `keyword(line)` names the command a line
starts with; `command_inner` and `split_word` cut a `<<…>>` line into its
words; `simple_command` parses every command that is not a block
(`<<set>>`, `<<declare>>`, `<<jump>>`, `<<detour>>`, `<<return>>`,
`<<stop>>` and game commands with their arguments) into a statement.
Anything the official Yarn Spinner compiler might read differently raises a
`DialogueError` at the offending column.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from game.dialogue.errors import DialogueError, Pos
from game.dialogue.expr import Binary, Expr, Literal, Unary, Var, parse_expression
from game.dialogue.model import (
    Arg,
    CommandStmt,
    DeclareStmt,
    JumpStmt,
    ReturnStmt,
    SetStmt,
    Stmt,
    StopStmt,
)

TITLE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_KEYWORD = re.compile(r"<<\s*([A-Za-z_]+)")
BLOCK_ENDS = ("elseif", "else", "endif", "endonce")
_FLOW = ("jump", "detour")
# Words writers coming from Yarn Spinner or other languages try: the hint.
NEAR_MISSES = {
    "elif": "<<elseif …>>",
    "elsif": "<<elseif …>>",
    "else_if": "<<elseif …>>",
    "end_if": "<<endif>>",
    "fi": "<<endif>>",
    "end_once": "<<endonce>>",
    "goto": "<<jump Node>>",
    "var": "<<declare $name = value>>",
}


@dataclass
class BodyLine:
    number: int  # 1-based
    indent: int
    text: str  # without indentation
    raw: str
    blank_before: bool
    file: str

    def pos(self, offset: int = 0) -> Pos:
        return Pos(self.file, self.number, self.indent + offset + 1)


def keyword(line: BodyLine) -> str | None:
    """The first word inside `<<…>>` at the start of the line, else None."""
    if not line.text.startswith("<<"):
        return None
    match = _KEYWORD.match(line.text)
    return match.group(1) if match else None


def stray_message(word: str | None) -> str:
    opener = "<<once>>" if word == "endonce" else "<<if>>"
    return f"<<{word}>> without {opener}"


def command_inner(line: BodyLine) -> tuple[str, int]:
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
    """Where the `>>` closing the command at the start of `text` is (-1 if
    none); a `>>` inside a "string" does not close it."""
    if '"' not in text:
        return text.find(">>", 2)
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


def split_word(text: str, col: int) -> tuple[str, str, int]:
    """(first word, the rest stripped, offset of the rest)."""
    lead = len(text) - len(text.lstrip())
    stripped = text.strip()
    match = re.match(r"\S+", stripped)
    word = match.group() if match else ""
    rest_raw = stripped[len(word) :]
    rest = rest_raw.strip()
    rest_col = col + lead + len(word) + (len(rest_raw) - len(rest_raw.lstrip()))
    return word, rest, rest_col


def expression(text: str, line: BodyLine, col: int) -> Expr:
    if not text:
        raise DialogueError(line.pos(col), "an expression is missing here")
    return parse_expression(text, line.pos(col))


def near_miss(word: str, rest: str) -> str | None:
    """A "did you mean" for a command word we do not accept, else None."""
    if word == "end" and rest in ("if", "once"):
        return f"<<end{rest}>>"
    if word == "else" and rest.split()[:1] == ["if"]:
        return "<<elseif …>>"
    return NEAR_MISSES.get(word)


def simple_command(line: BodyLine, word: str, rest: str, col: int, pos: Pos) -> Stmt:
    hint = near_miss(word, rest)
    if hint is not None:
        raise DialogueError(pos, f"<<{word}>> is not a command: did you mean {hint}?")
    if word in BLOCK_ENDS:
        raise DialogueError(pos, stray_message(word))
    if word == "set":
        return _set(line, rest, col)
    if word == "declare":
        return _declare(line, rest, col)
    if word in _FLOW:
        return _flow(line, word, rest, col, pos)
    if word in ("return", "stop"):
        if rest:
            raise DialogueError(line.pos(col), f"<<{word}>> takes nothing after it")
        return ReturnStmt(pos) if word == "return" else StopStmt(pos)
    if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", word):
        raise DialogueError(
            line.pos(2), "a command starts with its name, e.g. <<wait 1>>"
        )
    return CommandStmt(word, _command_args(line, rest, col), pos)


_QUOTED_TITLE = re.compile(r'\{\s*"([^"\\{}]*)"\s*\}')


def _flow(line: BodyLine, word: str, rest: str, col: int, pos: Pos) -> JumpStmt:
    """<<jump Node>> or <<detour Node>>: a literal node name (Yarn's
    constant `{"Node"}` is the same)."""
    quoted = _QUOTED_TITLE.fullmatch(rest)
    if quoted and TITLE.fullmatch(quoted.group(1)):
        return JumpStmt(word, quoted.group(1), pos, line.pos(col + rest.index('"') + 1))
    if rest.startswith("{"):
        raise DialogueError(
            line.pos(col),
            f"<<{word}>> takes a literal node name here, not an expression: "
            f"did you mean <<{word} NodeName>>?",
        )
    if not TITLE.fullmatch(rest):
        raise DialogueError(
            line.pos(col), f"<<{word}>> needs a node name (letters, digits, _)"
        )
    return JumpStmt(word, rest, pos, line.pos(col))


_SET = re.compile(r"(\$[A-Za-z_][A-Za-z0-9_]*)\s*(=|to\b|\+=|-=|\*=|/=|%=)\s*")


def _set(line: BodyLine, rest: str, col: int) -> SetStmt:
    """`<<set $x = e>>` (or `to`, `+=`, `-=`); Yarn's `*=`, `/=`, `%=` read
    as `$x = $x * (e)` and so on."""
    match = _SET.match(rest)
    if match is None:
        raise DialogueError(
            line.pos(col), "write <<set $name = value>> (or +=, -=, *=, /=, %=)"
        )
    op = "=" if match.group(2) == "to" else match.group(2)
    expr = expression(rest[match.end() :], line, col + match.end())
    name, var_pos = match.group(1)[1:], line.pos(col)
    if op in ("*=", "/=", "%="):
        expr = Binary(op[0], Var(name, var_pos), expr, expr.pos)
        op = "="
    return SetStmt(name, op, expr, line.pos(), var_pos)


def _declare(line: BodyLine, rest: str, col: int) -> DeclareStmt:
    match = re.match(r"(\$[A-Za-z_][A-Za-z0-9_]*)\s*(=|to\b)\s*", rest)
    if match is None:
        raise DialogueError(line.pos(col), "write <<declare $name = value>>")
    value_text = rest[match.end() :]
    type_match = re.search(r"\s+as\s+(string|number|bool)\s*$", value_text)
    if type_match:
        value_text = value_text[: type_match.start()]
    expr = expression(value_text, line, col + match.end())
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
_BRACED = re.compile(r"\{([^{}]*)\}")


def braced_parts(text: str, pos: Pos) -> list[tuple[str, Expr]]:
    """Each `{expression}` inside a quoted argument's text, with its parsed
    expression (`pos`: the opening quote). Raises DialogueError."""
    found = []
    for match in _BRACED.finditer(text):
        inner = pos.shifted(match.start() + 2)
        found.append((match.group(), parse_expression(match.group(1), inner)))
    return found


def _command_args(line: BodyLine, rest: str, col: int) -> list[Arg]:
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
        return Arg(token, parse_expression(token[1:-1], pos.shifted(1)), pos)
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
