"""Playthrough tests import the scripted player (driver.py) from this folder;
`player` is a Driver at the title screen of a fresh game (a module's SEED, if
it has one, seeds the run)."""

import sys
from pathlib import Path

import pygame
import pytest

sys.path.insert(0, str(Path(__file__).parent))

DEFAULT_SEED = 2045


@pytest.fixture
def player(request, tmp_path, monkeypatch):
    from driver import Driver

    from game.app import MainLoop, build_context
    from game.core.options import LaunchOptions
    from game.display import Display
    from game.save.settings import default_settings

    monkeypatch.setenv("SMILE_PROTOCOL_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("SMILE_PROTOCOL_CONFIG_DIR", str(tmp_path / "config"))
    seed = getattr(request.module, "SEED", DEFAULT_SEED)
    pygame.display.init()
    display = Display(vsync=False)
    options = LaunchOptions(frames=1, mute=True, seed=seed)
    ctx = build_context(options, default_settings(), display, seed)
    ctx.nav.start()
    yield Driver(MainLoop(ctx, display, None, None))
    pygame.display.quit()
