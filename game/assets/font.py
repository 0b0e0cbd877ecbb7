"""Bitmap pixel font: metrics, word wrap, rich-text spans and cached rendering.

Metrics and wrapping are pure (no pygame needed): they read
assets/fonts/<weight>.json. Drawing loads assets/fonts/<weight>.png, a white
glyph sheet; load fonts after the display mode is set so sheets are converted.

A text position is the top-left of its first line cell. Each line is
`line_height` (12) px tall; capitals occupy rows 3..9 of the cell, so
`y = centre_y - line_height // 2` centres a line of capitals on `centre_y`.

Rich text markup: `[b]bold[/b]`, `[c=NAME]coloured[/c]` (NAME a palette
colour), nestable; `[[` is a literal `[`.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, TypeVar

import pygame

from game.art.palette import Palette, load_palette
from game.assets.files import load_image
from game.assets.text_style import TextStyle, text_style_config
from game.core.paths import assets_dir

Colour = str | tuple[int, int, int]
Align = Literal["left", "center", "right"]
CACHE_LIMIT = 1024

StyledChar = tuple[str, bool, str | None]
"""One character of rich text: (char, bold, colour name or None)."""
Atom = TypeVar("Atom", str, StyledChar)
"""What word wrap works on: plain characters or styled ones."""
K = TypeVar("K")
RGB = tuple[int, int, int]


class RichTextError(ValueError):
    """Markup that cannot be read; the message names the column and the fix."""


@dataclass(frozen=True)
class Glyph:
    x: int
    y: int
    width: int
    advance: int


@dataclass(frozen=True)
class Span:
    """A run of text in one style; `colour` None means the caller's colour."""

    text: str
    bold: bool = False
    colour: str | None = None


@dataclass(frozen=True)
class FontMetrics:
    """Per-character advances and the sheet layout of one weight (pure)."""

    glyphs: dict[int, Glyph]
    line_height: int
    baseline: int
    cell_height: int
    fallback: int

    @classmethod
    def load(cls, path: Path) -> FontMetrics:
        data = json.loads(path.read_text(encoding="utf-8"))
        glyphs = {int(k): Glyph(*v) for k, v in data["glyphs"].items()}
        return cls(
            glyphs,
            data["line_height"],
            data["baseline"],
            data["cell_height"],
            data["fallback"],
        )

    def glyph(self, char: str) -> Glyph:
        """The glyph for `char`; tabs draw as a space, unknowns as the fallback."""
        code = 32 if char == "\t" else ord(char)
        return self.glyphs.get(code) or self.glyphs[self.fallback]

    def line_width(self, text: str) -> int:
        """Pixel width of one line (no trailing letter gap)."""
        if not text:
            return 0
        return sum(self.glyph(c).advance for c in text) - 1

    def measure(self, text: str) -> tuple[int, int]:
        lines = text.split("\n")
        return max(self.line_width(line) for line in lines), len(
            lines
        ) * self.line_height

    def wrap(self, text: str, width: int) -> list[str]:
        """Lines no wider than `width`: break at spaces, split over-long words,
        keep '\\n' breaks. Runs of spaces between words collapse to one."""
        lines: list[str] = []
        for paragraph in text.split("\n"):
            for atoms in wrap_atoms(
                list(paragraph), width, lambda c: self.glyph(c).advance
            ):
                lines.append("".join(atoms))
        return lines


def wrap_atoms(
    atoms: list[Atom], width: int, advance: Callable[[Atom], int]
) -> list[list[Atom]]:
    """Greedy word wrap of one paragraph of atoms (chars or styled chars).

    An atom whose text is a space separates words. A word wider than
    `width` is split so that every line fits; a line always gets at least
    one atom, so a `width` below one glyph still terminates.
    """
    words = _split_words(atoms)
    lines: list[list[Atom]] = []
    line: list[Atom] = []
    line_w = -1  # width of the line so far plus its trailing 1 px gap, minus 1
    for space, word in words:
        word_w = sum(advance(a) for a in word)
        # only the first word has no space before it, and it starts a line
        gap = advance(space) if line and space is not None else 0
        if line and space is not None and line_w + gap + word_w <= width:
            line.append(space)
            line.extend(word)
            line_w += gap + word_w
            continue
        if line:
            lines.append(line)
        line, line_w = [], -1
        for atom in word:
            step = advance(atom)
            if line and line_w + step > width:
                lines.append(line)
                line, line_w = [], -1
            line.append(atom)
            line_w += step
    lines.append(line)
    return lines


def _text_of(atom: Atom) -> str:
    return atom if isinstance(atom, str) else atom[0]


