"""The random-input soak runs the game on mashed input without an exception."""

from __future__ import annotations

import numpy as np
import pygame

from game.input.actions import Action
from game.input.bindings import Device
from game.input.capture import InputCapture
from game.tools.soak import press_raw_input, random_actions, soak


def test_random_input_is_the_same_for_the_same_seed():
    one = [random_actions(np.random.default_rng(4)) for _ in range(1)]
    two = [random_actions(np.random.default_rng(4)) for _ in range(1)]
    assert one == two


def test_mashing_never_presses_screenshot_or_the_overlay():
    rng = np.random.default_rng(5)
    pressed = set().union(*(random_actions(rng).pressed for _ in range(3000)))
    assert Action.SCREENSHOT not in pressed and Action.DEBUG_OVERLAY not in pressed
    assert Action.CONFIRM in pressed and Action.PAUSE in pressed


def test_a_short_soak_plays_several_screens_without_an_exception():
    try:
        frames, seen = soak(3.0, seed=7)
    finally:
        pygame.display.quit()
    assert frames > 100
    assert len(seen) >= 2


def test_a_restless_masher_presses_cancel_far_more_often():
    calm = np.random.default_rng(6)
    restless = np.random.default_rng(6)
    calm_cancels = sum(
        Action.CANCEL in random_actions(calm).pressed for _ in range(3000)
    )
    restless_cancels = sum(
        Action.CANCEL in random_actions(restless, restless=True).pressed
        for _ in range(3000)
    )
    assert restless_cancels > 3 * calm_cancels


def test_the_masher_answers_a_rebinding_capture_with_a_raw_input():
    capture = InputCapture()
    capture.arm(Device.KEYS)
    rng = np.random.default_rng(8)
    for _ in range(1000):
        press_raw_input(capture, rng)
    assert not capture.armed
