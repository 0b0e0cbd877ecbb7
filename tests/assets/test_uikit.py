"""UI frames: 9-slice panels at any size, icons and pointers."""

from __future__ import annotations

import pygame
import pytest

from game.assets.uikit import load_ui

ICONS = [
    "check", "lock", "gear", "save", "load", "speaker", "music",
    "keyboard", "gamepad", "star", "arrow_down", "warning",
]  # fmt: skip
STYLES = [
    "panel", "inset", "plate", "button", "button_focused",
    "button_pressed", "button_disabled",
]  # fmt: skip


@pytest.fixture(scope="module")
def kit():
    pygame.display.init()
    pygame.display.set_mode((640, 360))
    return load_ui()


@pytest.mark.parametrize("style", STYLES)
@pytest.mark.parametrize("size", [(200, 60), (25, 17), (12, 12)])
def test_panel_draws_exactly_the_requested_size(kit, style, size):
    surface = pygame.Surface((300, 100), pygame.SRCALPHA)
    area = kit.draw_panel(surface, (10, 20, *size), style)
    assert area == pygame.Rect(10, 20, *size)


def test_panel_corners_come_from_the_source_corners(kit):
    big = kit.panel("panel", (100, 50))
    source = kit.image("panel")
    w, h = source.get_size()
    assert big.get_at((0, 0)) == source.get_at((0, 0))
    assert big.get_at((99, 49)) == source.get_at((w - 1, h - 1))
    assert big.get_at((1, 1)) == source.get_at((1, 1))


def test_panel_centre_is_filled(kit):
    big = kit.panel("panel", (100, 50))
    assert big.get_at((50, 25)) == kit.image("panel").get_at((6, 6))
    assert big.get_at((50, 25)).a == 255


@pytest.mark.parametrize("name", ICONS)
def test_every_icon_exists_and_is_small(kit, name):
    assert kit.icon(name).get_size() in ((8, 8), (12, 12))


def test_unknown_region_error_lists_the_known_ones(kit):
    with pytest.raises(KeyError, match="panel"):
        kit.image("nope")


def test_every_frame_names_a_readable_text_colour(kit):
    for style in STYLES:
        assert kit.text_colour(style) in ("white", "silver", "mint", "steel")
