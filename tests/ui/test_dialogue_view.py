"""The dialogue box's layout copes with long (translated) text."""

from itertools import pairwise

import pygame
import pytest

from game.assets.text_style import apply_text_style
from game.save.settings import default_settings
from game.tools.screens import headless_context
from game.ui.dialogue_view import BOX, option_lines, option_rects

LONG = "[Æ véèrý löôñg çhöôîïçéè] " * 8


@pytest.fixture(params=[1, 2], ids=["normal text", "large text"])
def fonts(request):
    ctx = headless_context()
    settings = default_settings()
    settings.text_size = request.param
    apply_text_style(ctx.assets.fonts, settings)
    yield ctx.assets.fonts
    pygame.display.quit()


def test_a_long_option_wraps_inside_the_box_width(fonts):
    short, long_ = option_rects(fonts, ["Yes", LONG])
    assert long_.height > short.height
    assert BOX.x <= long_.x and long_.right <= BOX.right
    lines = option_lines(fonts, LONG, long_.width)
    shown = "".join(s.text for line in lines for s in line)
    assert shown.replace(" ", "") == LONG.replace(" ", "")
    assert long_.height >= len(lines) * fonts.line_height


def test_option_rows_stack_above_the_box_without_overlapping(fonts):
    choice = "[Kéèéèp îït. ÎÏt's ýöôüûrs. Séèrîïöôüûslý, ýöôüû söôüûñð léèss fîïñéè]"
    rects = option_rects(fonts, [choice, "No", choice, "Maybe"])
    for upper, lower in pairwise(rects):
        assert upper.bottom <= lower.top
    assert rects[0].top >= 0 and rects[-1].bottom < BOX.top


def test_options_too_tall_for_the_space_above_stay_on_screen(fonts):
    rects = option_rects(fonts, [LONG, "No", LONG, "Maybe"])
    assert rects[0].top >= 0 and rects[-1].bottom <= 360


def test_an_option_with_brackets_is_measured_as_text(fonts):
    (rect,) = option_rects(fonts, ["[Léèt's göô]"])
    assert rect.height > 0
