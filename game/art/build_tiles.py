"""Build the tilesets: assets/src/tiles/<set>.json + <set>.grid ->
assets/tiles/<set>.png and maps/tilesets/<set>.tsx.

Every recipe in assets/src/tiles/ (sorted by name) makes one PNG sheet and
one Tiled external tileset whose image path is relative to the .tsx.
"""

from __future__ import annotations

from pathlib import Path

from game.art.compose import write_text
from game.art.grid import load_grids
from game.art.palette import Palette
from game.art.png import write_png
from game.art.tiles_sheet import Sheet, build_sheet
from game.art.tiles_spec import load_spec
from game.art.tiles_tsx import tsx_text
from game.core.paths import assets_dir

PNG_DIR = Path("assets/tiles")
TSX_DIR = Path("maps/tilesets")


def source_dir() -> Path:
    return assets_dir() / "src" / "tiles"


def recipes(folder: Path | None = None) -> list[Path]:
    """The tileset recipes, in build order."""
    return sorted((folder or source_dir()).glob("*.json"))


def compose_set(recipe: Path, palette: Palette) -> Sheet:
    """Compose one tileset from its recipe and its grid file beside it."""
    spec = load_spec(recipe)
    pictures = load_grids(recipe.with_suffix(".grid"), palette)
    return build_sheet(spec, pictures, palette)


def build(palette: Palette, root: Path) -> list[Path]:
    """Write every tileset's PNG and .tsx under `root`; return their paths."""
    produced: list[Path] = []
    for recipe in recipes():
        name = recipe.stem
        sheet = compose_set(recipe, palette)
        png = root / PNG_DIR / f"{name}.png"
        write_png(png, sheet.pixels, palette)
        image_source = f"../../{PNG_DIR.as_posix()}/{name}.png"
        tsx = write_text(
            root / TSX_DIR / f"{name}.tsx", tsx_text(name, sheet, image_source)
        )
        produced += [png, tsx]
    return produced
