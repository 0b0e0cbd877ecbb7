"""Bitmap pixel font drawing: cached recoloured glyph sheets, rich text.

Drawing loads assets/fonts/<weight>.png, a white glyph sheet; load fonts
after the display mode is set so sheets are converted. Metrics and wrapping
live in `font_metrics`, markup in `rich_text` (both pure).

A text position is the top-left of its first line cell. Each line is
`line_height` (12) px tall; capitals occupy rows 3..9 of the cell, so
`y = centre_y - line_height // 2` centres a line of capitals on `centre_y`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, TypeVar

import pygame

from game.art.palette import Palette, load_palette
from game.assets.files import load_image
from game.assets.font_metrics import FontMetrics, wrap_atoms
from game.assets.rich_text import (
    Span,
    StyledChar,
    clip_spans,
    merge_chars,
    parse_rich,
    span_chars,
)
from game.assets.text_style import TextStyle, text_style_config
from game.core.paths import assets_dir

Colour = str | tuple[int, int, int]
Align = Literal["left", "center", "right"]
CACHE_LIMIT = 1024

K = TypeVar("K")
RGB = tuple[int, int, int]


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

    def at_normal_size(self) -> BitmapFont:
        """A twin of this font (same glyphs, same contrast) drawing at 1x."""
        twin = BitmapFont(self.metrics, self._sheet, self._palette)
        twin.style = TextStyle(1, self.style.high_contrast)
        return twin

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

    def at_normal_size(self) -> Fonts:
        """Twin fonts at 1x whatever the text size, for fixed layouts (the
        minigame HUD strip); they keep the current contrast."""
        return Fonts(self.regular.at_normal_size(), self.bold.at_normal_size())

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
        atoms = span_chars(self.spans(rich))
        width = sum(self._advance(a) for a in atoms) - 1 if atoms else 0
        return width * self.regular.style.scale, self.line_height

    def wrap_rich(self, rich: str | Sequence[Span], width: int) -> list[list[Span]]:
        """Rich text as lines of spans no wider than `width`; styles carry
        across line breaks; '\\n' forces a break."""
        lines: list[list[Span]] = []
        paragraph: list[StyledChar] = []
        width //= self.regular.style.scale
        for atom in [*span_chars(self.spans(rich)), ("\n", False, None)]:
            if atom[0] != "\n":
                paragraph.append(atom)
                continue
            for line in wrap_atoms(paragraph, width, self._advance):
                lines.append(merge_chars(line))
            paragraph = []
        return lines

    def render_rich(
        self, line: Sequence[Span], colour: Colour, max_chars: int | None = None
    ) -> pygame.Surface:
        """One line of spans; at most `max_chars` characters (typewriter)."""
        spans = tuple(clip_spans(line, max_chars))
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
        width = self.measure_rich(clip_spans(line, max_chars))[0]
        return surface.blit(image, (_aligned(pos[0], width, align), pos[1]))


def load_fonts(palette: Palette | None = None, folder: Path | None = None) -> Fonts:
    """Both weights from assets/fonts (call after pygame.display.set_mode)."""
    palette = palette or load_palette()
    return Fonts(
        BitmapFont.load("regular", palette, folder),
        BitmapFont.load("bold", palette, folder),
    )
