"""The objective on screen: a toast when it changes, a line on the pause screen."""

from __future__ import annotations

import pygame
import pytest

from game.core.story import StoryState
from game.scenes.objective import ObjectiveToast, draw_objective_line
from game.tools.screens import headless_context
from game.ui.theme import load_theme


def test_a_new_objective_shows_for_its_seconds():
    toast = ObjectiveToast(2.5, "")
    toast.update("Find Malik", covered=False, dt=0.0)
    assert toast.showing and toast.text == "Find Malik"
    toast.update("Find Malik", covered=False, dt=2.6)
    assert not toast.showing


def test_the_objective_at_the_start_is_not_announced():
    toast = ObjectiveToast(2.5, "Find Malik")
    toast.update("Find Malik", covered=False, dt=0.1)
    assert not toast.showing


def test_a_change_during_a_conversation_shows_when_it_ends():
    toast = ObjectiveToast(2.5, "")
    toast.update("Find Malik", covered=True, dt=0.1)
    assert not toast.showing
    toast.update("Find Malik", covered=False, dt=0.1)
    assert toast.showing


def test_clearing_the_objective_shows_nothing():
    toast = ObjectiveToast(2.5, "Find Malik")
    toast.update("", covered=False, dt=0.1)
    assert not toast.showing and toast.seen == ""


@pytest.fixture
def ctx():
    context = headless_context(seed=0)
    yield context
    pygame.display.quit()


def drawn(ctx, objective):
    ctx.story = StoryState(objective=objective)
    surface = pygame.Surface((640, 360))
    draw_objective_line(surface, ctx, load_theme(), 300)
    return pygame.transform.average_color(surface, pygame.Rect(0, 300, 640, 30))


def test_the_pause_line_shows_the_objective_and_nothing_without_one(ctx):
    assert drawn(ctx, "")[:3] == (0, 0, 0)
    assert drawn(ctx, "Find Malik in his lab")[:3] != (0, 0, 0)


def test_a_long_objective_in_large_text_wraps_to_stay_on_screen(ctx):
    from dataclasses import replace

    from game.assets.text_style import apply_text_style
    from game.save.settings import default_settings

    apply_text_style(ctx.assets.fonts, replace(default_settings(), text_size=2))
    long = "Ask the patients on the treatment floor how they feel, then Malik"
    ctx.story = StoryState(objective=long)
    surface = pygame.Surface((640, 360))
    panel = draw_objective_line(surface, ctx, load_theme(), 300)
    assert panel is not None and surface.get_rect().contains(panel)
    assert panel.height > 2 * ctx.assets.fonts.line_height  # two rows of text
