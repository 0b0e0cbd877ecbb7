"""The title illustration: its size and the calm areas other UI draws over."""

from __future__ import annotations

import pygame

from game.art.compose import read_json
from game.art.palette import load_palette
from game.core.paths import assets_dir

TITLE_SRC = assets_dir() / "src" / "title" / "title.json"


def test_title_is_at_most_the_logical_canvas():
    image = pygame.image.load(str(assets_dir() / "title" / "title.png"))
    assert image.get_width() <= 640 and image.get_height() <= 360


def _colours(x0: int, y0: int, x1: int, y1: int) -> set[tuple[int, int, int]]:
    image = pygame.image.load(str(assets_dir() / "title" / "title.png"))
    return {
        tuple(image.get_at((x, y)))[:3] for x in range(x0, x1) for y in range(y0, y1)
    }


def test_hint_strip_along_the_bottom_is_one_plain_colour():
    assert len(_colours(0, 331, 640, 360)) == 1


def test_menu_area_holds_only_the_sky_gradient():
    palette = load_palette()
    sky = {palette.rgb(c) for c, _y in read_json(TITLE_SRC)["sky"]["stops"]}
    assert _colours(20, 180, 190, 300) <= sky
