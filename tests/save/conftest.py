"""Fixtures for the save tests: a mid-episode game and a store in a temp folder."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import numpy as np
import pytest

from game.art.palette import load_palette
from game.art.png import encode_png
from game.core.story import StoryState
from game.save.model import SaveGame
from game.save.slots import SaveStore


def tiny_png() -> bytes:
    """A real 4x2 indexed PNG in the game's palette."""
    return encode_png(np.array([[0, 1, 2, 3], [4, 5, 6, 7]], np.uint8), load_palette())


def mid_episode_story() -> StoryState:
    return StoryState(
        episode=1,
        variables={"trust": 2.5, "told_sandra": True, "patient": "Ms. Adeyemi"},
        visits={"Launch": 1, "Lab_Malik": 3},
        once={"poster_lobby", "ortho_hint_1"},
        minigame={"teaching": {"outcome": "won", "score": 1200.0, "time": 93.25}},
        endings=[],
        play_time=754.125,
    )


class FakeClock:
    """Returns times one minute apart, starting at a fixed moment."""

    def __init__(self) -> None:
        self.now = datetime(2031, 4, 2, 18, 20, 5, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.now += timedelta(minutes=1)
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def make_game(clock):
    def make(**changes) -> SaveGame:
        story = mid_episode_story()
        for key, value in changes.pop("variables", {}).items():
            story.variables[key] = value
        return SaveGame.capture(
            story,
            changes.pop("map", "maps/episode1/lab.tmx"),
            changes.pop("position", (118.5, 240.0)),
            facing=changes.pop("facing", "up"),
            label=changes.pop("label", "Malik's lab"),
            thumbnail=changes.pop("thumbnail", tiny_png()),
            clock=clock,
        )

    return make


@pytest.fixture
def store(tmp_path) -> SaveStore:
    return SaveStore(tmp_path / "saves")


@pytest.fixture
def story() -> StoryState:
    return mid_episode_story()
