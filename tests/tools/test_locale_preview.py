"""The locale preview plays a conversation and pictures what a player sees."""

import pygame
import pytest

from game.tools.locale_preview import preview_context, read_conversation
from game.ui.dialogue_view import BOX

BACKDROP = (40, 50, 70)


@pytest.fixture(params=[1, 2], ids=["normal text", "large text"])
def reading(request):
    ctx = preview_context("pseudo", request.param)
    yield read_conversation(ctx, "Ep1_Launch", [1, 1, 1])
    pygame.display.quit()


def test_it_pictures_the_first_and_longest_lines_choices_and_backlog(reading):
    assert {"first", "longest", "backlog", "options_1"} <= set(reading.pictures)
    assert all(line.text.endswith("]") for line in reading.lines)


def test_the_longest_line_is_drawn_inside_the_box(reading):
    picture = reading.pictures["longest"]
    below = picture.subsurface((0, BOX.bottom + 1, 640, 360 - BOX.bottom - 1))
    assert pygame.transform.average_color(below)[:3] == BACKDROP
    inside = picture.subsurface(BOX.inflate(-24, -24))
    white = pygame.mask.from_threshold(inside, (255, 255, 255), (40, 40, 40, 255))
    assert white.count() > 0


def test_the_options_panel_ends_above_the_box(reading):
    picture = reading.pictures["options_1"]
    right_half = (BOX.centerx, BOX.y - 6, BOX.width // 2, 4)  # past the name plate
    strip = picture.subsurface(right_half)
    assert pygame.transform.average_color(strip)[:3] == BACKDROP
