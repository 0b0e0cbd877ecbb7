"""Font metrics and word wrap (pure; no pygame).

`FontMetrics` reads assets/fonts/<weight>.json: per-character advances and
the glyph sheet layout. `wrap_atoms` is the greedy word wrap shared by plain
and rich text.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from game.assets.rich_text import StyledChar
from game.core.reading import read_text

Atom = TypeVar("Atom", str, StyledChar)
"""What word wrap works on: plain characters or styled ones."""


@dataclass(frozen=True)
class Glyph:
    x: int
    y: int
    width: int
    advance: int


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
        data = json.loads(read_text(path))
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
