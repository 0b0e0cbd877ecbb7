"""Special files where content should be: refused by name, never read."""

from __future__ import annotations

import os
import signal
import threading

import pytest

from game.app import run
from game.core.options import LaunchOptions
from game.dialogue.errors import DialogueError
from game.dialogue.program import read_file
from game.save.errors import LoadError
from game.save.slots import SaveStore
from game.tiled.errors import MapLoadError
from game.world.loader import load_map

fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")


@fifo
def test_a_fifo_map_is_refused(tmp_path):
    path = tmp_path / "room.tmx"
    os.mkfifo(path)
    with pytest.raises(MapLoadError) as caught:
        load_map(path)
    assert "room.tmx" in caught.value.findings[0].file


@fifo
def test_a_fifo_dialogue_file_is_refused(tmp_path):
    path = tmp_path / "talk.yarn"
    os.mkfifo(path)
    with pytest.raises(DialogueError, match="not a regular file"):
        read_file(path)


@fifo
def test_a_fifo_save_slot_is_a_damaged_slot(tmp_path):
    store = SaveStore(tmp_path)
    os.mkfifo(store.path("slot-1"))
    with pytest.raises(LoadError):
        store.load("slot-1")


def test_a_huge_dialogue_file_is_refused(tmp_path):
    path = tmp_path / "huge.yarn"
    with path.open("wb") as handle:
        handle.truncate(5 * 1024 * 1024)
    with pytest.raises(DialogueError, match="more than"):
        read_file(path)


def test_sigterm_ends_the_game_like_closing_the_window(tmp_path, monkeypatch):
    monkeypatch.setenv("SMILE_PROTOCOL_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("SMILE_PROTOCOL_CONFIG_DIR", str(tmp_path / "config"))
    timer = threading.Timer(0.5, os.kill, (os.getpid(), signal.SIGTERM))
    timer.start()
    try:
        # uncapped frames would take minutes; SIGTERM must end it at once
        assert run(LaunchOptions(frames=10_000_000, mute=True, seed=1)) == 0
    finally:
        timer.cancel()
