"""The .yarn file parser: nodes, their headers, and their body lines.

Contract: `parse_file(source, name)` returns the file's nodes, each with its
`title:` (letters, digits, _), `tags:` and the statements of its body, or
raises a `DialogueError` naming file:line:col with the source line. This
module reads the file level (headers up to `---`, the body up to `===`,
`//` comments, blank lines, indentation by spaces or tabs); the body's statements
are parsed by `syntax_blocks` and its `<<…>>` commands by `syntax_commands`.
Anything the official Yarn Spinner compiler might read differently is
refused with a message.
"""

from __future__ import annotations

import re

from game.dialogue.errors import DialogueError, Pos
from game.dialogue.model import Node, YarnFile
from game.dialogue.syntax_blocks import BodyParser
from game.dialogue.syntax_commands import TITLE, BodyLine

_HEADER = re.compile(r"([A-Za-z_][A-Za-z0-9_]*)\s*:(.*)")
# Headers the Yarn Spinner editor writes itself (graph position, colour).
IGNORED_HEADERS = {"position", "color", "colorID", "colour"}


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
        body = BodyParser(body_lines, self.name).top_level()
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

    def body_lines(self) -> list[BodyLine]:
        out: list[BodyLine] = []
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
            indent = _indent(raw, self.name, number)
            out.append(
                BodyLine(number, indent, raw[indent:].rstrip(), raw, blank, self.name)
            )
            blank = False
        raise DialogueError(
            self.pos(len(self.lines)), "the file ends inside a node: add `===`"
        )


def _indent(raw: str, name: str, number: int) -> int:
    """The indentation's width in characters: spaces or tabs (as Yarn
    Spinner 2.x allows), but not both on one line (their widths differ
    between editors)."""
    width = len(raw) - len(raw.lstrip(" \t"))
    lead = raw[:width]
    if " " in lead and "\t" in lead:
        raise DialogueError(
            Pos(name, number, 1),
            "this line's indentation mixes tabs and spaces: use one kind",
        )
    return width
