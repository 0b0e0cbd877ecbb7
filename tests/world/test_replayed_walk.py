"""A recorded walk, played back headless, takes the player through a door."""

import os
import subprocess
import sys
from pathlib import Path

import pygame

ROOT = Path(__file__).resolve().parents[2]
WALK = ROOT / "tests/fixtures/replays/showcase_door.json"
SHOWCASE = "maps/sample/showcase.tmx"


def test_the_recorded_walk_ends_in_the_other_room(tmp_path, monkeypatch):
    monkeypatch.setenv("SMILE_PROTOCOL_DATA_DIR", str(tmp_path))
    from game.app import MainLoop, build_context
    from game.core.options import LaunchOptions
    from game.display import Display
    from game.input.replay import load_recording
    from game.save.settings import default_settings
    from game.scenes.overworld import OverworldScene

    pygame.display.init()
    walk = load_recording(WALK)
    options = LaunchOptions(
        map=ROOT / SHOWCASE, at="start", frames=420, replay=WALK, mute=True
    )
    display = Display(vsync=False)
    ctx = build_context(options, default_settings(), display, walk.seed)
    ctx.nav.start()
    MainLoop(ctx, display, walk, None).run()
    world = ctx.stack.find(OverworldScene)
    assert world.map_path.name == "showcase_room.tmx"
    pygame.display.quit()


def test_main_plays_the_walk_headless_and_saves_the_last_frame(tmp_path):
    shot = tmp_path / "room.png"
    env = dict(os.environ, SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="dummy")
    env["SMILE_PROTOCOL_DATA_DIR"] = str(tmp_path)
    args = ["--map", SHOWCASE, "--at", "start", "--frames", "420"]
    args += ["--replay", str(WALK), "--screenshot", str(shot)]
    result = subprocess.run(
        [sys.executable, "main.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert pygame.image.load(str(shot)).get_size() == (640, 360)
