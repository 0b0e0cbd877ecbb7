"""Give every line and option a stable `#line:` id, in the source text.

`add_line_ids(texts, write)` takes .yarn sources by name and returns the new
text of each file in `write` that lacked ids. Only the lines that lacked one
change (` #line:ID` goes after the condition and hashtags, before a `//`
comment); every other byte stays as it was, and an id once given never
changes. New ids continue the file's own numbering (`ep1_0397` after
`ep1_0396`); a file with none yet takes its folder's name (`ep2_0001`). The
same input always gives the same ids. Duplicate ids or a file that does not
parse are refused with LineIdError, before anything is written.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import PurePosixPath

from game.dialogue.errors import DialogueError
from game.dialogue.line_source import bounds
from game.dialogue.model import (
    LineContent,
    LineStmt,
    OptionGroup,
    YarnFile,
    walk_statements,
)
from game.dialogue.syntax import parse_file

_NUMBERED = re.compile(r"(.*?)(\d+)$")
_UNSAFE = re.compile(r"[^A-Za-z0-9_]")
DEFAULT_WIDTH = 4


class LineIdError(ValueError):
    """Why ids cannot be added (each problem as `file:line: message`)."""


@dataclass(frozen=True)
class _Scheme:
    prefix: str
    width: int


def line_contents(yarn_file: YarnFile) -> Iterator[LineContent]:
    """Every line and option of the file's run nodes, in source order."""
    for node in yarn_file.nodes:
        if node.is_declarations:
            continue
        for stmt in walk_statements(node.body):
            if isinstance(stmt, LineStmt):
                yield stmt.content
            elif isinstance(stmt, OptionGroup):
                yield from (option.content for option in stmt.options)


def parse_all(texts: dict[str, str]) -> dict[str, YarnFile]:
    """Every text parsed; LineIdError naming each file that does not parse."""
    parsed: dict[str, YarnFile] = {}
    problems: list[str] = []
    for name, text in texts.items():
        try:
            parsed[name] = parse_file(text, name)
        except DialogueError as err:
            problems.append(err.format().splitlines()[0])
    if problems:
        raise LineIdError("\n".join(problems))
    return parsed


def duplicate_ids(files: dict[str, YarnFile]) -> list[str]:
    """`file:line: …` for each id used a second time."""
    first: dict[str, str] = {}
    problems: list[str] = []
    for yarn_file in files.values():
        for content in line_contents(yarn_file):
            line_id = content.line_id
            if line_id is None:
                continue
            here = f"{content.pos.file}:{content.pos.line}"
            if line_id in first:
                problems.append(
                    f"{here}: #line:{line_id} is used again (first at "
                    f"{first[line_id]}); give one of them a new id"
                )
            else:
                first.setdefault(line_id, here)
    return problems


def _scheme(yarn_file: YarnFile) -> _Scheme:
    """The file's own id numbering, or its folder's name when it has none."""
    shapes: Counter[tuple[str, int]] = Counter()
    for content in line_contents(yarn_file):
        match = _NUMBERED.fullmatch(content.line_id or "")
        if match is not None:
            shapes[(match.group(1), len(match.group(2)))] += 1
    if shapes:
        prefix, width = shapes.most_common(1)[0][0]
        return _Scheme(prefix, width)
    path = PurePosixPath(yarn_file.name)
    base = path.parent.name or path.stem
    return _Scheme(_UNSAFE.sub("_", base) + "_", DEFAULT_WIDTH)


def _numbers(used: set[str], prefix: str) -> Iterator[int]:
    """Numbers after the highest one `prefix` has used, that make a free id."""
    taken = [
        int(tail)
        for line_id in used
        if line_id.startswith(prefix) and (tail := line_id[len(prefix) :]).isdigit()
    ]
    number = max(taken, default=0)
    while True:
        number += 1
        yield number


def _with_id(raw: str, col: int, line_id: str) -> str:
    """`raw` (one source line, its line ending kept) with ` #line:ID` added."""
    body = raw.rstrip("\r\n")
    ending = raw[len(body) :]
    cut = bounds(body, col - 1).comment
    head = body[:cut].rstrip()
    return f"{head} #line:{line_id}{body[len(head) : cut]}{body[cut:]}{ending}"


def _fill(text: str, yarn_file: YarnFile, used: set[str]) -> tuple[str, list[str]]:
    """The file's text with ids added to the lines that lack one; the ids."""
    missing = [c for c in line_contents(yarn_file) if c.line_id is None]
    if not missing:
        return text, []
    scheme = _scheme(yarn_file)
    numbers = _numbers(used, scheme.prefix)
    lines = text.splitlines(keepends=True)
    given: list[str] = []
    for content in missing:
        line_id = f"{scheme.prefix}{next(numbers):0{scheme.width}d}"
        while line_id in used:
            line_id = f"{scheme.prefix}{next(numbers):0{scheme.width}d}"
        used.add(line_id)
        given.append(line_id)
        index = content.pos.line - 1
        lines[index] = _with_id(lines[index], content.pos.col, line_id)
    return "".join(lines), given


def _verify(name: str, text: str, given: list[str]) -> None:
    """The new text parses and holds every id given (else LineIdError)."""
    found = {c.line_id for c in line_contents(parse_all({name: text})[name])}
    lost = [line_id for line_id in given if line_id not in found]
    if lost or None in found:
        raise LineIdError(f"{name}: could not add #line: ids safely; add them by hand")


def add_line_ids(texts: dict[str, str], write: set[str]) -> dict[str, str]:
    """New texts for the files named in `write` that lacked ids (see the
    module docstring); `texts` holds every file whose ids must stay unique."""
    files = parse_all(texts)
    problems = duplicate_ids(files)
    if problems:
        raise LineIdError("\n".join(problems))
    used = {c.line_id for f in files.values() for c in line_contents(f) if c.line_id}
    changed: dict[str, str] = {}
    for name in sorted(write):
        new_text, given = _fill(texts[name], files[name], used)
        if given:
            _verify(name, new_text, given)
            changed[name] = new_text
    return changed
