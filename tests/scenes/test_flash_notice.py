"""The photosensitivity notice greets the first start, once, with reduced
flashes one press away."""

import pygame

from game.core.options import LaunchOptions
from game.input.actions import Action, ActionState
from game.save.settings import default_settings, load_settings, settings_path
from game.scenes.flash_notice import FlashNoticeScene
from game.scenes.title import TitleScene
from game.tools.screens import headless_context

CONFIRM = ActionState(pressed=frozenset({Action.CONFIRM}))


def _started(settings=None):
    ctx = headless_context(settings=settings, options=LaunchOptions(mute=True))
    ctx.nav.start()
    return ctx


def test_the_first_start_shows_the_notice_over_the_title(ctx):
    started = _started()
    assert isinstance(started.stack.top, FlashNoticeScene)
    assert isinstance(started.stack.scenes[0], TitleScene)


def test_one_press_turns_on_reduced_flashes_and_remembers_the_answer(ctx):
    started = _started()
    started.stack.update(CONFIRM, 1 / 60, ActionState())
    started.stack.apply_requests()
    saved = load_settings(settings_path())[0]
    assert saved.reduce_flashes and saved.flash_notice_seen
    assert isinstance(started.stack.top, TitleScene)


def test_playing_with_flashes_leaves_them_on_but_answers_the_notice(ctx):
    started = _started()
    started.stack.update(
        ActionState(pressed=frozenset({Action.DOWN})), 1 / 60, ActionState()
    )
    started.stack.update(CONFIRM, 1 / 60, ActionState())
    saved = load_settings(settings_path())[0]
    assert not saved.reduce_flashes and saved.flash_notice_seen


def test_a_seen_notice_does_not_come_back(ctx):
    settings = default_settings()
    settings.flash_notice_seen = True
    assert isinstance(_started(settings).stack.top, TitleScene)


def test_the_notice_is_drawn_with_its_words_inside_the_canvas(ctx):
    started = _started()
    surface = pygame.display.get_surface()
    started.stack.draw(surface, 1.0)
    top = started.stack.top
    assert all(y > 0 and y + h <= 360 for (_x, y, _w, h) in top.menu.rects)
