"""The time card: fades in, holds, fades out, then says it is done."""

from __future__ import annotations

import pygame
import pytest

from game.input.actions import Action, ActionState
from game.scenes.time_card import TimeCardScene
from game.tools.screens import headless_context

TICK = 1 / 60


@pytest.fixture
def card():
    ctx = headless_context(seed=0)
    done = []
    scene = TimeCardScene(ctx, "Day 3", "Evening, the community forum", done.append)
    ctx.stack.push(scene)
    ctx.stack.apply_requests()
    scene.done = done
    yield scene
    pygame.display.quit()


def run(scene, seconds, pressed=()):
    for _ in range(round(seconds * 60)):
        state = ActionState(held=frozenset(pressed), pressed=frozenset(pressed))
        scene.ctx.stack.update(state, TICK, ActionState())
        scene.ctx.stack.apply_requests()


def test_the_card_rises_holds_and_falls(card):
    assert card.opacity() == 0.0
    run(card, card.fade)
    assert card.opacity() == pytest.approx(1.0)
    run(card, (card.length - 2 * card.fade) / 2)
    assert card.opacity() == pytest.approx(1.0)


def test_the_card_leaves_and_calls_back_once_when_its_time_is_up(card):
    card.on_done = lambda: card.done.append("done")
    run(card, card.length + 0.5)
    assert card.done == ["done"] and card.ctx.stack.top is None


def test_confirm_skips_to_the_fade_out(card):
    card.on_done = lambda: card.done.append("done")
    run(card, 0.1, pressed={Action.CONFIRM})
    assert card.done == []  # still fading out, not cut off
    run(card, card.fade)
    assert card.done == ["done"]


def test_the_card_draws_its_title_on_the_backdrop(card):
    run(card, card.fade * 2)
    surface = pygame.Surface((640, 360))
    card.draw(surface, 0.0)
    middle = {surface.get_at((x, 170))[:3] for x in range(280, 360)}
    assert len(middle) > 1  # the title's pixels over the flat backdrop
