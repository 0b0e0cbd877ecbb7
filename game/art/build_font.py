"""Build the pixel font: assets/src/font/*.txt -> assets/fonts/<weight>.png/.json.

Each glyph source is 9 rows (7 cap rows down to the baseline, 2 descender
rows). The builder adds 3 rows on top for accents, composes accented Latin-1
letters from a base glyph and a mark (compose.json, marks.txt), derives the
bold weight by thickening every stroke one pixel to the right (bold.txt may
redraw glyphs where that closes a counter), and lays the glyphs out in a
16-column sheet of white pixels on transparency. Every Latin-1 character is
required; any other character drawn in regular.txt (dashes, curly quotes, the
ellipsis, ...) joins the font after them in code-point order.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import numpy as np

from game.art.compose import (
    JsonObject,
    blank,
    paste,
    read_json,
    require_height,
    write_text,
)
from game.art.grid import TRANSPARENT_INDEX, GridError, Picture, parse_grids
from game.art.palette import Palette
from game.art.png import write_png

SOURCE_ROWS = 9
TOP_PAD = 3
CELL_HEIGHT = TOP_PAD + SOURCE_ROWS
BASELINE = TOP_PAD + 7
LINE_HEIGHT = 12
COLUMNS = 16
LATIN1 = (*range(32, 127), *range(160, 256))
FALLBACK = ord("?")


def _char_of(name: str, where: str) -> str:
    if name.startswith("U+"):
        return chr(int(name[2:], 16))
    if len(name) == 1:
        return name
    raise GridError(f"{where}: glyph name {name!r} must be one character or U+XXXX")


def _load_glyphs(path: Path, palette: Palette) -> dict[str, Picture]:
    """Glyph pictures keyed by character, padded to the full cell height."""
    text = path.read_text(encoding="utf-8")
    pictures = parse_grids(text, palette, str(path))
    require_height(pictures, SOURCE_ROWS, text, str(path))
    glyphs = {}
    for name, picture in pictures.items():
        cell = blank(CELL_HEIGHT, picture.shape[1])
        paste(cell, picture, 0, TOP_PAD)
        glyphs[_char_of(name, str(path))] = cell
    return glyphs


def _rows_used(picture: Picture) -> tuple[int, int]:
    rows = np.nonzero((picture != TRANSPARENT_INDEX).any(axis=1))[0]
    return int(rows[0]), int(rows[-1])


def _compose(base: Picture, mark: Picture, rule: JsonObject) -> Picture:
    """The base glyph with the mark centred above or below its ink."""
    top, bottom = _rows_used(base)
    mark_h, mark_w = mark.shape
    y = (
        top - rule["gap"] - mark_h
        if rule["place"] == "above"
        else bottom + 1 + rule["gap"]
    )
    x = (base.shape[1] - mark_w + 1) // 2
    left = min(0, x)
    width = max(base.shape[1], x + mark_w) - left
    out = blank(CELL_HEIGHT, width)
    paste(out, base, -left, 0)
    paste(out, mark, x - left, y)
    return out


def _pick_mark(marks: dict[str, Picture], code: str, base_width: int) -> Picture:
    if base_width % 2 and f"{code}.odd" in marks:
        return marks[f"{code}.odd"]
    return marks[code]


def _add_composed(
    glyphs: dict[str, Picture], marks: dict[str, Picture], rules: JsonObject
) -> None:
    """Fill in every missing Latin-1 letter that decomposes to base + mark."""
    overrides = {
        k: _char_of(v, "compose.json") for k, v in rules["base_override"].items()
    }
    for code in LATIN1:
        char = chr(code)
        parts = unicodedata.decomposition(char).split()
        if char in glyphs or len(parts) != 2 or parts[0].startswith("<"):
            continue
        base_char = chr(int(parts[0], 16))
        base = glyphs[overrides.get(base_char, base_char)]
        mark = _pick_mark(marks, parts[1], base.shape[1])
        glyphs[char] = _compose(base, mark, rules["marks"][parts[1]])


def _embolden(glyph: Picture) -> Picture:
    out = blank(CELL_HEIGHT, glyph.shape[1] + 1)
    paste(out, glyph, 0, 0)
    paste(out, glyph, 1, 0)
    return out


def _white(glyph: Picture, white: int) -> Picture:
    return np.where(glyph == TRANSPARENT_INDEX, TRANSPARENT_INDEX, white).astype(
        np.uint8
    )


def codepoints(glyphs: dict[str, Picture]) -> list[int]:
    """Latin-1 in order, then every other drawn character by code point."""
    extra = sorted(ord(c) for c in glyphs if ord(c) > LATIN1[-1])
    return [*LATIN1, *extra]


GlyphTable = dict[int, tuple[int, int, int, int]]
"""Code point -> (x, y, width, advance) on the sheet."""


def _sheet(glyphs: dict[str, Picture], white: int) -> tuple[Picture, GlyphTable]:
    codes = codepoints(glyphs)
    cell_w = max(glyphs[chr(c)].shape[1] for c in codes)
    rows = -(-len(codes) // COLUMNS)
    sheet = blank(rows * CELL_HEIGHT, COLUMNS * cell_w)
    table: GlyphTable = {}
    for slot, code in enumerate(codes):
        glyph = glyphs[chr(code)]
        x, y = (slot % COLUMNS) * cell_w, (slot // COLUMNS) * CELL_HEIGHT
        paste(sheet, _white(glyph, white), x, y)
        table[code] = (x, y, glyph.shape[1], glyph.shape[1] + 1)
    return sheet, table


def _metadata(weight: str, table: GlyphTable) -> str:
    """Font metrics as JSON text, one glyph per line: code: [x, y, w, advance]."""
    lines = [
        "{",
        f'  "weight": "{weight}",',
        f'  "cell_height": {CELL_HEIGHT},',
        f'  "line_height": {LINE_HEIGHT},',
        f'  "baseline": {BASELINE},',
        f'  "cap_top": {TOP_PAD},',
        f'  "fallback": {FALLBACK},',
        '  "glyphs": {',
    ]
    entries = [
        f'    "{code}": [{x}, {y}, {w}, {a}]' for code, (x, y, w, a) in table.items()
    ]
    lines.append(",\n".join(entries))
    lines += ["  }", "}", ""]
    return "\n".join(lines)


def _check_complete(glyphs: dict[str, Picture], source: Path) -> None:
    missing = [f"U+{c:04X}" for c in LATIN1 if chr(c) not in glyphs]
    if missing:
        raise GridError(f"{source}: no glyph for {', '.join(missing)} — draw them")


def _weights(src: Path, palette: Palette) -> dict[str, dict[str, Picture]]:
    rules = read_json(src / "compose.json")
    marks_text = (src / "marks.txt").read_text(encoding="utf-8")
    marks = parse_grids(marks_text, palette, str(src / "marks.txt"))
    regular = _load_glyphs(src / "regular.txt", palette)
    bold = {char: _embolden(g) for char, g in regular.items()}
    bold.update(_load_glyphs(src / rules["bold_overrides"], palette))
    for glyphs in (regular, bold):
        _add_composed(glyphs, marks, rules)
        _check_complete(glyphs, src / "regular.txt")
    return {"regular": regular, "bold": bold}


def build(palette: Palette, root: Path) -> list[Path]:
    """Write assets/fonts/{regular,bold}.{png,json} under `root`."""
    from game.core.paths import assets_dir

    out_dir = root / "assets" / "fonts"
    produced = []
    white = palette.index("white")
    for weight, glyphs in _weights(assets_dir() / "src" / "font", palette).items():
        sheet, table = _sheet(glyphs, white)
        png = out_dir / f"{weight}.png"
        write_png(png, sheet, palette)
        produced += [
            png,
            write_text(out_dir / f"{weight}.json", _metadata(weight, table)),
        ]
    return produced
