"""Line text: `Speaker: words {expr} [b]markup[/b] <<if cond>> #line:id #mood:x`.

A small scanner over one line: free text with `{expressions}`, our three
markup tags, at most one trailing condition, then hashtags, then an optional
`//` comment. A backslash escapes the next special character.
"""

from __future__ import annotations

import re

from game.dialogue.errors import DialogueError, Pos
from game.dialogue.expr import Expr, parse_expression
from game.dialogue.model import (
    Condition,
    Interp,
    LineContent,
    Markup,
    Segment,
    TextRun,
)

ESCAPABLE = set("\\{}[]<>#/:")
# `\:` keeps a colon in narration (it never makes a speaker); it is held as
# this private character until the speaker is split off.
_HELD_COLON = "\ue000"
_SPEAKER = re.compile(r"([A-Za-z][A-Za-z0-9_ .'-]{0,30}):\s+")
_HASHTAG = re.compile(r"#([^\s#$<>{}\[\]]+)")
_NUMBER = re.compile(r"[0-9]+(?:\.[0-9]+)?")
# A run of characters that are never special (most of every line): taken whole.
_PLAIN = re.compile(r"[^\\{}\[\]<#/]+")
# The usual line: text with no special character at all, then only hashtags
# (separated by spaces or tabs) to its end. Anything else takes the scanner.
_SIMPLE = re.compile(r"([^\\{}\[\]<#/]*)((?:[ \t]*#[^\s#$<>{}\[\]]+)*)[ \t]*\Z")
_MARKUP_HELP = "use [b]…[/b], [speed=F]…[/speed] or [wait=N/]; write \\[ for a bracket"


class _Scanner:
    """Reads one line's text from `start` (an index into `line`)."""

    def __init__(self, line: str, start: int, pos: Pos) -> None:
        self.line = line
        self.index = start
        self.base = pos.shifted(-pos.col + 1)  # column 1 of this line

    def pos(self, index: int | None = None) -> Pos:
        return self.base.shifted(self.index if index is None else index)

    def error(self, message: str, index: int | None = None) -> DialogueError:
        return DialogueError(self.pos(index), message, self.line)

    def at(self, text: str) -> bool:
        return self.line.startswith(text, self.index)

    def closing(self, opener: int, close: str, what: str) -> int:
        """Index of the `close` that ends the construct opened at `opener`."""
        depth_quote = False
        index = self.index
        while index < len(self.line):
            char = self.line[index]
            if char == '"':
                depth_quote = not depth_quote
            elif char == "\\" and depth_quote:
                index += 1
            elif not depth_quote and self.line.startswith(close, index):
                return index
            index += 1
        raise self.error(f"{what} is never closed: add `{close}`", opener)


def parse_line_content(line: str, start: int, pos: Pos) -> LineContent:
    """Parse the text of a line or option beginning at `line[start]`."""
    scan = _Scanner(line, start, pos)
    simple = _SIMPLE.match(line, start)
    if simple is None:
        segments = _text(scan)
        condition = _condition(scan)
        tags, tag_pos = _hashtags(scan)
    else:  # what the scanner would find, without scanning
        text = simple.group(1).strip()  # _strip_ends of its one run
        segments, condition = [TextRun(text)] if text else [], None
        tags, tag_pos = _tail_tags(scan, simple.start(2), simple.end(2))
    speaker, segments = _split_speaker(segments)
    segments = _release_colons(segments)
    _check_markup_nesting(segments, scan)
    _check_tags(tags, tag_pos, scan)
    if not segments and speaker is None:
        raise scan.error("this line has no text", start)
    return LineContent(speaker, tuple(segments), condition, tags, pos, tag_pos)


