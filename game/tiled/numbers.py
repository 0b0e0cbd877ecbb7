"""Number attributes in Tiled files: checked once, before anything reads them.

Every attribute the game turns into a number (sizes, ids, positions, gids,
offsets, durations) must be a finite number of the right kind and a sane
size. `number_problems` reports each one that is not, by file, element and
attribute, so the readers after it can convert without failing.
"""

from __future__ import annotations

import math
import xml.etree.ElementTree as ET

from game.core.findings import Finding, error

WHOLE = "whole"
REAL = "real"
BIGGEST = 2**32 - 1  # gids carry flip flags in the top bits
FARTHEST = 1.0e7  # pixels: far beyond any map the game can hold
MAX_TILES = 1000  # a map or layer this many tiles wide or high at most

ATTRIBUTES: dict[str, dict[str, str]] = {
    "map": {
        "width": WHOLE,
        "height": WHOLE,
        "tilewidth": WHOLE,
        "tileheight": WHOLE,
        "nextobjectid": WHOLE,
        "nextlayerid": WHOLE,
    },
    "layer": {"id": WHOLE, "width": WHOLE, "height": WHOLE},
    "object": {
        "id": WHOLE,
        "gid": WHOLE,
        "x": REAL,
        "y": REAL,
        "width": REAL,
        "height": REAL,
        "rotation": REAL,
    },
    "tileset": {
        "firstgid": WHOLE,
        "tilewidth": WHOLE,
        "tileheight": WHOLE,
        "tilecount": WHOLE,
        "columns": WHOLE,
        "spacing": WHOLE,
        "margin": WHOLE,
    },
    "image": {"width": WHOLE, "height": WHOLE},
    "tile": {"id": WHOLE},
    "frame": {"tileid": WHOLE, "duration": WHOLE},
}
SHARED = {"offsetx": REAL, "offsety": REAL, "opacity": REAL, "id": WHOLE}
for _tag in ("objectgroup", "imagelayer", "group"):
    ATTRIBUTES[_tag] = dict(SHARED)
ATTRIBUTES["layer"] = {**SHARED, **ATTRIBUTES["layer"]}
SIZES = {"width", "height"}
MAX_POINTS = 1000
POINTS = 'pairs of numbers, "x,y x,y ..." (at most 1000)'


def number_problems(root: ET.Element, shown: str) -> list[Finding]:
    """One finding per number attribute in `root` that the game cannot use."""
    found: list[Finding] = []
    for node in root.iter():
        if node.tag in ("polygon", "polyline") and not _points_ok(node.get("points")):
            found.append(
                _finding(node, "points", node.get("points") or "", POINTS, shown)
            )
        for name, kind in ATTRIBUTES.get(node.tag, {}).items():
            text = node.get(name)
            if text is not None:
                why = _why_not(text, kind, tiles=name in SIZES and node.tag != "object")
                if why:
                    found.append(_finding(node, name, text, why, shown))
    return found


def _points_ok(text: str | None) -> bool:
    """True if `text` is Tiled's "x,y x,y ..." with finite, sane numbers."""
    pairs = (text or "").split()
    if not pairs or len(pairs) > MAX_POINTS:
        return False
    for pair in pairs:
        parts = pair.split(",")
        if len(parts) != 2 or any(_why_not(p, REAL, False) for p in parts):
            return False
    return True


def _why_not(text: str, kind: str, tiles: bool) -> str | None:
    try:
        value = float(text) if kind == REAL else int(text)
    except ValueError:
        return "a whole number" if kind == WHOLE else "a number"
    if not math.isfinite(value):
        return "a finite number"
    if kind == WHOLE and not 0 <= value <= (MAX_TILES if tiles else BIGGEST):
        limit = MAX_TILES if tiles else BIGGEST
        return f"a whole number from 0 to {limit}"
    if kind == REAL and abs(value) > FARTHEST:
        return f"a number from {-FARTHEST:g} to {FARTHEST:g}"
    return None


def _finding(node: ET.Element, name: str, text: str, why: str, shown: str) -> Finding:
    label = node.get("name") or node.get("id") or ""
    place = f"<{node.tag}{' ' + label if label else ''}>"
    shown_text = text if len(text) <= 20 else text[:20] + "…"
    return error(
        shown,
        f'{place} {name}="{shown_text}" should be {why}',
        "",
        "fix the value in Tiled (or in the file) and save",
    )
