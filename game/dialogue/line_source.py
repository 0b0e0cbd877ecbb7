"""Where things sit in a line's source text: its words, its placeholders, its
trailing `// comment`.

The line parser (`game.dialogue.text`) turns a line into segments and keeps
no source spans; the string-table and `#line:` tools need the source as
written (markup and `{$var}` untouched), so this scans it the same way: a
backslash escapes the next character, `{…}` (quote-aware) and `[…]` are
skipped whole, and the words end at the first `<<`, `#` or `//` outside them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_SPEAKER = re.compile(r"([A-Za-z][A-Za-z0-9_ .'-]{0,30}):\s+")
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class Bounds:
    """Indices into a source line: `words` end where the condition/hashtags
    begin, `comment` where a trailing `//` comment begins (len(line) if none)."""

    words: int
    comment: int


def _skip_interp(line: str, index: int) -> int:
    """The index after the `}` closing the `{` at `index` (len(line) if none)."""
    quoted = False
    index += 1
    while index < len(line):
        char = line[index]
        if char == '"':
            quoted = not quoted
        elif char == "\\" and quoted:
            index += 1
        elif char == "}" and not quoted:
            return index + 1
        index += 1
    return len(line)


def _skip_condition(line: str, index: int) -> int:
    """The index after the `>>` closing the `<<` at `index` (quote-aware)."""
    quoted = False
    index += 2
    while index < len(line):
        if line[index] == '"':
            quoted = not quoted
        elif line[index] == "\\" and quoted:
            index += 1
        elif not quoted and line.startswith(">>", index):
            return index + 2
        index += 1
    return len(line)


def _skip(line: str, index: int) -> int | None:
    """The index after an escape, `{…}` or `[…]` starting at `index`, else None."""
    char = line[index]
    if char == "\\":
        return index + 2
    if char == "{":
        return _skip_interp(line, index)
    if char == "[":
        end = line.find("]", index)
        return len(line) if end < 0 else end + 1
    return None


def words_end(line: str, start: int = 0) -> int:
    """Where the words beginning at `line[start]` end: the first `<<`, `#` or
    `//` outside escapes, `{…}` and `[…]` (len(line) if none)."""
    index = start
    while index < len(line):
        skipped = _skip(line, index)
        if skipped is not None:
            index = skipped
        elif line[index] == "#" or line.startswith(("<<", "//"), index):
            return index
        else:
            index += 1
    return len(line)


def bounds(line: str, start: int = 0) -> Bounds:
    """The words' end and the trailing comment's start of the line content
    beginning at `line[start]`."""
    words = words_end(line, start)
    index = words
    while index < len(line):
        if line.startswith("//", index):
            return Bounds(words, index)
        at_condition = line.startswith("<<", index)
        index = _skip_condition(line, index) if at_condition else index + 1
    return Bounds(words, len(line))


def source_words(line: str, start: int, speaker: str | None) -> str:
    """The line's words as written (escapes, markup and `{…}` kept), without
    the `Speaker: ` prefix the parser found (`speaker`)."""
    words = line[start : words_end(line, start)].strip()
    if speaker is not None:
        match = _SPEAKER.match(words)
        if match is not None and match.group(1).strip() == speaker:
            words = words[match.end() :]
    return words


def placeholders(words: str) -> list[str]:
    """Every `{…}` and `[…]` in `words`, inner spaces squeezed, sorted: two
    texts must have the same ones to say the same thing in another language."""
    found: list[str] = []
    index = 0
    while index < len(words):
        skipped = _skip(words, index)
        if skipped is None:
            index += 1
            continue
        if words[index] != "\\":
            found.append(_SPACES.sub("", words[index:skipped]))
        index = skipped
    return sorted(found)
