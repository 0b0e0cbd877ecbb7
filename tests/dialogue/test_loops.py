"""Silent jump loops end a conversation with a message: the game plays on."""

from __future__ import annotations

import pygame

from game.core.story import StoryState
from game.dialogue.program import load_text
from game.dialogue.runner import End, Runner
from game.input.actions import IDLE
from game.scenes.dialogue_box import DialogueBoxScene
from game.tools.screens import headless_context
from game.tools.talk import main as talk

SELF = "title: Loop\n---\n<<jump Loop>>\n===\n"


def test_the_runner_stops_a_silent_loop_with_a_message():
    runner = Runner(load_text(SELF), StoryState(), set())
    runner.start("Loop")
    end = runner.advance()
    assert isinstance(end, End) and "dialogue stopped in Loop" in end.problem
    assert runner.finished


def test_the_talk_tool_stops_a_silent_loop(tmp_path, capsys):
    script = tmp_path / "loop.yarn"
    script.write_text(SELF, encoding="utf-8")
    assert talk([str(script), "Loop"]) == 1
    assert "stopped" in capsys.readouterr().out


def test_the_game_ends_a_looping_conversation_and_plays_on():
    ctx = headless_context(seed=1)
    try:
        runner = Runner(load_text(SELF), StoryState(), set())
        box = DialogueBoxScene(ctx, runner, "Loop", speakers={})
        ctx.stack.push(box)
        ctx.stack.apply_requests()
        ctx.stack.update(IDLE, 1 / 60, IDLE)
        assert box not in ctx.stack.scenes
        assert any("dialogue stopped in Loop" in m.text for m in ctx.messages)
    finally:
        pygame.display.quit()
