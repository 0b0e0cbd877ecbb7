"""Desktop conventions of the main loop: focus loss pauses and quietens the
game, F11 / Alt+Enter toggle fullscreen, the window's place is remembered."""

import pygame
import pytest

from game.app import MainLoop, build_context, remember_window, remembered_position
from game.core.options import LaunchOptions
from game.core.paths import maps_dir
from game.display import Display
from game.input.actions import Action, ActionState
from game.save.settings import default_settings, load_settings, settings_path
from game.scenes.pause import PauseScene

LEVEL = maps_dir() / "minigame" / "ep1_teach.tmx"


@pytest.fixture
def loop(tmp_path, monkeypatch):
    monkeypatch.setenv("SMILE_PROTOCOL_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("SMILE_PROTOCOL_CONFIG_DIR", str(tmp_path / "config"))
    pygame.display.init()
    display = Display(vsync=False)
    ctx = build_context(
        LaunchOptions(frames=1, mute=True), default_settings(), display, 1
    )
    ctx.nav.start()
    yield MainLoop(ctx, display, None, None)
    pygame.display.quit()


def _play_minigame(loop):
    from game.scenes.minigame import MinigameScene

    scene = MinigameScene(loop.ctx, LEVEL)
    loop.ctx.stack.push(scene)
    for _ in range(5):
        loop.frame(1 / 60, fixed=True)
    return scene


def test_losing_focus_opens_the_pause_menu_and_stops_the_minigame_clock(loop):
    scene = _play_minigame(loop)
    pygame.event.post(pygame.event.Event(pygame.WINDOWFOCUSLOST))
    loop.frame(1 / 60, fixed=True)
    stopped_at = scene.state.time
    for _ in range(30):
        loop.frame(1 / 60, fixed=True)
    assert isinstance(loop.ctx.stack.top, PauseScene)
    assert scene.state.time == stopped_at


def test_losing_focus_quietens_the_sound_until_focus_returns(loop):
    pygame.event.post(pygame.event.Event(pygame.WINDOWFOCUSLOST))
    loop.frame(1 / 60, fixed=True)
    assert loop.ctx.audio.master.gain() == 0.0
    pygame.event.post(pygame.event.Event(pygame.WINDOWFOCUSGAINED))
    loop.frame(1 / 60, fixed=True)
    assert loop.ctx.audio.master.gain() == 1.0


def test_losing_focus_twice_keeps_the_pause_menu_open(loop):
    _play_minigame(loop)
    for _ in range(2):
        pygame.event.post(pygame.event.Event(pygame.WINDOWFOCUSLOST))
        loop.frame(1 / 60, fixed=True)
    assert isinstance(loop.ctx.stack.top, PauseScene)


def test_the_fullscreen_action_flips_the_window_and_is_saved(loop):
    loop.tick(ActionState(pressed=frozenset({Action.FULLSCREEN})))
    assert loop.display.fullscreen and loop.ctx.settings.fullscreen
    assert load_settings(settings_path())[0].fullscreen is True
    loop.tick(ActionState(pressed=frozenset({Action.FULLSCREEN})))
    assert not loop.display.fullscreen
    assert load_settings(settings_path())[0].fullscreen is False


def test_the_window_position_is_saved_and_given_back_next_time(loop):
    loop.display.window.position = (40, 30)
    remember_window(loop.ctx.settings, loop.display)
    saved = load_settings(settings_path())[0]
    assert remembered_position(saved) == (40, 30)


def test_a_first_start_lets_the_system_place_the_window():
    assert remembered_position(default_settings()) is None


def test_a_new_window_opens_where_the_last_one_was(loop):
    pygame.display.quit()
    pygame.display.init()
    display = Display(vsync=False, position=(50, 60))
    assert display.position() == (50, 60)


def test_a_place_off_the_desktop_is_not_used(loop):
    pygame.display.quit()
    pygame.display.init()
    display = Display(vsync=False, position=(5000, 60))
    assert display.position() != (5000, 60)


def test_focus_lost_and_regained_within_one_frame_does_not_pause(loop):
    scene = _play_minigame(loop)
    pygame.event.post(pygame.event.Event(pygame.WINDOWFOCUSLOST))
    pygame.event.post(pygame.event.Event(pygame.WINDOWFOCUSGAINED))
    loop.frame(1 / 60, fixed=True)
    assert loop.ctx.stack.top is scene


def test_a_saved_fullscreen_opens_the_window_fullscreen(loop):
    pygame.display.quit()
    pygame.display.init()
    display = Display(scale=2, fullscreen=True, vsync=False)
    assert display.fullscreen and display.position() is None


def test_losing_focus_in_a_conversation_stops_auto_advance(loop):
    from game.core.story import StoryState
    from game.dialogue.program import load_text
    from game.dialogue.runner import Runner
    from game.scenes.dialogue_box import DialogueBoxScene

    script = "title: Start\n---\nOrtho: One. #line:l1\nOrtho: Two. #line:l2\n===\n"
    loop.ctx.settings.auto_advance, loop.ctx.settings.text_speed = True, 0
    loop.ctx.story = StoryState()
    runner = Runner(load_text(script), loop.ctx.story, set())
    box = DialogueBoxScene(loop.ctx, runner, "Start", speakers={})
    loop.ctx.stack.push(box)
    loop.frame(1 / 60, fixed=True)
    pygame.event.post(pygame.event.Event(pygame.WINDOWFOCUSLOST))
    for _ in range(600):
        loop.frame(1 / 60, fixed=True)
    assert isinstance(loop.ctx.stack.top, PauseScene)
    assert box.line is not None and box.line.line_id == "l1"