def _split_words(atoms: list[Atom]) -> list[tuple[Atom | None, list[Atom]]]:
    """(separating space atom, word atoms) pairs; empty words are dropped.
    The first word has no separating space (None)."""
    words: list[tuple[Atom | None, list[Atom]]] = []
    space: Atom | None = None
    word: list[Atom] = []
    for atom in atoms:
        if _text_of(atom) == " ":
            if word:
                words.append((space, word))
            word, space = [], atom
        else:
            word.append(atom)
    if word:
        words.append((space, word))
    return words


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


class _Cache(dict[K, pygame.Surface]):
    """A dict that forgets its oldest entries beyond CACHE_LIMIT."""

    def put(self, key: K, value: pygame.Surface) -> pygame.Surface:
        if len(self) >= CACHE_LIMIT:
            del self[next(iter(self))]
        self[key] = value
        return value


class BitmapFont:
    """One weight of the pixel font, drawing with cached recoloured sheets."""

    def __init__(self, metrics: FontMetrics, sheet: pygame.Surface, palette: Palette):
        self.metrics = metrics
        self.style = TextStyle()
        self._sheet = sheet
        self._palette = palette
        self._mask = pygame.mask.from_surface(sheet)
        self._sheets: dict[RGB, pygame.Surface] = {}
        self._renders: _Cache[tuple[str, RGB]] = _Cache()

    @classmethod
    def load(
        cls,
        weight: str = "regular",
        palette: Palette | None = None,
        folder: Path | None = None,
    ) -> BitmapFont:
        folder = folder or assets_dir() / "fonts"
        metrics = FontMetrics.load(folder / f"{weight}.json")
        sheet = load_image(folder / f"{weight}.png")
        return cls(metrics, sheet, palette or load_palette())

    def rgb(self, colour: Colour) -> RGB:
        """A palette name or an RGB tuple as an RGB tuple."""
        return self._palette.rgb(colour) if isinstance(colour, str) else colour

    @property
    def line_height(self) -> int:
        return self.metrics.line_height * self.style.scale

    def measure(self, text: str) -> tuple[int, int]:
        width, height = self.metrics.measure(text)
        return width * self.style.scale, height * self.style.scale

    def wrap(self, text: str, width: int) -> list[str]:
        return self.metrics.wrap(text, width // self.style.scale)

    def finish(self, line: pygame.Surface) -> pygame.Surface:
        """A 1x line image in the player's text size and contrast."""
        shadow = self._palette.rgb(text_style_config()["contrast"]["shadow"])
        return self.style.finish(line, shadow)

    def sheet(self, colour: Colour) -> pygame.Surface:
        """The glyph sheet in `colour` (made once per colour)."""
        rgb = self.style.colour(self.rgb(colour))
        sheet = self._sheets.get(rgb)
        if sheet is None:
            sheet = self._mask.to_surface(setcolor=(*rgb, 255), unsetcolor=(0, 0, 0, 0))
            if pygame.display.get_surface() is not None:
                sheet = sheet.convert_alpha()
            self._sheets[rgb] = sheet
        return sheet

    def blit_line(
        self, target: pygame.Surface, text: str, x: int, y: int, colour: Colour
    ) -> int:
        """Draw one line glyph by glyph (uncached); return the x after it."""
        sheet, height = self.sheet(colour), self.metrics.cell_height
        for char in text:
            g = self.metrics.glyph(char)
            target.blit(sheet, (x, y), (g.x, g.y, g.width, height))
            x += g.advance
        return x

    def render(self, text: str, colour: Colour) -> pygame.Surface:
        """`text` (lines split at '\\n', left-aligned) on transparency; cached."""
        key = (text, self.rgb(colour))
        cached = self._renders.get(key)
        if cached is not None:
            return cached
        w, h = self.metrics.measure(text)
        surface = pygame.Surface((max(w, 1), h), pygame.SRCALPHA)
        for row, line in enumerate(text.split("\n")):
            self.blit_line(surface, line, 0, row * self.metrics.line_height, colour)
        return self._renders.put(key, self.finish(surface))

    def draw(
        self,
        surface: pygame.Surface,
        text: str,
        pos: tuple[int, int],
        colour: Colour,
        align: Align = "left",
    ) -> pygame.Rect:
        """Draw `text` with each line aligned on pos[0] (its left, centre or
        right); pos[1] is the top. Returns the area covered."""
        x, y = pos
        area = pygame.Rect(x, y, 0, 0)
        for row, line in enumerate(text.split("\n")):
            image = self.render(line, colour)
            left = _aligned(x, image.get_width() if line else 0, align)
            area.union_ip(surface.blit(image, (left, y + row * self.line_height)))
        return area


def _aligned(x: int, width: int, align: Align) -> int:
    if align == "center":
        return x - width // 2
    if align == "right":
        return x - width
    return x


@dataclass
class Fonts:
    """The two weights, plus rich text that mixes them."""

    regular: BitmapFont
    bold: BitmapFont

    def __post_init__(self) -> None:
        self._renders: _Cache[tuple[tuple[Span, ...], RGB]] = _Cache()

    @property
    def line_height(self) -> int:
        return self.regular.line_height

    def weight(self, bold: bool) -> BitmapFont:
        return self.bold if bold else self.regular

    def set_style(self, style: TextStyle) -> None:
        """Draw every later line in `style` (text size, high contrast)."""
        for font in (self.regular, self.bold):
            font.style = style
            font._sheets.clear()
            font._renders.clear()
        self._renders.clear()

    def _advance(self, atom: StyledChar) -> int:
        return self.weight(atom[1]).metrics.glyph(atom[0]).advance

    def spans(self, rich: str | Sequence[Span]) -> list[Span]:
        """Markup parsed (colour names checked), or spans passed through."""
        if isinstance(rich, str):
            return parse_rich(rich, self.regular._palette)
        return list(rich)

    def measure_rich(self, rich: str | Sequence[Span]) -> tuple[int, int]:
        """Size of one line of rich text."""
        atoms = _atoms(self.spans(rich))
        width = sum(self._advance(a) for a in atoms) - 1 if atoms else 0
        return width * self.regular.style.scale, self.line_height

    def wrap_rich(self, rich: str | Sequence[Span], width: int) -> list[list[Span]]:
        """Rich text as lines of spans no wider than `width`; styles carry
        across line breaks; '\\n' forces a break."""
        lines: list[list[Span]] = []
        paragraph: list[StyledChar] = []
        width //= self.regular.style.scale
        for atom in [*_atoms(self.spans(rich)), ("\n", False, None)]:
            if atom[0] != "\n":
                paragraph.append(atom)
                continue
            for line in wrap_atoms(paragraph, width, self._advance):
                lines.append(_merge(line))
            paragraph = []
        return lines

    def render_rich(
        self, line: Sequence[Span], colour: Colour, max_chars: int | None = None
    ) -> pygame.Surface:
        """One line of spans; at most `max_chars` characters (typewriter)."""
        spans = tuple(_clip(line, max_chars))
        key = (spans, self.regular.rgb(colour))
        cached = self._renders.get(key)
        if cached is not None:
            return cached
        scale = self.regular.style.scale
        width, height = self.measure_rich(spans)
        surface = pygame.Surface(
            (max(width // scale, 1), height // scale), pygame.SRCALPHA
        )
        x = 0
        for span in spans:
            font = self.weight(span.bold)
            x = font.blit_line(surface, span.text, x, 0, span.colour or colour)
        return self._renders.put(key, self.regular.finish(surface))

    def draw_rich(
        self,
        surface: pygame.Surface,
        line: Sequence[Span],
        pos: tuple[int, int],
        colour: Colour,
        align: Align = "left",
        max_chars: int | None = None,
    ) -> pygame.Rect:
        """Draw one line of spans aligned like BitmapFont.draw."""
        image = self.render_rich(line, colour, max_chars)
        width = self.measure_rich(_clip(line, max_chars))[0]
        return surface.blit(image, (_aligned(pos[0], width, align), pos[1]))


def _atoms(spans: Sequence[Span]) -> list[StyledChar]:
    return [(c, s.bold, s.colour) for s in spans for c in s.text]


def _merge(atoms: list[StyledChar]) -> list[Span]:
    """Join neighbouring atoms of the same style into spans."""
    spans: list[Span] = []
    for char, bold, colour in atoms:
        if spans and (spans[-1].bold, spans[-1].colour) == (bold, colour):
            spans[-1] = Span(spans[-1].text + char, bold, colour)
        else:
            spans.append(Span(char, bold, colour))
    return spans


def _clip(line: Sequence[Span], max_chars: int | None) -> list[Span]:
    if max_chars is None:
        return list(line)
    out, left = [], max_chars
    for span in line:
        if left <= 0:
            break
        out.append(Span(span.text[:left], span.bold, span.colour))
        left -= len(span.text)
    return out


def load_fonts(palette: Palette | None = None, folder: Path | None = None) -> Fonts:
    """Both weights from assets/fonts (call after pygame.display.set_mode)."""
    palette = palette or load_palette()
    return Fonts(
        BitmapFont.load("regular", palette, folder),
        BitmapFont.load("bold", palette, folder),
    )
