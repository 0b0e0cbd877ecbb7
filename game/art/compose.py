"""Small helpers the art builders share: paste, recolour, pack, write (no pygame).

Pictures are uint8 arrays of palette slots with TRANSPARENT_INDEX where
nothing is drawn (see game.art.grid).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, TypeAlias

import numpy as np

from game.art.grid import TRANSPARENT_INDEX, GridError, Picture

JsonObject: TypeAlias = dict[str, Any]
"""A parsed JSON recipe; each builder checks the values it reads."""


def blank(height: int, width: int) -> Picture:
    """A fully transparent picture."""
    return np.full((height, width), TRANSPARENT_INDEX, dtype=np.uint8)


def paste(dst: Picture, src: Picture, x: int, y: int) -> None:
    """Draw the opaque pixels of `src` onto `dst` at (x, y), clipped to `dst`."""
    h, w = src.shape
    x0, y0 = max(x, 0), max(y, 0)
    x1, y1 = min(x + w, dst.shape[1]), min(y + h, dst.shape[0])
    if x0 >= x1 or y0 >= y1:
        return
    part = src[y0 - y : y1 - y, x0 - x : x1 - x]
    region = dst[y0:y1, x0:x1]
    mask = part != TRANSPARENT_INDEX
    region[mask] = part[mask]


def recolour(picture: Picture, mapping: dict[int, int]) -> Picture:
    """A copy of `picture` with each slot in `mapping` replaced by its value."""
    table = np.arange(256, dtype=np.uint8)
    for old, new in mapping.items():
        table[old] = new
    return table[picture]


def shelf_pack(
    sizes: list[tuple[str, int, int]], width: int, pad: int = 1
) -> tuple[dict[str, tuple[int, int]], int]:
    """Place (name, w, h) boxes in rows left to right, in the order given.

    Returns each name's (x, y) and the total height. Deterministic: the same
    list always packs the same way.
    """
    spots: dict[str, tuple[int, int]] = {}
    x = y = row_h = 0
    for name, w, h in sizes:
        if w > width:
            raise ValueError(f"{name} is {w} px wide; the sheet is {width}")
        if x + w > width:
            x, y, row_h = 0, y + row_h + pad, 0
        spots[name] = (x, y)
        x += w + pad
        row_h = max(row_h, h)
    return spots, y + row_h


def line_of(text: str, name: str) -> int:
    """The 1-based line where `@name` starts in a grid file (0 if absent)."""
    for number, raw in enumerate(text.splitlines(), start=1):
        if raw.startswith("@") and raw[1:].strip() == name:
            return number
    return 0


def require_height(
    pictures: dict[str, Picture], height: int, text: str, source: str
) -> None:
    """Raise GridError naming file:line for any picture not `height` rows tall."""
    for name, picture in pictures.items():
        if picture.shape[0] != height:
            raise GridError(
                f"{source}:{line_of(text, name)}: @{name} is {picture.shape[0]} rows "
                f"tall; it must be {height}"
            )


def write_text(path: Path, text: str) -> Path:
    """Write `text` (UTF-8, LF) if it differs from the file; return the path."""
    data = text.encode("utf-8")
    if not (path.exists() and path.read_bytes() == data):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return path


def dump_json(data: object) -> str:
    """Stable, diff-friendly JSON text for built metadata."""
    return json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False) + "\n"


def read_json(path: Path) -> JsonObject:
    """Read a JSON source, naming file:line:col when it is malformed."""
    text = path.read_text(encoding="utf-8")
    try:
        data: JsonObject = json.loads(text)
        return data
    except json.JSONDecodeError as error:
        raise GridError(
            f"{path}:{error.lineno}:{error.colno}: {error.msg} — fix the JSON syntax"
        ) from None
