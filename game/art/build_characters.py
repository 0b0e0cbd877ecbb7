"""Build the character sheets: assets/src/characters/{cast.json, parts.grid} ->
assets/characters/<id>.png + <id>.json.

Each sheet has one row per direction (down, left, right, up) and one column
per frame: the rig's animations in order (idle, then walk for people). The
JSON beside it gives the frame size, the rows, each animation's first column,
frame count and durations, and the anchor (the feet) for placing it.
"""

from __future__ import annotations

from pathlib import Path

from game.art.chars_compose import compose_sheet, sheet_meta
from game.art.chars_spec import Cast, load_cast
from game.art.compose import dump_json, write_text
from game.art.grid import Picture, load_grids
from game.art.palette import Palette
from game.art.png import write_png
from game.core.paths import assets_dir

OUT_DIR = Path("assets/characters")


def source_dir() -> Path:
    return assets_dir() / "src" / "characters"


def load_sources(
    palette: Palette, folder: Path | None = None
) -> tuple[Cast, dict[str, Picture]]:
    """The cast recipe and the parts it draws from."""
    folder = folder or source_dir()
    cast = load_cast(folder / "cast.json", palette)
    parts = load_grids(folder / "parts.grid", palette)
    return cast, parts


def build(palette: Palette, root: Path) -> list[Path]:
    """Write every person's sheet and JSON under `root`; return their paths."""
    cast, parts = load_sources(palette)
    produced: list[Path] = []
    for person in cast.people:
        png = root / OUT_DIR / f"{person.id}.png"
        write_png(png, compose_sheet(parts, cast, person, palette), palette)
        meta = write_text(
            root / OUT_DIR / f"{person.id}.json", dump_json(sheet_meta(cast, person))
        )
        produced += [png, meta]
    return produced