def _text(scan: _Scanner) -> list[Segment]:
    segments: list[Segment] = []
    buffer: list[str] = []

    def flush() -> None:
        if buffer:
            segments.append(TextRun("".join(buffer)))
            buffer.clear()

    line, end = scan.line, len(scan.line)
    while scan.index < end:
        plain = _PLAIN.match(line, scan.index)
        if plain is not None:
            buffer.append(plain.group())
            scan.index = plain.end()
            continue
        char = line[scan.index]
        if char == "#" or scan.at("<<") or scan.at("//"):
            break
        if char == "\\":
            buffer.append(_escape(scan))
        elif char in "{[":
            flush()
            segments.append(_interp(scan) if char == "{" else _markup(scan))
        elif char in "}]":
            raise scan.error(f"`{char}` without its opening partner: write \\{char}")
        else:
            buffer.append(char)
            scan.index += 1
    flush()
    return _strip_ends(segments)


def _escape(scan: _Scanner) -> str:
    nxt = scan.line[scan.index + 1 : scan.index + 2]
    if nxt not in ESCAPABLE or not nxt:
        raise scan.error(
            "a backslash escapes one of \\ { } [ ] < > # / : — write \\\\ for itself"
        )
    scan.index += 2
    return _HELD_COLON if nxt == ":" else nxt


def _interp(scan: _Scanner) -> Interp:
    opener = scan.index
    scan.index += 1
    end = scan.closing(opener, "}", "`{`")
    expr = parse_expression(scan.line[opener + 1 : end], scan.pos(opener + 1))
    scan.index = end + 1
    return Interp(expr)


def _markup(scan: _Scanner) -> Markup:
    opener = scan.index
    end = scan.line.find("]", opener)
    if end < 0:
        raise scan.error("`[` is never closed: " + _MARKUP_HELP, opener)
    body = scan.line[opener + 1 : end]
    scan.index = end + 1
    pos = scan.pos(opener)
    if body in ("b", "/b", "/speed"):
        return Markup(body.lstrip("/"), None, body.startswith("/"), pos)
    for kind, self_closing in (("speed", False), ("wait", True)):
        prefix = kind + "="
        if body.startswith(prefix):
            return _valued_markup(scan, kind, body[len(prefix) :], self_closing, pos)
    raise scan.error(f"unknown markup [{body}]: " + _MARKUP_HELP, opener)


def _valued_markup(
    scan: _Scanner, kind: str, raw: str, self_closing: bool, pos: Pos
) -> Markup:
    if self_closing != raw.endswith("/"):
        shape = "[wait=N/] (with the /)" if self_closing else "[speed=F]…[/speed]"
        raise DialogueError(pos, f"write this markup as {shape}", scan.line)
    raw = raw.rstrip("/")
    if not _NUMBER.fullmatch(raw) or (float(raw) <= 0 and kind == "speed"):
        raise DialogueError(pos, f"[{kind}=…] needs a positive number", scan.line)
    return Markup(kind, float(raw), False, pos)


def _condition(scan: _Scanner) -> Condition | None:
    if not scan.at("<<"):
        return None
    opener = scan.index
    scan.index += 2
    end = scan.closing(opener, ">>", "`<<`")
    body = scan.line[opener + 2 : end]
    scan.index = end + 2
    _skip_spaces(scan)
    if scan.at("<<"):
        raise scan.error("a line takes at most one condition: combine them with and")
    return parse_condition(body, scan.pos(opener + 2), scan.line)


def parse_condition(body: str, pos: Pos, line: str) -> Condition:
    """`if e`, `once` or `once if e` (the inside of `<<…>>`)."""
    stripped = body.strip()
    lead = len(body) - len(body.lstrip())
    words = stripped.split(None, 1)
    head = words[0] if words else ""
    rest = words[1] if len(words) > 1 else ""
    rest_pos = pos.shifted(lead + len(stripped) - len(rest))
    if head == "if" and rest:
        return Condition(False, _expr(rest, rest_pos, line), pos)
    if head == "once" and not rest:
        return Condition(True, None, pos)
    if head == "once" and rest.startswith("if "):
        expr_text = rest[3:]
        return Condition(True, _expr(expr_text, rest_pos.shifted(3), line), pos)
    raise DialogueError(
        pos,
        "a line's condition must be <<if …>>, <<once>> or <<once if …>>",
        line,
    )


