"""Build the UI sheet: assets/src/ui/*.txt + ui.json -> assets/ui/ui.png/.json.

Every picture in the listed sources becomes a named region of one sheet,
packed in source order. The output JSON gives each region's rect plus the
extra data ui.json attaches to it (9-slice margins, text colour, hot spot).
"""

from __future__ import annotations

from pathlib import Path

from game.art.compose import (
    JsonObject,
    blank,
    dump_json,
    paste,
    read_json,
    shelf_pack,
    write_text,
)
from game.art.grid import GridError, Picture, load_grids
from game.art.palette import Palette
from game.art.png import write_png


def _pictures(src: Path, spec: JsonObject, palette: Palette) -> dict[str, Picture]:
    pictures: dict[str, Picture] = {}
    for name in spec["sources"]:
        for key, picture in load_grids(src / name, palette).items():
            if key in pictures:
                raise GridError(
                    f"{src / name}: @{key} is already defined in another file"
                )
            pictures[key] = picture
    return pictures


def _check_spec(spec: JsonObject, pictures: dict[str, Picture], source: Path) -> None:
    for name, extra in spec["regions"].items():
        if name not in pictures:
            raise GridError(f"{source}: region {name!r} has no picture @{name}")
        left, top, right, bottom = extra.get("slice", (0, 0, 0, 0))
        h, w = pictures[name].shape
        if left + right >= w or top + bottom >= h:
            raise GridError(f"{source}: slice of {name!r} leaves no centre in {w}x{h}")


def build(palette: Palette, root: Path) -> list[Path]:
    """Write assets/ui/ui.png and ui.json under `root`."""
    from game.core.paths import assets_dir

    src = assets_dir() / "src" / "ui"
    spec = read_json(src / "ui.json")
    pictures = _pictures(src, spec, palette)
    _check_spec(spec, pictures, src / "ui.json")
    sizes = [(name, p.shape[1], p.shape[0]) for name, p in pictures.items()]
    spots, height = shelf_pack(sizes, spec["sheet_width"])
    sheet = blank(height, spec["sheet_width"])
    regions = {}
    for name, picture in pictures.items():
        x, y = spots[name]
        paste(sheet, picture, x, y)
        regions[name] = {"rect": [x, y, picture.shape[1], picture.shape[0]]}
        regions[name].update(spec["regions"].get(name, {}))
    out = root / "assets" / "ui"
    write_png(out / "ui.png", sheet, palette)
    return [
        out / "ui.png",
        write_text(out / "ui.json", dump_json({"regions": regions})),
    ]
