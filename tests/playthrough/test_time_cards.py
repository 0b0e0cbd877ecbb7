"""The scripted player reads through a time card the way a player skips it:
a time card in a conversation never leaves a playthrough stuck."""

import pygame
import pytest
from driver import Driver

from game.core.paths import maps_dir
from game.core.story import StoryState
from game.dialogue.program import load_text
from game.play.conversations import Conversations

SCRIPT = """title: Start
---
Ortho: Before. #line:t1
<<time_card "Day 3" "Evening, the community forum">>
Ortho: After. #line:t2
===
"""


class FixedLibrary:
    def __init__(self, program):
        self._program = program

    def program(self):
        return self._program

    def translation(self):
        return None  # the source text


@pytest.fixture
def player(tmp_path, monkeypatch):
    monkeypatch.setenv("SMILE_PROTOCOL_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("SMILE_PROTOCOL_CONFIG_DIR", str(tmp_path / "config"))
    from game.app import MainLoop, build_context
    from game.core.options import LaunchOptions
    from game.display import Display
    from game.save.settings import default_settings

    pygame.display.init()
    display = Display(vsync=False)
    options = LaunchOptions(frames=1, mute=True, seed=3)
    ctx = build_context(options, default_settings(), display, 3)
    yield Driver(MainLoop(ctx, display, None, None))
    pygame.display.quit()


def test_the_player_reads_on_past_a_time_card(player):
    ctx = player.ctx
    ctx.story = StoryState(episode=1)
    ctx.story.variables["ep1_stage"] = 2.0
    stage = ctx.nav.enter_map(maps_dir() / "ep1" / "lobby.tmx", "start")
    ctx.stack.apply_requests()
    ctx.dialogue = FixedLibrary(load_text(SCRIPT))
    Conversations(ctx, stage).run_dialogue("Start")
    read = list(dict.fromkeys(player.talk()))  # each line once, in order
    assert read == ["Ortho: Before.", "Ortho: After."]
    assert player.is_top("OverworldScene")
