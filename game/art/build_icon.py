"""Build the window icon: assets/src/icon/icon.txt -> assets/icon/icon.png.

Contract: `build(palette, root)` writes the one picture `@icon` of the source
(square, drawn in palette colours) and returns the path written.
"""

from __future__ import annotations

from pathlib import Path

from game.art.grid import GridError, load_grids
from game.art.palette import Palette
from game.art.png import write_png
from game.core.paths import assets_dir


def build(palette: Palette, root: Path) -> list[Path]:
    """Write assets/icon/icon.png under `root`."""
    source = assets_dir() / "src" / "icon" / "icon.txt"
    pictures = load_grids(source, palette)
    if "icon" not in pictures:
        raise GridError(f"{source}: no picture @icon")
    icon = pictures["icon"]
    if icon.shape[0] != icon.shape[1]:
        raise GridError(f"{source}: @icon must be square, it is {icon.shape[::-1]}")
    out = root / "assets" / "icon" / "icon.png"
    write_png(out, icon, palette)
    return [out]
