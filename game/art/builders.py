"""The list of art builders that `python -m game.tools.build_assets` runs.

Each builder reads its sources under assets/src/ and writes PNG sheets (and
their JSON/TSX metadata) through `game.art.png.write_png`, returning the paths
it produced. Builders must be deterministic: the same sources give the same
bytes, which a test checks against the committed files.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from game.art.palette import Palette

Builder = Callable[[Palette, Path], list[Path]]


def all_builders() -> list[tuple[str, Builder]]:
    """(name, build function) pairs in build order; `root` is the project root."""
    builders: list[tuple[str, Builder]] = []
    # Each family registers itself here, e.g.:
    #   from game.art import build_font
    #   builders.append(("font", build_font.build))
    from game.art import build_font

    builders.append(("font", build_font.build))
    from game.art import build_ui

    builders.append(("ui", build_ui.build))
    from game.art import build_tiles

    builders.append(("tiles", build_tiles.build))
    from game.art import build_characters

    builders.append(("characters", build_characters.build))
    from game.art import build_portraits

    builders.append(("portraits", build_portraits.build))
    from game.art import build_title

    builders.append(("title", build_title.build))
    from game.art import build_tissue

    builders.append(("minigame", build_tissue.build))
    return builders
