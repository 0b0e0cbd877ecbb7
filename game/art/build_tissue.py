"""Build the minigame art: assets/src/minigame/*.txt -> assets/minigame/*.png.

tissue.txt holds one 16x16 tile per tissue type in the order of
maps/minigame/tissue.tsx; bots.txt holds the bot sprites (one per bot look);
hud.txt the HUD's 9x9 icons; console.txt the picture of hint speakers that
have no portrait. Each file becomes one horizontal strip, pictures in file
order.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from game.art.grid import GridError, Picture, load_grids
from game.art.palette import Palette
from game.art.png import write_png
from game.core.paths import assets_dir

SHEETS = ("tissue", "bots", "hud", "console")


def strip(pictures: dict[str, Picture], source: str) -> Picture:
    """Pictures side by side; all must share one size."""
    sizes = {p.shape for p in pictures.values()}
    if len(sizes) != 1:
        raise GridError(f"{source}: every picture must have the same size, got {sizes}")
    return np.concatenate(list(pictures.values()), axis=1)


def build(palette: Palette, root: Path) -> list[Path]:
    written: list[Path] = []
    src = assets_dir() / "src" / "minigame"
    for name in SHEETS:
        source = src / f"{name}.txt"
        sheet = strip(load_grids(source, palette), str(source))
        out = root / "assets" / "minigame" / f"{name}.png"
        out.parent.mkdir(parents=True, exist_ok=True)
        write_png(out, sheet, palette)
        written.append(out)
    return written
