"""Build portraits: assets/src/portraits -> assets/portraits/<id>.png/.json.

Every character in cast.json is composed from shared parts (parts.json gives
each part's place, drawing order and material). Part pixels drawn in the
template colours s, t, m, v are recoloured to the four steps of the
character's ramp for that part's material; other colours stay as drawn. One
64x64 frame per mood, side by side in mood order.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from game.art.compose import (
    JsonObject,
    blank,
    dump_json,
    paste,
    read_json,
    recolour,
    write_text,
)
from game.art.grid import GridError, Picture, load_grids
from game.art.palette import Palette
from game.art.png import write_png

TEMPLATE = ("slate", "steel", "mist", "silver")


def load_parts(src: Path, palette: Palette) -> dict[str, Picture]:
    """Every picture of every grid file in the portrait source folder."""
    pictures: dict[str, Picture] = {}
    for path in sorted(src.glob("*.txt")):
        for name, picture in load_grids(path, palette).items():
            if name in pictures:
                raise GridError(f"{path}: @{name} is already defined in another file")
            pictures[name] = picture
    return pictures


def _ramp(value: str | list[str], ramps: JsonObject, where: str) -> list[str]:
    ramp = ramps.get(value) if isinstance(value, str) else value
    if not isinstance(ramp, list) or len(ramp) != len(TEMPLATE):
        raise GridError(f"{where}: ramp {value!r} must name a ramp or list 4 colours")
    return ramp


def _mapping(ramp: list[str], palette: Palette, where: str) -> dict[int, int]:
    unknown = [c for c in ramp if c not in palette.names]
    if unknown:
        raise GridError(f"{where}: {unknown} are not palette colour names")
    return {
        palette.index(t): palette.index(c) for t, c in zip(TEMPLATE, ramp, strict=True)
    }


class Composer:
    """Draws one character's frames from the shared parts."""

    def __init__(self, src: Path, palette: Palette):
        self.palette = palette
        self.cast_path = src / "cast.json"
        self.cast = read_json(self.cast_path)
        spec = read_json(src / "parts.json")
        self.size = tuple(spec["size"])
        self.specs: dict[str, JsonObject] = spec["parts"]
        self.pictures = load_parts(src, palette)
        missing = sorted(set(self.specs) - set(self.pictures))
        if missing:
            raise GridError(f"{src / 'parts.json'}: no picture for parts {missing}")

    def frame(self, who: str, mood: str) -> Picture:
        """The 64x64 picture of character `who` in `mood`."""
        recipe = self.cast["characters"][who]
        where = f"{self.cast_path}: character {who!r}"
        names = [p.replace("{mood}", mood) for p in recipe["parts"]]
        for name in names:
            if name not in self.specs:
                raise GridError(f"{where} uses part {name!r}, which parts.json lacks")
        canvas = blank(self.size[1], self.size[0])
        for name in sorted(names, key=lambda n: self.specs[n]["z"]):
            spec = self.specs[name]
            picture = self.pictures[name]
            if spec["material"] != "fixed":
                value = recipe["ramps"].get(spec["material"], spec.get("ramp"))
                if value is None:
                    raise GridError(f"{where} needs a {spec['material']!r} ramp")
                ramp = _ramp(value, self.cast["ramps"], where)
                picture = recolour(picture, _mapping(ramp, self.palette, where))
            paste(canvas, picture, *spec["at"])
        return canvas

    def mood_strip(self, who: str) -> Picture:
        moods = self.cast["moods"]
        return np.concatenate([self.frame(who, mood) for mood in moods], axis=1)


def build(palette: Palette, root: Path) -> list[Path]:
    """Write one mood strip and its JSON per character under assets/portraits."""
    from game.core.paths import assets_dir

    composer = Composer(assets_dir() / "src" / "portraits", palette)
    out = root / "assets" / "portraits"
    produced = []
    moods = composer.cast["moods"]
    for who, recipe in composer.cast["characters"].items():
        write_png(out / f"{who}.png", composer.mood_strip(who), palette)
        meta = {
            "name": recipe["name"],
            "size": list(composer.size),
            "moods": {mood: index for index, mood in enumerate(moods)},
        }
        produced += [
            out / f"{who}.png",
            write_text(out / f"{who}.json", dump_json(meta)),
        ]
    return produced
