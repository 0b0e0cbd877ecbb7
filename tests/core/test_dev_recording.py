"""Dev "record from here": F8 records from this moment, and the file replays
from where it began."""

import json
from pathlib import Path

import pygame

ROOT = Path(__file__).resolve().parents[2]
SHOWCASE = ROOT / "maps/sample/showcase.tmx"


def _loop(options, seed=3):
    from game.app import MainLoop
    from game.tools.screens import headless_context

    ctx = headless_context(seed, options=options)
    ctx.nav.start()
    assert ctx.display is not None
    return MainLoop(ctx, ctx.display, None, None)


def _frames(loop, count, keys=()):
    for key in keys:
        pygame.event.post(pygame.event.Event(pygame.KEYDOWN, key=key, mod=0))
    for _ in range(count):
        loop.frame(1 / 60, fixed=True)
    for key in keys:
        pygame.event.post(pygame.event.Event(pygame.KEYUP, key=key, mod=0))


def _player(ctx):
    from game.scenes.overworld import OverworldScene

    world = ctx.stack.find(OverworldScene)
    player = world.stage.session.player
    return world.map_path.name, round(player.x, 3), round(player.y, 3)


def _record_a_walk(tmp_path, monkeypatch):
    from game.core.options import LaunchOptions

    monkeypatch.setenv("SMILE_PROTOCOL_DATA_DIR", str(tmp_path))
    options = LaunchOptions(map=SHOWCASE, at="start", mute=True, dev=True)
    loop = _loop(options)
    _frames(loop, 20, [pygame.K_RIGHT])  # walk somewhere before recording
    _frames(loop, 2, [pygame.K_F8])
    _frames(loop, 40, [pygame.K_DOWN])
    _frames(loop, 10, [pygame.K_LEFT])
    _frames(loop, 2, [pygame.K_F8])
    return loop


def test_f8_in_dev_saves_a_recording_that_starts_where_the_player_stood(
    tmp_path, monkeypatch
):
    loop = _record_a_walk(tmp_path, monkeypatch)
    files = list((tmp_path / "recordings").glob("rec-*.json"))
    assert len(files) == 1
    data = json.loads(files[0].read_text())
    assert data["start"]["map"] == "maps/sample/showcase.tmx"
    assert data["start"]["position"][0] > 0 and data["start"]["thumbnail"] == ""
    assert data["ticks"] > 50 and loop.dev_recording.recorder is None


def test_a_recording_from_here_replays_to_the_same_spot(tmp_path, monkeypatch):
    from game.app import MainLoop, _resumed
    from game.core.options import LaunchOptions
    from game.input.replay import load_recording

    live = _record_a_walk(tmp_path, monkeypatch)
    path = next((tmp_path / "recordings").glob("rec-*.json"))
    player = load_recording(path)
    options = LaunchOptions(mute=True, replay=path, frames=player.ticks)
    ctx = _loop(options, player.seed).ctx
    assert _resumed(ctx, player)
    assert ctx.display is not None
    MainLoop(ctx, ctx.display, player, None).run()
    assert _player(ctx) == _player(live.ctx)
    start = tuple(round(v, 3) for v in player.start["position"])
    assert _player(ctx)[1:] != start  # the replay walked from the snapshot


def test_the_toasts_say_where_the_recording_goes_and_that_it_was_saved(
    tmp_path, monkeypatch
):
    from game.core.options import LaunchOptions

    monkeypatch.setenv("SMILE_PROTOCOL_DATA_DIR", str(tmp_path))
    loop = _loop(LaunchOptions(map=SHOWCASE, at="start", mute=True, dev=True))
    loop.dev_recording.toggle(loop.ctx)
    assert str(tmp_path / "recordings") in loop.ctx.messages[-1].text
    loop.dev_recording.toggle(loop.ctx)
    assert loop.ctx.messages[-1].text.startswith("Recording saved:")


def test_f8_without_dev_records_nothing(tmp_path, monkeypatch):
    from game.core.options import LaunchOptions

    monkeypatch.setenv("SMILE_PROTOCOL_DATA_DIR", str(tmp_path))
    loop = _loop(LaunchOptions(map=SHOWCASE, at="start", mute=True))
    _frames(loop, 2, [pygame.K_F8])
    assert loop.dev_recording.recorder is None
    assert not (tmp_path / "recordings").exists()
