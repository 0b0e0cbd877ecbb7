"""Rich-text markup read into styled spans (pure; no pygame).

Markup: `[b]bold[/b]`, `[c=NAME]coloured[/c]` (NAME a palette colour),
nestable; `[[` is a literal `[`. A `Span` is a run of one style; a
`StyledChar` is one character of it, the unit that word wrap and the
typewriter clip work on.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from game.art.palette import Palette

StyledChar = tuple[str, bool, str | None]
"""One character of rich text: (char, bold, colour name or None)."""


class RichTextError(ValueError):
    """Markup that cannot be read; the message names the column and the fix."""


@dataclass(frozen=True)
class Span:
    """A run of text in one style; `colour` None means the caller's colour."""

    text: str
    bold: bool = False
    colour: str | None = None


def parse_rich(markup: str, palette: Palette | None = None) -> list[Span]:
    """Spans of `markup`; colour names are checked when `palette` is given."""
    spans: list[Span] = []
    stack: list[str] = []
    bold = 0
    colours: list[str] = []
    text: list[str] = []
    i = 0
    while i < len(markup):
        if markup.startswith("[[", i):
            text.append("[")
            i += 2
            continue
        if markup[i] != "[":
            text.append(markup[i])
            i += 1
            continue
        end = markup.find("]", i)
        if end < 0:
            raise RichTextError(
                f"col {i + 1}: '[' is never closed; write '[[' for a '['"
            )
        tag = markup[i + 1 : end]
        if text:
            spans.append(
                Span("".join(text), bold > 0, colours[-1] if colours else None)
            )
            text = []
        bold += _apply_tag(tag, i + 1, stack, colours, palette)
        i = end + 1
    if stack:
        raise RichTextError(f"[{stack[-1]}] is never closed; add [/{stack[-1][0]}]")
    if text:
        spans.append(Span("".join(text), bold > 0, colours[-1] if colours else None))
    return spans


def _apply_tag(
    tag: str, col: int, stack: list[str], colours: list[str], palette: Palette | None
) -> int:
    """Open or close one tag; returns the change in bold depth."""
    if tag == "b":
        stack.append("b")
        return 1
    if tag.startswith("c="):
        name = tag[2:]
        if palette is not None and name not in palette.names:
            raise RichTextError(f"col {col}: {name!r} is not a palette colour name")
        stack.append(tag)
        colours.append(name)
        return 0
    if tag in ("/b", "/c"):
        if not stack or stack[-1][0] != tag[1]:
            raise RichTextError(f"col {col}: [{tag}] closes nothing open here")
        stack.pop()
        if tag == "/c":
            colours.pop()
            return 0
        return -1
    raise RichTextError(
        f"col {col}: unknown tag [{tag}]; use [b], [c=NAME], [/b], [/c]"
    )


def span_chars(spans: Sequence[Span]) -> list[StyledChar]:
    return [(c, s.bold, s.colour) for s in spans for c in s.text]


def merge_chars(atoms: list[StyledChar]) -> list[Span]:
    """Join neighbouring atoms of the same style into spans."""
    spans: list[Span] = []
    for char, bold, colour in atoms:
        if spans and (spans[-1].bold, spans[-1].colour) == (bold, colour):
            spans[-1] = Span(spans[-1].text + char, bold, colour)
        else:
            spans.append(Span(char, bold, colour))
    return spans


def clip_spans(line: Sequence[Span], max_chars: int | None) -> list[Span]:
    if max_chars is None:
        return list(line)
    out, left = [], max_chars
    for span in line:
        if left <= 0:
            break
        out.append(Span(span.text[:left], span.bold, span.colour))
        left -= len(span.text)
    return out


def escape(text: str) -> str:
    """Plain text for the rich-text parser (`[[` is a literal `[`)."""
    return text.replace("[", "[[")
