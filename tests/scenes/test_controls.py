"""The controls screen names inputs the way the player's device does."""

import pygame
import pytest

from game.input.actions import Action
from game.input.bindings import Device
from game.scenes.controls import ControlsScene


@pytest.mark.parametrize(
    ("style", "shown"),
    [(None, "(A)"), ("xbox", "(A)"), ("playstation", "Cross"), ("nintendo", "(B)")],
)
def test_pad_buttons_are_named_as_on_the_connected_pad(ctx, style, shown):
    ctx.pad_style = style
    scene = ControlsScene(ctx, Device.PAD)
    assert scene.detail(Action.CONFIRM) == shown


def test_keys_are_named_as_on_the_key_caps(ctx):
    scene = ControlsScene(ctx, Device.KEYS)
    assert scene.detail(Action.CONFIRM) == "Enter, Z"


def test_the_drawn_rows_carry_the_pad_names(ctx):
    ctx.pad_style = "playstation"
    scene = ControlsScene(ctx, Device.PAD)
    scene.draw(pygame.Surface((640, 360)), 0.0)
    confirm = scene.actions.index(Action.CONFIRM)
    assert scene.menu.items[confirm].detail == "Cross"


def test_a_rebinding_message_names_the_button_as_the_pad_does(ctx):
    ctx.pad_style = "playstation"
    scene = ControlsScene(ctx, Device.PAD)
    assert scene.rebind(Action.BACKLOG, "leftshoulder")
    assert scene.message.endswith(": L1")
