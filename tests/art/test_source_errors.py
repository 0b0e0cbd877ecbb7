"""Broken art sources give messages that name the file and line."""

from __future__ import annotations

import pytest

from game.art.compose import read_json, require_height
from game.art.grid import GridError, parse_grids
from game.art.palette import PaletteError, load_palette, parse_palette


@pytest.fixture(scope="module")
def palette():
    return load_palette()


def test_unknown_grid_char_names_file_line_and_char(palette):
    text = "# comment\n@A\nww\nw?\n"
    with pytest.raises(GridError, match=r"font\.txt:2: @A row 2 col 2: '\?'"):
        parse_grids(text, palette, "font.txt")


def test_ragged_grid_rows_name_file_and_line(palette):
    with pytest.raises(GridError, match=r"ui\.txt:1: row 2 of @x"):
        parse_grids("@x\nww\nw\n", palette, "ui.txt")


def test_glyph_of_wrong_height_names_file_and_line(palette):
    text = "# header\n\n@Q\nw\nw\n"
    pictures = parse_grids(text, palette, "regular.txt")
    with pytest.raises(
        GridError, match=r"regular\.txt:3: @Q is 2 rows tall; it must be 9"
    ):
        require_height(pictures, 9, text, "regular.txt")


def test_bad_palette_line_names_file_and_line():
    with pytest.raises(PaletteError, match=r"pal\.txt:2:"):
        parse_palette("k ink #000000\nbroken line\n", "pal.txt")


def test_malformed_json_source_names_file_line_and_column(tmp_path):
    path = tmp_path / "cast.json"
    path.write_text('{\n  "a": 1,\n  "b": \n}\n', encoding="utf-8")
    with pytest.raises(GridError, match=r"cast\.json:4:1"):
        read_json(path)
