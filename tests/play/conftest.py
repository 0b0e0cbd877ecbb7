"""A game context over a hidden window, shared by the scene tests."""

import pygame
import pytest

from game.tools.screens import headless_context


@pytest.fixture
def ctx(tmp_path, monkeypatch):
    monkeypatch.setenv("SMILE_PROTOCOL_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("SMILE_PROTOCOL_CONFIG_DIR", str(tmp_path / "config"))
    context = headless_context(seed=7)
    yield context
    pygame.display.quit()
