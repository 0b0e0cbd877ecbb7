"""The Save/Load screens: slots, confirmation of overwrite/delete, damaged slots."""

from __future__ import annotations

import numpy as np
import pygame
import pytest

from game.art.palette import load_palette
from game.art.png import encode_png
from game.core.story import StoryState
from game.input.actions import IDLE, Action, ActionState
from game.save.model import SaveGame
from game.save.slots import SaveStore
from game.scenes.base import Scene
from game.scenes.confirm import ChoiceScene
from game.scenes.save_load import SaveLoadScene
from game.tools.screens import headless_context


@pytest.fixture(scope="module", autouse=True)
def display():
    pygame.display.init()
    pygame.display.set_mode((640, 360))


@pytest.fixture
def ctx():
    context = headless_context(seed=1)
    context.stack.push(Scene(context))  # the game below
    context.stack.apply_requests()
    return context


@pytest.fixture
def store(tmp_path):
    return SaveStore(tmp_path / "saves")


def game(label: str, trust: float = 1.0) -> SaveGame:
    picture = encode_png(np.full((90, 160), 3, np.uint8), load_palette())
    story = StoryState(variables={"trust": trust}, play_time=125.0)
    return SaveGame(
        story, "maps/a.tmx", (1, 2), "down", label, picture, "2031-04-02T18:21:05+00:00"
    )


def press(*actions: Action) -> ActionState:
    return ActionState(pressed=frozenset(actions))


def step(ctx, *actions: Action) -> None:
    ctx.stack.update(press(*actions), 1 / 60, IDLE)


def open_screen(ctx, store, **kwargs) -> SaveLoadScene:
    scene = SaveLoadScene(ctx, store=store, **kwargs)
    ctx.stack.push(scene)
    ctx.stack.apply_requests()
    return scene


def test_saving_into_an_empty_slot_writes_at_once(ctx, store):
    scene = open_screen(ctx, store, mode="save", snapshot=lambda: game("Lobby"))
    step(ctx, Action.CONFIRM)
    assert store.load("slot-1").label == "Lobby"
    assert "Saved in Slot 1" in scene.notice.text


def test_overwriting_asks_first_and_cancel_keeps_the_old_save(ctx, store):
    store.save("slot-1", game("Old"))
    open_screen(ctx, store, mode="save", snapshot=lambda: game("New"))
    step(ctx, Action.CONFIRM)
    assert isinstance(ctx.stack.top, ChoiceScene)
    step(ctx, Action.CONFIRM)  # the focus starts on Cancel
    assert store.load("slot-1").label == "Old"


def test_overwrite_when_chosen_replaces_the_save(ctx, store):
    store.save("slot-1", game("Old"))
    open_screen(ctx, store, mode="save", snapshot=lambda: game("New"))
    step(ctx, Action.CONFIRM)
    step(ctx, Action.UP)
    step(ctx, Action.UP)
    step(ctx, Action.CONFIRM)
    assert store.load("slot-1").label == "New"
    assert isinstance(ctx.stack.top, SaveLoadScene)


def test_delete_needs_a_second_yes(ctx, store):
    store.save("slot-1", game("Doomed"))
    open_screen(ctx, store, mode="load")
    for _ in range(4):  # quick save and three autosaves come first
        step(ctx, Action.DOWN)
    step(ctx, Action.CONFIRM)
    step(ctx, Action.DOWN)
    step(ctx, Action.CONFIRM)  # "Delete"
    assert store.summary("slot-1").game is not None
    step(ctx, Action.UP)
    step(ctx, Action.CONFIRM)  # "Delete" in the yes/no question
    assert store.summary("slot-1").empty


def test_loading_closes_the_screen_and_hands_over_the_game(ctx, store):
    store.save("quick", game("Lab", trust=4.0))
    loaded = []
    open_screen(ctx, store, mode="load", on_load=loaded.append)
    step(ctx, Action.CONFIRM)
    step(ctx, Action.CONFIRM)
    assert loaded[0].story.variables["trust"] == 4.0
    assert not isinstance(ctx.stack.top, (SaveLoadScene, ChoiceScene))


def test_a_damaged_slot_offers_its_backup(ctx, store):
    store.save("quick", game("First", trust=1.0))
    store.save("quick", game("Second", trust=2.0))
    store.path("quick").write_bytes(b'{"kind": "smile-protocol-save", "sch')
    loaded = []
    scene = open_screen(ctx, store, mode="load", on_load=loaded.append)
    assert scene.focused.error is not None
    step(ctx, Action.CONFIRM)
    dialog = ctx.stack.top
    assert "quick.json" in dialog.body and "truncated" in dialog.body
    step(ctx, Action.CONFIRM)  # "Load the backup" has the focus
    assert loaded[0].label == "First"


def test_save_mode_lists_only_manual_slots(ctx, store):
    scene = open_screen(ctx, store, mode="save", snapshot=lambda: None)
    assert [s.slot for s in scene.summaries][:2] == ["slot-1", "slot-2"]
    step(ctx, Action.CONFIRM)
    assert "nothing to save" in scene.notice.text
    assert store.summary("slot-1").empty


def test_cancel_closes_the_screen(ctx, store):
    open_screen(ctx, store, mode="load")
    step(ctx, Action.CANCEL)
    assert not isinstance(ctx.stack.top, SaveLoadScene)


def test_both_screens_draw_with_every_kind_of_slot(ctx, store):
    store.save("slot-1", game("Lobby"))
    store.save("slot-2", game("Lab"))
    store.path("slot-2").write_bytes(b"garbage")
    for mode in ("save", "load"):
        scene = open_screen(ctx, store, mode=mode, snapshot=lambda: game("x"))
        surface = pygame.Surface((640, 360))
        for _ in range(3):
            scene.draw(surface, 1.0)
            step(ctx, Action.DOWN)
        ctx.stack.pop()
        ctx.stack.apply_requests()


def test_saving_in_a_slot_is_remembered_as_the_last_save(ctx, store):
    ctx.story = StoryState(variables={"trust": 1.0})
    assert ctx.saves.unsaved_progress()
    open_screen(ctx, store, mode="save", snapshot=lambda: game("Lobby"))
    step(ctx, Action.CONFIRM)
    assert not ctx.saves.unsaved_progress()
