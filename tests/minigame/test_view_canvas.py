"""The view canvas: codes written into its array show in their palette
colours after one blit, and a keyed blit leaves code 0 transparent."""

from __future__ import annotations

import numpy as np
import pygame

from game.minigame.view import VIEW_H, VIEW_W
from game.minigame.view_canvas import ViewCanvas

COLOURS = [(10, 20, 30), (200, 40, 60), (5, 250, 90)]


def _pixels(surface: pygame.Surface) -> np.ndarray:
    return pygame.surfarray.array3d(surface).transpose(1, 0, 2)


def test_codes_written_into_the_view_show_in_their_colours_after_present():
    canvas = ViewCanvas(COLOURS)
    canvas.view[:] = 1
    canvas.view[7, 300:302] = 2
    target = pygame.Surface((VIEW_W, VIEW_H))
    canvas.present(target)
    pixels = _pixels(target)
    assert tuple(pixels[0, 0]) == COLOURS[1]
    assert tuple(pixels[7, 300]) == tuple(pixels[7, 301]) == COLOURS[2]
    assert tuple(pixels[7, 302]) == COLOURS[1]


def test_the_padding_around_the_view_is_never_shown():
    canvas = ViewCanvas(COLOURS)
    canvas.codes[:] = 2
    canvas.view[:] = 0
    target = pygame.Surface((VIEW_W + 20, VIEW_H + 20))
    canvas.present(target)
    pixels = _pixels(target)
    assert (pixels[:VIEW_H, :VIEW_W] == COLOURS[0]).all()
    assert not pixels[VIEW_H:].any() and not pixels[:, VIEW_W:].any()


def test_a_keyed_present_leaves_code_zero_transparent():
    canvas = ViewCanvas(COLOURS)
    canvas.view[100:, :] = 2
    target = pygame.Surface((VIEW_W, VIEW_H))
    target.fill((1, 2, 3))
    canvas.present(target, keyed=True)
    pixels = _pixels(target)
    assert tuple(pixels[99, 0]) == (1, 2, 3)
    assert tuple(pixels[100, 0]) == COLOURS[2]
