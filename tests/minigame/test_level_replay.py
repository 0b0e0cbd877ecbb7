"""A level played by hand, recorded, and played back gives the same result."""

import sys
from pathlib import Path

import pygame

ROOT = Path(__file__).resolve().parents[2]
LEVEL = ROOT / "maps/minigame/ep1_teach.tmx"
TICKS = 900


def start(tmp_path, replay=None, seed=11):
    from game.app import MainLoop, build_context
    from game.core.options import LaunchOptions
    from game.display import Display
    from game.save.settings import default_settings

    pygame.display.init()
    options = LaunchOptions(level=LEVEL, frames=TICKS, mute=True, seed=seed)
    display = Display(vsync=False)
    ctx = build_context(options, default_settings(), display, seed)
    ctx.nav.start()
    return MainLoop(ctx, display, replay, None)


def test_a_recorded_level_replays_to_the_same_state(tmp_path, monkeypatch):
    monkeypatch.setenv("SMILE_PROTOCOL_DATA_DIR", str(tmp_path))
    sys.path.insert(0, str(ROOT / "tests/playthrough"))
    from driver import MinigameHands

    from game.input.replay import Recorder, load_recording
    from game.minigame.autoplay import AutoPlayer
    from game.minigame.sim import state_hash
    from game.minigame.view import CELL_PX

    loop = start(tmp_path)
    scene = loop.ctx.stack.top
    hands, bot = MinigameHands(CELL_PX), AutoPlayer(scene.state)
    recorder = Recorder(seed=11)
    for _ in range(TICKS):
        actions = hands.actions(bot.commands())
        recorder.record(actions)
        loop.tick(actions)
    played = state_hash(scene.state)
    recorder.save(tmp_path / "level.json")

    replay = load_recording(tmp_path / "level.json")
    again = start(tmp_path, replay, seed=replay.seed)
    again.run()
    assert state_hash(again.ctx.stack.top.state) == played
    idle = start(tmp_path, seed=11)
    idle.run()
    assert state_hash(idle.ctx.stack.top.state) != played  # the input mattered
    pygame.display.quit()
