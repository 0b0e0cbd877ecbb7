"""Build the title illustration: assets/src/title -> assets/title/title.png.

title.json is the recipe: dithered sky bands, seeded stars and skyline,
a glow, the hand-drawn tooth and logo (pictures.txt) and a seeded nanobot
swarm. Randomness comes only from numpy's Generator seeded by the recipe.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from game.art.compose import blank, paste, read_json
from game.art.grid import load_grids
from game.art.palette import Palette
from game.art.png import write_png

BAYER4 = np.array([[0, 8, 2, 10], [12, 4, 14, 6], [3, 11, 1, 9], [15, 7, 13, 5]]) / 16


def _threshold(height: int, width: int) -> np.ndarray:
    return np.tile(BAYER4, (height // 4 + 1, width // 4 + 1))[:height, :width]


def _sky(canvas: np.ndarray, spec: dict, palette: Palette) -> None:
    """Horizontal bands; each boundary blends over `dither` rows."""
    height, width = canvas.shape
    ys = np.arange(height)[:, None].repeat(width, axis=1)
    bayer = _threshold(height, width)
    top = 0
    half = spec["dither"] // 2
    for colour, bottom in spec["bands"]:
        canvas[top:bottom] = palette.index(colour)
        top = bottom
    for (upper, edge), (lower, _) in zip(
        spec["bands"], spec["bands"][1:], strict=False
    ):
        zone = (ys >= edge - half) & (ys < edge + half)
        mix = (ys - (edge - half) + 0.5) / (2 * half)
        canvas[zone & (bayer < mix)] = palette.index(lower)
        canvas[zone & (bayer >= mix)] = palette.index(upper)


def _stars(
    canvas: np.ndarray, spec: dict, rng: np.random.Generator, palette: Palette
) -> None:
    x0, y0, x1, y1 = spec["area"]
    colours = [palette.index(c) for c in spec["colours"]]
    for _ in range(spec["count"]):
        x, y = int(rng.integers(x0, x1)), int(rng.integers(y0, y1))
        canvas[y, x] = colours[int(rng.integers(len(colours)))]


def _glow(canvas: np.ndarray, spec: dict, palette: Palette) -> None:
    """Concentric discs, largest first, with Bayer-dithered rims."""
    height, width = canvas.shape
    ys, xs = np.mgrid[0:height, 0:width]
    cx, cy = spec["centre"]
    dist = np.hypot(xs - cx, (ys - cy) * 1.1)
    bayer = _threshold(height, width)
    for radius, colour in spec["rings"]:
        inside = dist < radius - (1 - bayer) * spec["dither"]
        canvas[inside] = palette.index(colour)


def _building(canvas, x, w, h, layer, rng, palette) -> None:
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
                canvas[wy : wy + 2, wx : wx + 2] = colour


def _skyline(
    canvas: np.ndarray, layer: dict, rng: np.random.Generator, palette: Palette
) -> None:
    width = canvas.shape[1]
    x = -int(rng.integers(0, 20))
    while x < width:
        w = int(rng.integers(*layer["widths"]))
        h = int(rng.integers(*layer["heights"]))
        _building(canvas, max(x, 0), w + min(x, 0), h, layer, rng, palette)
        x += w + int(rng.integers(*layer["gaps"]))


def _swarm(canvas, spec: dict, pictures: dict, rng: np.random.Generator) -> None:
    """Bots spread around tilted ellipses; sprites alternate per orbit."""
    cx, cy = spec["centre"]
    for (rx, ry, count), tilt, sprite in zip(
        spec["orbits"], spec["tilt"], spec["sprites"], strict=True
    ):
        picture = pictures[sprite]
        for angle in rng.uniform(0, 2 * np.pi, count):
            px = rx * np.cos(angle)
            py = ry * np.sin(angle)
            x = cx + px * np.cos(tilt) - py * np.sin(tilt)
            y = cy + px * np.sin(tilt) + py * np.cos(tilt)
            paste(canvas, picture, round(float(x)), round(float(y)))


def build(palette: Palette, root: Path) -> list[Path]:
    """Write assets/title/title.png under `root`."""
    from game.paths import assets_dir

    src = assets_dir() / "src" / "title"
    spec = read_json(src / "title.json")
    pictures = load_grids(src / "pictures.txt", palette)
    rng = np.random.default_rng(spec["seed"])
    width, height = spec["size"]
    canvas = blank(height, width)
    _sky(canvas, spec["sky"], palette)
    _stars(canvas, spec["stars"], rng, palette)
    _glow(canvas, spec["glow"], palette)
    for layer in spec["skyline"]:
        _skyline(canvas, layer, rng, palette)
    paste(canvas, pictures["tooth"], *spec["tooth"]["at"])
    _swarm(canvas, spec["swarm"], pictures, rng)
    for x, y in spec["sparks"]:
        paste(canvas, pictures["spark"], x, y)
    paste(canvas, pictures["logo"], *spec["logo"]["at"])
    out = root / "assets" / "title" / "title.png"
    write_png(out, canvas, palette)
    return [out]
