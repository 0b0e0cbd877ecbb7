"""Saves that pass the checksum but hold out-of-range values are refused by
name; whatever loads can be shown on the Load screen and played."""

from __future__ import annotations

import json
import math
import time

import pygame
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from game.core.story import StoryState
from game.input.actions import IDLE
from game.save.codec import checksum, encode_save
from game.save.errors import LoadError
from game.save.model import SaveGame
from game.save.slots import SaveStore
from game.scenes.save_load import SaveLoadScene
from game.tools.screens import headless_context

CASES = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
SECONDS = 5.0  # loading, showing and entering one save may take this long at most

extreme_numbers = st.sampled_from(
    [-1, -1e9, 0, 0.5, 6, 99, 2**31, 2**63, 1e12, 1e300, -1e300, 1e-300]
)
extreme_values = (
    extreme_numbers
    | st.text(min_size=0, max_size=3)
    | st.just("x" * 20_000)
    | st.just("../../../etc/passwd")
    | st.just("maps/ep1/missing.tmx")
    | st.lists(extreme_numbers, max_size=3)
    | st.dictionaries(st.just("k" * 300), extreme_numbers, max_size=1)
)


@pytest.fixture(scope="module")
def ctx():
    context = headless_context(seed=3)
    yield context
    pygame.display.quit()


def good_save() -> dict:
    story = StoryState(
        episode=1, variables={"trust": 1.0}, visits={"Ep1_Launch": 1}, play_time=60
    )
    game = SaveGame(
        story, "maps/ep1/lobby.tmx", (200.0, 200.0), saved_at="2031-01-01T00:00:00"
    )
    return json.loads(encode_save(game))


GOOD = good_save()


def write(store: SaveStore, data: dict) -> None:
    data["checksum"] = checksum(data)
    store.directory.mkdir(parents=True, exist_ok=True)
    store.path("slot-1").write_text(json.dumps(data), encoding="utf-8")


def survive(ctx, store: SaveStore) -> None:
    """Load slot-1; a refusal must name the file, a loaded save must show on
    the Load screen and enter the game, all within SECONDS."""
    start = time.perf_counter()
    try:
        game = store.load("slot-1")
    except LoadError as error:
        assert "slot-1.json" in str(error)
        game = None
    screen = SaveLoadScene(ctx, "load", store=store)
    ctx.stack.replace_all(screen)
    ctx.stack.apply_requests()
    screen.draw(pygame.display.get_surface(), 1.0)
    if game is not None:
        ctx.saves.load_game(game)
        ctx.stack.apply_requests()
        for _ in range(3):
            ctx.stack.update(IDLE, 1 / 60, IDLE)
        ctx.stack.draw(pygame.display.get_surface(), 1.0)
    assert time.perf_counter() - start < SECONDS


@CASES
@given(st.sampled_from(["map", "position", "facing", "label"]), extreme_values)
def test_a_save_field_out_of_range_is_refused_or_plays(
    ctx, tmp_path_factory, key, value
):
    store = SaveStore(tmp_path_factory.mktemp("saves"))
    data = json.loads(json.dumps(GOOD))
    data[key] = value
    write(store, data)
    survive(ctx, store)


@CASES
@given(
    st.sampled_from(["episode", "play_time", "visits", "variables", "once", "endings"]),
    extreme_values,
)
def test_a_story_field_out_of_range_is_refused_or_plays(
    ctx, tmp_path_factory, key, value
):
    store = SaveStore(tmp_path_factory.mktemp("saves"))
    data = json.loads(json.dumps(GOOD))
    data["story"][key] = value
    write(store, data)
    survive(ctx, store)


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        ("episode", 9, "episode 9 is not one of"),
        ("play_time", -5, "play_time should be between"),
        ("play_time", 1e300, "play_time should be between"),
        ("visits", {"A": -1}, "visits of 'A' should be between"),
        ("variables", {"x": "y" * 20_000}, "longer than"),
    ],
)
def test_an_out_of_range_story_value_is_named(tmp_path, key, value, message):
    store = SaveStore(tmp_path)
    data = json.loads(json.dumps(GOOD))
    data["story"][key] = value
    write(store, data)
    with pytest.raises(LoadError) as caught:
        store.load("slot-1")
    assert message in str(caught.value)


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        ("map", "dialogue/ep1/launch.yarn", "should be a .tmx file under maps/"),
        ("map", "../outside.tmx", "should be a path inside the project"),
        ("position", [1e300, 0], "position x should be between"),
        ("label", "L" * 5_000, "label is longer than"),
    ],
)
def test_an_out_of_range_save_value_is_named(tmp_path, key, value, message):
    store = SaveStore(tmp_path)
    data = json.loads(json.dumps(GOOD))
    data[key] = value
    write(store, data)
    with pytest.raises(LoadError) as caught:
        store.load("slot-1")
    assert message in str(caught.value)


def test_the_untouched_save_loads(tmp_path):
    store = SaveStore(tmp_path)
    write(store, json.loads(json.dumps(GOOD)))
    game = store.load("slot-1")
    assert game.story.episode == 1 and math.isclose(game.story.play_time, 60)
