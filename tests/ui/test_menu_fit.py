"""Menus with long (translated) labels: cut visibly, never over the value."""

from dataclasses import replace

import pygame
import pytest

from game.save.settings import default_settings
from game.tools.screens import headless_context, run_scene
from game.ui.menu_view import ELLIPSIS, fit


@pytest.fixture
def font():
    ctx = headless_context()
    yield ctx.assets.fonts.regular
    pygame.display.quit()


def test_a_label_that_fits_is_left_whole(font):
    assert fit(font, "Music volume", 200) == "Music volume"


def test_a_label_too_wide_ends_in_an_ellipsis_within_the_width(font):
    label = "Áüûtöô-áàðváàñçéè ðîïáàlöôgüûéè" * 2
    cut = fit(font, label, 120)
    assert cut.endswith(ELLIPSIS) and font.measure(cut)[0] <= 120
    assert label.startswith(cut[:-1])


def test_the_pseudo_locale_reaches_the_menu_labels():
    settings = replace(default_settings(), locale="pseudo", text_size=2)
    ctx = headless_context(settings=settings)
    scene = None

    def settings_screen(c):
        nonlocal scene
        scene = c.screens.settings()
        return scene

    run_scene(ctx, settings_screen, ticks=1)
    assert scene.view.text("Language") == "[Láàñgüûáàgéè]"
    assert scene.view.text("") == ""
    pygame.display.quit()
