"""Test setup: headless SDL drivers and private user folders, before pygame loads."""

import os
import tempfile

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
# The test workers already use every processor: checks run in one process
# (tests of sharing work with a child process set this themselves).
os.environ.setdefault("SMILE_PROTOCOL_JOBS", "1")
_USER_DIRS = tempfile.mkdtemp(prefix="smile-protocol-tests-")
os.environ["SMILE_PROTOCOL_CONFIG_DIR"] = os.path.join(_USER_DIRS, "config")
os.environ["SMILE_PROTOCOL_DATA_DIR"] = os.path.join(_USER_DIRS, "data")
os.environ["SMILE_PROTOCOL_CACHE_DIR"] = os.path.join(_USER_DIRS, "cache")

import pygame  # noqa: E402  (after the SDL drivers are chosen above)
import pytest  # noqa: E402

from game.tools.screens import headless_context  # noqa: E402


@pytest.fixture
def ctx(tmp_path, monkeypatch):
    """A real game context over a hidden window, with this test's own user
    folders (modules that need another kind define their own `ctx`)."""
    monkeypatch.setenv("SMILE_PROTOCOL_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("SMILE_PROTOCOL_CONFIG_DIR", str(tmp_path / "config"))
    context = headless_context(seed=7)
    yield context
    pygame.display.quit()