def _expr(text: str, pos: Pos, line: str) -> Expr:
    try:
        return parse_expression(text, pos)
    except DialogueError as err:
        raise err.with_source(line) from None


def _skip_spaces(scan: _Scanner) -> None:
    while scan.index < len(scan.line) and scan.line[scan.index] in " \t":
        scan.index += 1


def _hashtags(scan: _Scanner) -> tuple[tuple[str, ...], dict[str, Pos]]:
    tags: list[str] = []
    where: dict[str, Pos] = {}
    while True:
        _skip_spaces(scan)
        if scan.index >= len(scan.line) or scan.at("//"):
            return tuple(tags), where
        match = _HASHTAG.match(scan.line, scan.index)
        if match is None:
            raise scan.error(
                "only hashtags (#line:id, #mood:name) may follow a condition or tag"
            )
        tags.append(match.group(1))
        where.setdefault(match.group(1), scan.pos())
        scan.index = match.end()


def _tail_tags(
    scan: _Scanner, start: int, end: int
) -> tuple[tuple[str, ...], dict[str, Pos]]:
    """The hashtags of a `_SIMPLE` line's tail, as `_hashtags` reads them."""
    tags: list[str] = []
    where: dict[str, Pos] = {}
    for match in _HASHTAG.finditer(scan.line, start, end):
        tags.append(match.group(1))
        where.setdefault(match.group(1), scan.pos(match.start()))
    return tuple(tags), where


def _split_speaker(segments: list[Segment]) -> tuple[str | None, list[Segment]]:
    if not segments or not isinstance(segments[0], TextRun):
        return None, segments
    match = _SPEAKER.match(segments[0].text)
    if match is None:
        return None, segments
    rest = segments[0].text[match.end() :]
    tail = ([TextRun(rest)] if rest else []) + segments[1:]
    return match.group(1).strip(), tail


def _release_colons(segments: list[Segment]) -> list[Segment]:
    return [
        TextRun(s.text.replace(_HELD_COLON, ":"))
        if isinstance(s, TextRun) and _HELD_COLON in s.text
        else s
        for s in segments
    ]


def _strip_ends(segments: list[Segment]) -> list[Segment]:
    if segments and isinstance(segments[0], TextRun):
        segments[0] = TextRun(segments[0].text.lstrip())
    if segments and isinstance(segments[-1], TextRun):
        segments[-1] = TextRun(segments[-1].text.rstrip())
    return [s for s in segments if not (isinstance(s, TextRun) and not s.text)]


def _check_markup_nesting(segments: list[Segment], scan: _Scanner) -> None:
    open_tags: list[Markup] = []
    for seg in segments:
        if not isinstance(seg, Markup) or seg.kind == "wait":
            continue
        if not seg.closing:
            open_tags.append(seg)
        elif not open_tags or open_tags[-1].kind != seg.kind:
            raise DialogueError(
                seg.pos, f"[/{seg.kind}] closes nothing here", scan.line
            )
        else:
            open_tags.pop()
    if open_tags:
        tag = open_tags[-1]
        raise DialogueError(
            tag.pos, f"[{tag.kind}] is never closed: add [/{tag.kind}]", scan.line
        )


def _check_tags(tags: tuple[str, ...], where: dict[str, Pos], scan: _Scanner) -> None:
    seen: set[str] = set()
    for tag in tags:
        key = tag.split(":", 1)[0] if ":" in tag else tag
        if key in ("line", "mood") and key in seen:
            raise DialogueError(
                where[tag], f"a second #{key}: tag on one line", scan.line
            )
        if key in ("line", "mood") and not tag[len(key) + 1 :]:
            raise DialogueError(where[tag], f"#{key}: needs a value", scan.line)
        seen.add(key)
