"""The dialogue name plate shows the speaker's name and, when there is one,
their role after it in dim type."""

import numpy as np
import pygame
import pytest

from game.art.palette import load_palette
from game.tools.screens import headless_context
from game.ui.dialogue_view import BOX, ROLE_COLOUR, draw_name_plate


@pytest.fixture(scope="module")
def assets():
    pygame.display.init()
    pygame.display.set_mode((640, 360))
    yield headless_context(seed=0).assets
    pygame.display.quit()


def _plate(assets, role):
    surface = pygame.Surface((640, 360))
    draw_name_plate(surface, assets.ui, assets.fonts, "Ines Calder", "coral", role)
    return surface


def _columns_with(surface, rgb) -> np.ndarray:
    strip = pygame.surfarray.pixels3d(surface)[:, BOX.y - 18 : BOX.y + 2]
    return np.flatnonzero(np.all(strip == np.array(rgb), axis=-1).any(axis=1))


def test_a_role_is_drawn_after_the_name_in_its_dim_colour(assets):
    palette = load_palette()
    surface = _plate(assets, "Eastside Care Watch")
    name_columns = _columns_with(surface, palette.rgb("coral"))
    role_columns = _columns_with(surface, palette.rgb(ROLE_COLOUR))
    assert role_columns.size > 0
    assert role_columns.min() > name_columns.max()


def test_without_a_role_only_the_name_is_on_the_plate(assets):
    surface = _plate(assets, None)
    assert _columns_with(surface, load_palette().rgb(ROLE_COLOUR)).size == 0


def test_the_plate_grows_to_hold_the_role(assets):
    plain, titled = _plate(assets, None), _plate(assets, "Eastside Care Watch")
    assert _drawn_width(titled) > _drawn_width(plain)


def _drawn_width(surface) -> int:
    strip = pygame.surfarray.pixels3d(surface)[:, BOX.y - 18 : BOX.y + 2]
    return int(np.flatnonzero(strip.any(axis=(1, 2))).max())
