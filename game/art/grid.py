"""Pixel grids: palette-indexed text pictures, the source format of all our art.

A grid file holds named pictures, each a header line `@NAME` followed by rows
of palette chars (see assets/src/palette.txt); `.` is transparent. Blank
lines end a picture; lines starting with `#` are comments. Every row of a
picture has the same length. Parsing gives uint8 arrays of palette slots with
TRANSPARENT_INDEX where nothing is drawn. No pygame.
"""

from __future__ import annotations

from pathlib import Path
from typing import TypeAlias

import numpy as np
import numpy.typing as npt

from game.art.palette import TRANSPARENT, Palette

TRANSPARENT_INDEX = 255


Picture: TypeAlias = npt.NDArray[np.uint8]
"""A picture: rows of palette slots, TRANSPARENT_INDEX where nothing is drawn."""


class GridError(ValueError):
    """A grid source that cannot be read; the message names file:line."""


def _finish(name: str, rows: list[str], where: str, palette: Palette) -> Picture:
    width = len(rows[0])
    grid = np.full((len(rows), width), TRANSPARENT_INDEX, dtype=np.uint8)
    for y, row in enumerate(rows):
        if len(row) != width:
            raise GridError(
                f"{where}: row {y + 1} of @{name} is {len(row)} wide, "
                f"the first row is {width}; make every row the same width"
            )
        for x, char in enumerate(row):
            if char == TRANSPARENT:
                continue
            if char not in palette.chars:
                raise GridError(
                    f"{where}: @{name} row {y + 1} col {x + 1}: {char!r} is not a "
                    "palette char (see assets/src/palette.txt)"
                )
            grid[y, x] = palette.chars.index(char)
    return grid


def parse_grids(
    text: str, palette: Palette, source: str = "<grid>"
) -> dict[str, Picture]:
    """Parse every `@NAME` picture in `text`, in file order."""
    pictures: dict[str, Picture] = {}
    name: str | None = None
    rows: list[str] = []
    start = 0

    def close() -> None:
        if name is not None and rows:
            pictures[name] = _finish(name, rows, f"{source}:{start}", palette)

    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.rstrip()
        if line.startswith("#"):
            continue
        if line.startswith("@"):
            close()
            name, rows, start = line[1:].strip(), [], number
            if name in pictures:
                raise GridError(f"{source}:{number}: @{name} is defined twice")
        elif not line:
            close()
            name, rows = None, []
        elif name is None:
            raise GridError(f"{source}:{number}: pixels before any @NAME header")
        else:
            rows.append(line)
    close()
    return pictures


def load_grids(path: Path, palette: Palette) -> dict[str, Picture]:
    return parse_grids(path.read_text(encoding="utf-8"), palette, str(path))
