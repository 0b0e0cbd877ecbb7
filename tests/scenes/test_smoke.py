"""Every scene runs 60 fixed updates and draws a frame that is not blank."""

import numpy as np
import pygame
import pytest

from game.tools.screens import menu_screens, run_scene


def distinct_colours(surface: pygame.Surface) -> int:
    pixels = pygame.surfarray.array2d(surface)
    return len(np.unique(pixels))


@pytest.mark.parametrize("name", sorted(menu_screens()))
def test_each_menu_screen_runs_and_draws_a_real_frame(ctx, name):
    surface = run_scene(ctx, menu_screens()[name])
    assert distinct_colours(surface) >= 4


def test_the_pause_menu_draws_over_the_scene_below(ctx):
    from game.scenes.pause import PauseScene
    from game.scenes.title import TitleScene

    ctx.stack.replace_all(TitleScene(ctx))
    ctx.stack.push(PauseScene(ctx))
    ctx.stack.apply_requests()
    surface = ctx.display.surface
    ctx.stack.draw(surface, 1.0)
    assert distinct_colours(surface) >= 8
    assert len(ctx.stack) == 2
