"""contact_sheet puts every character's portrait beside its sprite views."""

from __future__ import annotations

import pygame

from game.core.paths import assets_dir
from game.tools import contact_sheet


def test_it_lists_every_character_with_a_sprite_sheet():
    ids = contact_sheet.character_ids(assets_dir() / "characters")
    assert {"iris", "watchdog_rep", "ortho", "patient_a"} <= set(ids)


def test_it_shows_four_directions_and_a_walk_frame():
    frames = contact_sheet.sprite_frames(assets_dir() / "characters", "iris")
    assert [frame.get_size() for frame in frames] == [(16, 32)] * 5


def test_a_character_without_a_portrait_gets_none():
    assert contact_sheet.portrait(assets_dir() / "portraits", "patient_a") is None


def test_it_writes_a_2x_sheet_with_a_cell_per_character(tmp_path):
    out = tmp_path / "cast.png"
    assert contact_sheet.main([str(out)]) == 0
    ids = contact_sheet.character_ids(assets_dir() / "characters")
    rows = -(-len(ids) // contact_sheet.COLUMNS)
    width, height = pygame.image.load(str(out)).get_size()
    assert height >= rows * contact_sheet.CELL[1] * contact_sheet.SCALE
    assert width >= contact_sheet.COLUMNS * contact_sheet.CELL[0] * contact_sheet.SCALE
