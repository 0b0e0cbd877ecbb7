"""Silent jump loops: the checker reports them and the runner stops them."""

from __future__ import annotations

import pygame
import pytest

from game.core.story import StoryState
from game.dialogue.errors import DialogueError
from game.dialogue.loops import silent_loops
from game.dialogue.program import load_text
from game.dialogue.runner import Runner
from game.input.actions import IDLE
from game.scenes.dialogue_box import DialogueBoxScene
from game.tools.screens import headless_context
from game.tools.talk import main as talk

SELF = "title: Loop\n---\n<<jump Loop>>\n===\n"
PAIR = "title: A\n---\n<<jump B>>\n===\ntitle: B\n---\n<<jump A>>\n===\n"
TALKY = "title: A\n---\nOrtho: Again?\n<<jump A>>\n===\n"


def test_a_node_that_jumps_to_itself_is_reported_at_the_node():
    (error,) = silent_loops(load_text(SELF))
    assert "Loop -> Loop can loop forever" in error.message
    assert error.pos.line == 1


def test_two_silent_nodes_that_jump_to_each_other_are_one_report():
    (error,) = silent_loops(load_text(PAIR))
    assert "A -> B -> A" in error.message


def test_a_loop_that_shows_a_line_is_not_silent():
    assert silent_loops(load_text(TALKY)) == []


def test_the_runner_stops_a_silent_loop_with_a_message():
    runner = Runner(load_text(SELF), StoryState(), set())
    runner.start("Loop")
    with pytest.raises(DialogueError, match=r"Loop ran .* steps without a line"):
        runner.advance()
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
        assert any("without a line or a choice" in m for m in ctx.messages)
    finally:
        pygame.display.quit()
