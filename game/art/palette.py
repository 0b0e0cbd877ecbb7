"""The game's one palette, read from `assets/src/palette.txt` (no pygame)."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from game.core.paths import assets_dir

TRANSPARENT = "."


class PaletteError(ValueError):
    """A palette file line that cannot be read; the message names file:line."""


@dataclass(frozen=True)
class Palette:
    """Named colours in file order; `index` maps a name or grid char to its slot."""

    names: tuple[str, ...]
    chars: tuple[str, ...]
    colors: tuple[tuple[int, int, int], ...]

    @functools.cached_property
    def _by_name(self) -> dict[str, tuple[int, int, int]]:
        return dict(zip(self.names, self.colors, strict=True))

    def rgb(self, name: str) -> tuple[int, int, int]:
        """The colour called `name` (ValueError if the palette has none);
        a dict lookup, since the HUD and effects ask ~90 times a frame."""
        try:
            return self._by_name[name]
        except KeyError:
            raise ValueError(f"{name!r} is not a palette colour") from None

    def index(self, key: str) -> int:
        """The slot of a colour given by its name or its one-letter grid char."""
        if len(key) == 1 and key in self.chars:
            return self.chars.index(key)
        return self.names.index(key)

    def __len__(self) -> int:
        return len(self.colors)


def palette_path() -> Path:
    return assets_dir() / "src" / "palette.txt"


def _parse_hex(text: str, where: str) -> tuple[int, int, int]:
    if len(text) != 7 or not text.startswith("#"):
        raise PaletteError(f"{where}: colour must look like #RRGGBB, got {text!r}")
    try:
        return (int(text[1:3], 16), int(text[3:5], 16), int(text[5:7], 16))
    except ValueError:
        raise PaletteError(f"{where}: {text!r} is not a hex colour") from None


def parse_palette(text: str, source: str = "palette.txt") -> Palette:
    """Read `CHAR NAME #RRGGBB` lines; `#` lines and blank lines are skipped."""
    names: list[str] = []
    chars: list[str] = []
    colors: list[tuple[int, int, int]] = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        where = f"{source}:{number}"
        parts = line.split()
        if len(parts) != 3 or len(parts[0]) != 1 or parts[0] == TRANSPARENT:
            raise PaletteError(f"{where}: expected 'CHAR NAME #RRGGBB', got {raw!r}")
        char, name, hex_colour = parts
        if char in chars or name in names:
            raise PaletteError(f"{where}: {char!r} or {name!r} is used twice")
        chars.append(char)
        names.append(name)
        colors.append(_parse_hex(hex_colour, where))
    if len(colors) > 32:
        raise PaletteError(f"{source}: {len(colors)} colours; the game allows 32")
    return Palette(tuple(names), tuple(chars), tuple(colors))


def load_palette(path: Path | None = None) -> Palette:
    """Load the palette file (the project's own unless `path` is given)."""
    path = path or palette_path()
    return parse_palette(path.read_text(encoding="utf-8"), str(path))
