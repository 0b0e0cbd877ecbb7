"""Notices are told by kind (a thing done, news, a problem) and each kind is
drawn in its own palette colour."""

import numpy as np
import pygame
import pytest

from game.play.notices import NoticeKind, info, success, warning
from game.scenes.widgets import draw_notice
from game.ui.theme import load_theme


def _pixels_of(surface: pygame.Surface, rgb: tuple[int, int, int]) -> int:
    pixels = pygame.surfarray.pixels3d(surface)
    return int(np.all(pixels == np.array(rgb), axis=-1).sum())


def _drawn(ctx, notice) -> pygame.Surface:
    surface = pygame.Surface((640, 360))
    draw_notice(surface, notice, ctx.assets, load_theme())
    return surface


@pytest.mark.parametrize("make", [success, info, warning])
def test_a_notice_is_drawn_in_its_kinds_colour_and_no_other_kinds(ctx, make):
    theme = load_theme()
    notice = make("Quick saved.")
    surface = _drawn(ctx, notice)
    assert _pixels_of(surface, theme[notice.kind.theme_role]) > 20
    for other in NoticeKind:
        if other is not notice.kind:
            assert _pixels_of(surface, theme[other.theme_role]) == 0


def test_the_three_kinds_have_three_different_colours():
    theme = load_theme()
    assert len({theme[kind.theme_role] for kind in NoticeKind}) == 3


def test_a_quick_save_is_told_as_a_success(ctx, showcase):
    scene = showcase
    ctx.saves.quicksave(scene.save_snapshot)
    assert [(n.text, n.kind) for n in ctx.messages] == [
        ("Quick saved.", NoticeKind.SUCCESS)
    ]


def test_a_quick_load_without_a_quick_save_is_told_as_a_warning(ctx, showcase):
    ctx.saves.quickload()
    assert [n.kind for n in ctx.messages] == [NoticeKind.WARNING]
