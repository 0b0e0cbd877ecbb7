"""The list of art builders that `python -m game.tools.build_assets` runs.

Each builder reads its sources under assets/src/ and writes PNG sheets (and
their JSON/TSX metadata) through `game.art.png.write_png`, returning the paths
it produced. Builders must be deterministic: the same sources give the same
bytes, which a test checks against the committed files.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from game.art import (
    build_characters,
    build_font,
    build_icon,
    build_portraits,
    build_tiles,
    build_tissue,
    build_title,
    build_ui,
)
from game.art.palette import Palette

Builder = Callable[[Palette, Path], list[Path]]


def all_builders() -> list[tuple[str, Builder]]:
    """(name, build function) pairs in build order; `root` is the project root."""
    return [
        ("font", build_font.build),
        ("ui", build_ui.build),
        ("tiles", build_tiles.build),
        ("characters", build_characters.build),
        ("portraits", build_portraits.build),
        ("title", build_title.build),
        ("icon", build_icon.build),
        ("minigame", build_tissue.build),
    ]
