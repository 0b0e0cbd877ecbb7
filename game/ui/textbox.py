"""The dialogue text box's text logic: pages of wrapped lines and a
typewriter over them (no drawing here; the typewriter is pure arithmetic).

Positions are indices into the line's plain text, so the runner's markup
spans (bold, speed, wait) apply directly: `[speed=F]` multiplies the rate,
`[wait=N/]` pauses N seconds when the reveal reaches it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from game.assets.rich_text import Span
from game.dialogue.evaluate import Span as Markup


@dataclass(frozen=True)
class TextLine:
    """One wrapped line: its spans and where it starts in the plain text."""

    spans: tuple[Span, ...]
    start: int

    @property
    def length(self) -> int:
        return sum(len(s.text) for s in self.spans)

    @property
    def end(self) -> int:
        return self.start + self.length


@dataclass(frozen=True)
class Page:
    lines: tuple[TextLine, ...]

    @property
    def start(self) -> int:
        return self.lines[0].start if self.lines else 0

    @property
    def end(self) -> int:
        return self.lines[-1].end if self.lines else 0


def styled(text: str, markup: Sequence[Markup]) -> list[Span]:
    """The text as font spans, bold where the markup says so."""
    bold = [False] * len(text)
    for mark in markup:
        if mark.kind == "b":
            for i in range(mark.start, min(mark.end, len(text))):
                bold[i] = True
    spans: list[Span] = []
    for char, is_bold in zip(text, bold, strict=True):
        if spans and spans[-1].bold == is_bold:
            spans[-1] = Span(spans[-1].text + char, is_bold)
        else:
            spans.append(Span(char, is_bold))
    return spans


def paginate(
    text: str,
    markup: Sequence[Markup],
    wrap: Callable[[list[Span], int], list[list[Span]]],
    width: int,
    lines_per_page: int,
) -> list[Page]:
    """Wrap `text` to `width` and cut it into pages of `lines_per_page`."""
    wrapped = wrap(styled(text, markup), width) if text else []
    lines: list[TextLine] = []
    cursor = 0
    for spans in wrapped:
        plain = "".join(s.text for s in spans)
        found = text.find(plain, cursor) if plain else cursor
        start = found if found >= 0 else cursor
        lines.append(TextLine(tuple(spans), start))
        cursor = start + len(plain)
    if not lines:
        lines = [TextLine((), 0)]
    step = max(lines_per_page, 1)
    return [Page(tuple(lines[i : i + step])) for i in range(0, len(lines), step)]


class Typewriter:
    """Reveals text[start:end] at `cps` characters a second (0 = at once)."""

    def __init__(self, start: int, end: int, cps: float, markup: Sequence[Markup]):
        self.start = start
        self.end = end
        self.cps = cps
        self.markup = tuple(markup)
        self.position = float(start)
        self.pause = 0.0
        self.waited: set[int] = set()
        if cps <= 0:
            self.complete()

    @property
    def shown(self) -> int:
        """Index up to which the text is visible."""
        return min(int(self.position), self.end)

    @property
    def done(self) -> bool:
        return self.shown >= self.end

    def complete(self) -> None:
        self.position = float(self.end)
        self.pause = 0.0

    def rate(self, index: int) -> float:
        factor = 1.0
        for mark in self.markup:
            if mark.kind == "speed" and mark.start <= index < mark.end and mark.value:
                factor *= mark.value
        return self.cps * factor

    def wait_at(self, index: int) -> float:
        return sum(
            m.value or 0.0
            for m in self.markup
            if m.kind == "wait" and m.start == index and index not in self.waited
        )

    def update(self, dt: float) -> int:
        """Advance by `dt` seconds; returns how many characters appeared."""
        before = self.shown
        left = dt
        while left > 0 and not self.done:
            if self.pause > 0:
                used = min(self.pause, left)
                self.pause -= used
                left -= used
                continue
            index = self.shown
            wait = self.wait_at(index)
            if wait > 0 and index > self.start:
                self.waited.add(index)
                self.pause = wait
                continue
            self.waited.add(index)
            need = (index + 1 - self.position) / self.rate(index)
            if need > left:
                self.position += left * self.rate(index)
                left = 0
            else:
                self.position = float(index + 1)
                left -= need
        return self.shown - before


def auto_delay(text_length: int, base: float, per_char: float) -> float:
    """How long auto-advance waits after a fully shown page."""
    return base + per_char * text_length
