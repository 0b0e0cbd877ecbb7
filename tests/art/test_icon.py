"""The window icon is built from its grid source to a square PNG."""

import pygame

from game.art import build_icon
from game.art.palette import load_palette
from game.display import icon_path


def test_the_icon_builds_to_a_square_png_with_a_transparent_corner(tmp_path):
    [path] = build_icon.build(load_palette(), tmp_path)
    image = pygame.image.load(str(path))
    assert image.get_width() == image.get_height() == 32
    assert pygame.mask.from_surface(image).get_at((0, 0)) == 0


def test_the_display_uses_the_committed_icon():
    assert pygame.image.load(icon_path()).get_size() == (32, 32)
