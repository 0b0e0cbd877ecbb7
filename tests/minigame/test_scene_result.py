"""The result screen: plot geometry, its buttons by left/right and Retry."""

from __future__ import annotations

import numpy as np
import pygame
import pytest

from game.core.paths import maps_dir
from game.input.actions import Action, ActionState
from game.minigame.result import MinigameResult
from game.scenes.minigame_result import (
    MinigameResultScene,
    integrity_floor,
    plot_points,
)
from game.tools.screens import headless_context

LEVEL = maps_dir() / "minigame" / "ep1_teach.tmx"


@pytest.fixture
def ctx(tmp_path, monkeypatch):
    monkeypatch.setenv("SMILE_PROTOCOL_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("SMILE_PROTOCOL_CONFIG_DIR", str(tmp_path / "config"))
    context = headless_context(seed=3)
    yield context
    pygame.display.quit()


def _result(outcome: str = "won") -> MinigameResult:
    ticks = 600
    return MinigameResult(
        level="ep1_teach",
        outcome=outcome,
        reason=outcome,
        score=1200,
        time=ticks / 60,
        peak_stress=42.0,
        integrity=0.97,
        integrity_history=np.linspace(0.93, 0.97, ticks, dtype=np.float32),
        stress_history=np.linspace(0, 42, ticks, dtype=np.float32),
    )


def test_plot_points_stay_inside_the_plot_and_span_it():
    rect = pygame.Rect(10, 20, 100, 50)
    points = plot_points(np.linspace(0.9, 1.0, 1000), 1.0, rect, 0.9)
    assert all(rect.collidepoint(p) for p in points)
    assert points[0] == (10, 69) and points[-1] == (109, 20)


def test_the_integrity_axis_starts_below_the_runs_lowest_value():
    assert integrity_floor(np.array([0.97, 0.99])) == pytest.approx(0.9)
    assert integrity_floor(np.array([0.62, 1.0])) == pytest.approx(0.6)


def test_right_moves_to_retry_which_restarts_the_level(ctx):
    from game.scenes.minigame import MinigameScene

    ctx.stack.push(MinigameResultScene(ctx, _result("lost"), None, LEVEL))
    ctx.stack.apply_requests()
    canvas = pygame.Surface((640, 360))
    ctx.stack.draw(canvas, 0.0)
    ctx.stack.update(
        ActionState(pressed=frozenset({Action.RIGHT})), 1 / 60, ActionState()
    )
    ctx.stack.update(
        ActionState(pressed=frozenset({Action.CONFIRM})), 1 / 60, ActionState()
    )
    ctx.stack.apply_requests()
    assert isinstance(ctx.stack.top, MinigameScene)


def test_a_run_out_of_time_names_the_integrity_it_was_short_of():
    from dataclasses import replace

    from game.minigame.hud import load_words
    from game.scenes.minigame_result import cause

    result = replace(
        _result("lost"),
        reason="time",
        integrity=0.97949,
        integrity_target=0.98,
        missing=("integrity",),
    )
    text = cause(result, load_words())
    assert "97.9%" in text and "98%" in text and "stress" not in text


def test_a_stress_loss_blames_stress_alone():
    from dataclasses import replace

    from game.minigame.hud import load_words
    from game.scenes.minigame_result import cause

    result = replace(_result("lost"), reason="stress", missing=("integrity",))
    assert cause(result, load_words()) == load_words()["reason_stress"]


def test_a_level_may_have_its_own_result_title():
    from game.minigame.hud import load_words
    from game.scenes.minigame_result import headline

    words = load_words()
    assert headline(_result("won"), words) == words["result_won_ep1_teach"]
    other = MinigameResult(**{**_result("won").__dict__, "level": "ep1_crisis"})
    assert headline(other, words) == words["result_won"]
