"""The save/load list scrolls when its slots do not all fit (large text)."""

import pygame

from game.input.actions import IDLE, Action, ActionState
from game.save.settings import default_settings
from game.save.slots import SaveStore
from game.scenes.save_load import SaveLoadScene
from game.tools.screens import headless_context


def _load_screen(tmp_path, text_size: int):
    settings = default_settings()
    settings.text_size = text_size
    ctx = headless_context(settings=settings)
    scene = SaveLoadScene(ctx, "load", store=SaveStore(tmp_path / "saves"))
    ctx.stack.push(scene)
    ctx.stack.apply_requests()
    return ctx, scene


def _draw(ctx):
    ctx.stack.draw(pygame.display.get_surface(), 1.0)


def _shown(scene) -> list[int]:
    return [i for i, rect in enumerate(scene.menu.rects) if rect[3] > 0]


def test_at_normal_text_every_slot_is_on_screen(ctx, tmp_path):
    ctx, scene = _load_screen(tmp_path, 1)
    _draw(ctx)
    assert _shown(scene) == list(range(len(scene.summaries)))


def test_at_large_text_moving_to_the_last_slot_scrolls_it_into_view(ctx, tmp_path):
    ctx, scene = _load_screen(tmp_path, 2)
    _draw(ctx)
    assert len(scene.summaries) - 1 not in _shown(scene)
    for _ in range(len(scene.summaries) - 1):
        ctx.stack.update(ActionState(pressed=frozenset({Action.DOWN})), 1 / 60, IDLE)
    _draw(ctx)
    assert len(scene.summaries) - 1 in _shown(scene)
    assert 0 not in _shown(scene)
    _x, y, _w, h = scene.menu.rects[-1]
    assert y + h <= 360
