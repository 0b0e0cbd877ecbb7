"""Build the title illustration: assets/src/title -> assets/title/title.png.

title.json is the recipe: a sky gradient with wide ordered-dither
transitions, seeded stars and skyline kept out of the "calm" rectangles
(room for the menu panel and the hint plate), a radial glow, the hand-drawn
tooth and logo (pictures.txt) and a seeded nanobot swirl on spiral arms,
half behind the tooth and half in front. Randomness comes only from numpy's
Generator seeded by the recipe.
"""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import numpy as np
import numpy.typing as npt

from game.art.compose import JsonObject, blank, paste, read_json
from game.art.grid import Picture, load_grids
from game.art.palette import Palette
from game.art.png import write_png

Field = npt.NDArray[np.float64]
"""A value per pixel (a height, a distance, a dither threshold)."""
Bot = tuple[int, float, float, int, bool]
"""A swarm bot: (arm, s along it, offset off it, sprite slot, in front)."""

BAYER4 = np.array([[0, 8, 2, 10], [12, 4, 14, 6], [3, 11, 1, 9], [15, 7, 13, 5]]) / 16


def _threshold(height: int, width: int) -> Field:
    return np.tile(BAYER4, (height // 4 + 1, width // 4 + 1))[:height, :width]


def _gradient(
    canvas: Picture, values: Field, spec: JsonObject, palette: Palette
) -> None:
    """Colour `canvas` by `values` along `spec["stops"]` ([colour, value] pairs,
    values rising). Between two stops the middle `spec["blend"]` fraction is
    an ordered-dither mix; a null colour leaves the canvas as it was."""

    def slot(colour: str | None) -> int:
        return -1 if colour is None else palette.index(colour)

    bayer = _threshold(*canvas.shape)
    stops = spec["stops"]
    paint = np.full(canvas.shape, slot(stops[0][0]), dtype=np.int16)
    for (upper, a), (lower, b) in pairwise(stops):
        zone = (values >= a) & (values < b)
        start = a + (b - a) * (1 - spec["blend"]) / 2
        mix = np.clip((values - start) / max((b - a) * spec["blend"], 1e-6), 0, 1)
        paint[zone] = np.where(bayer < mix, slot(lower), slot(upper))[zone]
    paint[values >= stops[-1][1]] = slot(stops[-1][0])
    canvas[paint >= 0] = paint[paint >= 0]


def _sky(canvas: Picture, spec: JsonObject, palette: Palette) -> None:
    """A vertical gradient with wide dithered transitions."""
    ys = np.arange(canvas.shape[0], dtype=np.float64)[:, None].repeat(
        canvas.shape[1], 1
    )
    _gradient(canvas, ys, spec, palette)


def _in_calm(x: int, y: int, calm: list[list[int]]) -> bool:
    return any(x0 <= x < x1 and y0 <= y < y1 for x0, y0, x1, y1 in calm)


def _stars(
    canvas: Picture,
    spec: JsonObject,
    rng: np.random.Generator,
    palette: Palette,
    calm: list[list[int]],
) -> None:
    x0, y0, x1, y1 = spec["area"]
    colours = [palette.index(c) for c in spec["colours"]]
    for _ in range(spec["count"]):
        x, y = int(rng.integers(x0, x1)), int(rng.integers(y0, y1))
        colour = colours[int(rng.integers(len(colours)))]
        if not _in_calm(x, y, calm):
            canvas[y, x] = colour


def _glow(canvas: Picture, spec: JsonObject, palette: Palette) -> None:
    """A radial gradient around `centre`, dithered into the sky at its rim."""
    height, width = canvas.shape
    ys, xs = np.mgrid[0:height, 0:width]
    cx, cy = spec["centre"]
    dist = np.hypot(xs - cx, (ys - cy) * 1.1)
    _gradient(canvas, dist, spec, palette)


def _building(
    canvas: Picture,
    x: int,
    w: int,
    h: int,
    layer: JsonObject,
    rng: np.random.Generator,
    palette: Palette,
    calm: list[list[int]],
) -> None:
    base = layer["base"]
    top = base - h
    w = min(w, canvas.shape[1] - x)
    canvas[top:base, x : x + w] = palette.index(layer["colour"])
    if rng.random() < layer["antenna"]:
        mast = min(x + int(rng.integers(2, max(w - 2, 3))), canvas.shape[1] - 1)
        canvas[top - 8 : top, mast] = palette.index(layer["colour"])
        canvas[top - 9, mast] = palette.index("coral")
    windows = [palette.index(c) for c in layer["windows"]]
    for wy in range(top + 4, base - 3, 5):
        for wx in range(x + 3, x + w - 3, 4):
            if rng.random() < layer["lit"]:
                colour = windows[int(rng.integers(len(windows)))]
                if not _in_calm(wx, wy, calm) and not _in_calm(wx + 1, wy + 1, calm):
                    canvas[wy : wy + 2, wx : wx + 2] = colour


def _height_cap(x: int, w: int, base: int, calm: list[list[int]]) -> int:
    """Tallest a building at x..x+w may be so it stays below calm areas."""
    cap = base
    for x0, _y0, x1, y1 in calm:
        if x < x1 and x + w > x0 and y1 < base:
            cap = min(cap, base - y1)
    return cap


def _skyline(
    canvas: Picture,
    layer: JsonObject,
    rng: np.random.Generator,
    palette: Palette,
    calm: list[list[int]],
) -> None:
    width = canvas.shape[1]
    x = -int(rng.integers(0, 20))
    while x < width:
        w = int(rng.integers(*layer["widths"]))
        h = int(rng.integers(*layer["heights"]))
        left, span = max(x, 0), w + min(x, 0)
        h = min(h, _height_cap(left, span, layer["base"], calm) - 10)
        _building(canvas, left, span, h, layer, rng, palette, calm)
        x += w + int(rng.integers(*layer["gaps"]))


def _spiral_point(
    spec: JsonObject, arm: int, s: float, offset: float
) -> tuple[int, int]:
    """The point a fraction `s` along spiral `arm`, `offset` px off the arm."""
    cx, cy = spec["centre"]
    r0, r1 = spec["radius"]
    angle = 2 * np.pi * (arm / spec["arms"] + s * spec["turns"])
    r = r0 + (r1 - r0) * s + offset
    px, py = r * np.cos(angle), r * np.sin(angle) * spec["squash"]
    tilt = spec["tilt"]
    x = cx + px * np.cos(tilt) - py * np.sin(tilt)
    y = cy + px * np.sin(tilt) + py * np.cos(tilt)
    return round(float(x)), round(float(y))


def _spiral(spec: JsonObject, rng: np.random.Generator) -> list[Bot]:
    """Bots along spiral arms: (arm, s, offset, sprite slot, in front)."""
    bots: list[Bot] = []
    for arm in range(spec["arms"]):
        for i in range(spec["per_arm"]):
            s = (i + rng.uniform(0, 0.6)) / spec["per_arm"]
            offset = float(rng.uniform(-1, 1) * spec["jitter"])
            angle = 2 * np.pi * (arm / spec["arms"] + s * spec["turns"])
            slot = int(rng.choice(len(spec["sprites"]), p=spec["sprite_odds"]))
            bots.append((arm, s, offset, slot, bool(np.sin(angle) > 0)))
    return bots


def _trail(canvas: Picture, spec: JsonObject, bot: Bot, palette: Palette) -> None:
    """The bot's wake: dots back along its arm, bright to dim."""
    arm, s, offset = bot[:3]
    step = spec["trail_step"]
    for k, colour in enumerate(spec["trail"], start=1):
        x, y = _spiral_point(spec, arm, s - k * step, offset)
        if 0 <= y < canvas.shape[0] and 0 <= x < canvas.shape[1]:
            canvas[y, x] = palette.index(colour)


def _swarm(
    canvas: Picture,
    spec: JsonObject,
    pictures: dict[str, Picture],
    bots: list[Bot],
    front: bool,
    palette: Palette,
) -> None:
    """Paste the bots on one side of the tooth (front or back), with wakes."""
    for bot in bots:
        x, y = _spiral_point(spec, *bot[:3])
        if bot[4] != front or _in_calm(x, y, spec["keep_clear"]):
            continue
        picture = pictures[spec["sprites"][bot[3]]]
        _trail(canvas, spec, bot, palette)
        h, w = picture.shape
        paste(canvas, picture, x - w // 2, y - h // 2)


def _ground(canvas: Picture, spec: JsonObject, palette: Palette) -> None:
    """A plain strip along the bottom, under the skyline (room for hints)."""
    canvas[spec["top"] :] = palette.index(spec["colour"])
    canvas[spec["top"]] = palette.index(spec["edge"])


def build(palette: Palette, root: Path) -> list[Path]:
    """Write assets/title/title.png under `root`."""
    from game.core.paths import assets_dir

    src = assets_dir() / "src" / "title"
    spec = read_json(src / "title.json")
    pictures = load_grids(src / "pictures.txt", palette)
    rng = np.random.default_rng(spec["seed"])
    width, height = spec["size"]
    calm = spec["calm"]
    canvas = blank(height, width)
    _sky(canvas, spec["sky"], palette)
    _stars(canvas, spec["stars"], rng, palette, calm)
    _glow(canvas, spec["glow"], palette)
    for layer in spec["skyline"]:
        _skyline(canvas, layer, rng, palette, calm)
    _ground(canvas, spec["ground"], palette)
    bots = _spiral(spec["swarm"], rng)
    _swarm(canvas, spec["swarm"], pictures, bots, False, palette)
    paste(canvas, pictures["tooth"], *spec["tooth"]["at"])
    _swarm(canvas, spec["swarm"], pictures, bots, True, palette)
    for x, y in spec["sparks"]:
        paste(canvas, pictures["spark"], x, y)
    paste(canvas, pictures["logo"], *spec["logo"]["at"])
    out = root / "assets" / "title" / "title.png"
    write_png(out, canvas, palette)
    return [out]
