"""The whole program, headless: launch, frames, screenshots, replays."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pygame
import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def own_user_folders(tmp_path, monkeypatch):
    """Each run starts as a first launch: a save or an ending reached by
    another test would change the title menu these tests walk."""
    monkeypatch.setenv("SMILE_PROTOCOL_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("SMILE_PROTOCOL_CONFIG_DIR", str(tmp_path / "config"))


def run_main(*args, tmp_path):
    env = dict(os.environ)
    env.update(SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="dummy")
    return subprocess.run(
        [sys.executable, "main.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_frames_and_screenshot_save_the_title_screen(tmp_path):
    shot = tmp_path / "out.png"
    result = run_main("--frames", "120", "--screenshot", str(shot), tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    image = pygame.image.load(str(shot))
    assert image.get_size() == (640, 360)
    title = pygame.image.load(str(ROOT / "assets/title/title.png"))
    # The illustration fills the frame behind the menu: its top rows match.
    assert image.get_at((600, 4)) == title.get_at((600, 4))


def test_help_lists_the_command_line(tmp_path):
    result = run_main("--help", tmp_path=tmp_path)
    assert result.returncode == 0
    for option in ("--seed", "--episode", "--map", "--at", "--frames", "--replay"):
        assert option in result.stdout


def test_a_replay_drives_the_menus_like_a_player(tmp_path):
    recording = {
        "format": 1,
        "seed": 5,
        "ticks": 10,
        "events": [
            [1, {"pressed": ["down"], "held": ["down"]}],
            [2, {"released": ["down"], "held": []}],
            [3, {"pressed": ["down"], "held": ["down"]}],
            [4, {"released": ["down"], "held": []}],
            [7, {"pressed": ["confirm"], "held": ["confirm"]}],
        ],
    }
    path = tmp_path / "menu.json"
    path.write_text(json.dumps(recording))
    from game.app import MainLoop, build_context
    from game.core.options import LaunchOptions
    from game.display import Display
    from game.input.replay import load_recording
    from game.save.settings import default_settings
    from game.scenes.settings_menu import SettingsScene

    pygame.display.init()
    options = LaunchOptions(frames=12, mute=True, replay=path)
    display = Display(vsync=False)
    player = load_recording(path)
    ctx = build_context(options, default_settings(), display, player.seed)
    ctx.nav.start()
    MainLoop(ctx, display, player, None).run()
    # Continue and Load are disabled without saves, so two presses of DOWN
    # go New game -> Settings -> Credits, and CONFIRM opens the credits.
    assert not isinstance(ctx.stack.top, SettingsScene)
    assert type(ctx.stack.top).__name__ == "CreditsScene"
    assert ctx.running
    pygame.display.quit()


def make_loop(tmp_path):
    from game.app import MainLoop, build_context
    from game.core.options import LaunchOptions
    from game.display import Display
    from game.save.settings import default_settings

    pygame.display.init()
    display = Display(vsync=False)
    ctx = build_context(
        LaunchOptions(frames=1, mute=True), default_settings(), display, 1
    )
    ctx.nav.start()
    return MainLoop(ctx, display, None, None)


def test_f3_toggles_the_debug_overlay_with_its_timings(tmp_path):
    from game.input.actions import Action, ActionState

    loop = make_loop(tmp_path)
    loop.tick(ActionState(pressed=frozenset({Action.DEBUG_OVERLAY})))
    assert loop.overlay.visible
    for _ in range(10):
        loop.frame(1 / 60, fixed=True)
    fps, update_ms, draw_ms = loop.overlay.summary()
    assert fps > 0 and update_ms >= 0 and draw_ms > 0


def test_f12_saves_a_screenshot_in_the_data_folder(tmp_path, monkeypatch):
    from game.input.actions import Action, ActionState

    monkeypatch.setenv("SMILE_PROTOCOL_DATA_DIR", str(tmp_path))
    loop = make_loop(tmp_path)
    loop.tick(ActionState(pressed=frozenset({Action.SCREENSHOT})))
    shots = list((tmp_path / "screenshots").glob("*.png"))
    assert len(shots) == 1


def _press_and_release(key):
    pygame.event.post(pygame.event.Event(pygame.KEYDOWN, key=key, mod=0))
    return pygame.event.Event(pygame.KEYUP, key=key, mod=0)


def _run_scripted(loop, script):
    """Frames of `loop`, posting each frame's key presses (released next frame)."""
    release = []
    for frame in range(loop.ctx.options.frames or 0):
        for event in release:
            pygame.event.post(event)
        release = [_press_and_release(key) for key in script.get(frame, ())]
        loop.frame(1 / 60, fixed=True)


def test_a_headless_run_records_posted_keys_and_its_replay_ends_in_the_same_place(
    tmp_path,
):
    from game.app import MainLoop, build_context
    from game.core.options import LaunchOptions
    from game.display import Display
    from game.input.replay import Recorder, load_recording
    from game.save.settings import default_settings

    pygame.display.init()
    display = Display(vsync=False)
    options = LaunchOptions(frames=12, mute=True)
    ctx = build_context(options, default_settings(), display, 9)
    ctx.nav.start()
    recorded = MainLoop(ctx, display, None, Recorder(9))
    script = {1: [pygame.K_DOWN], 3: [pygame.K_DOWN], 6: [pygame.K_z]}
    _run_scripted(recorded, script)
    path = tmp_path / "walk.json"
    recorded.recorder.save(path)
    pressed = [e[1].get("pressed") for e in json.loads(path.read_text())["events"]]
    assert pressed == [["down"], None, ["down"], None, ["confirm", "interact"], None]
    player = load_recording(path)
    again = build_context(options, default_settings(), display, player.seed)
    again.nav.start()
    MainLoop(again, display, player, None).run()
    assert type(again.stack.top).__name__ == "CreditsScene"
    assert type(ctx.stack.top) is type(again.stack.top)
    pygame.display.quit()


def test_a_replay_whose_start_snapshot_is_broken_stops_with_a_message(tmp_path):
    path = tmp_path / "broken.json"
    data = {"format": 1, "seed": 1, "ticks": 0, "events": [], "start": {"map": 5}}
    path.write_text(json.dumps(data))
    result = run_main("--replay", str(path), "--frames", "1", tmp_path=tmp_path)
    assert result.returncode == 2
    assert "the replay's start is broken" in result.stderr
