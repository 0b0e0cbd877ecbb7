"""The title illustration fits the logical canvas."""

from __future__ import annotations

import pygame

from game.paths import assets_dir


def test_title_is_at_most_the_logical_canvas():
    image = pygame.image.load(str(assets_dir() / "title" / "title.png"))
    assert image.get_width() <= 640 and image.get_height() <= 360
