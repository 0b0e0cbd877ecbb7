"""The dialogue box scene, driven by fixed ticks."""

from __future__ import annotations

from dataclasses import replace

import pygame
import pytest

from game.core.story import StoryState
from game.dialogue.program import load_text
from game.dialogue.runner import Runner
from game.input.actions import Action, ActionState
from game.save.settings import default_settings
from game.scenes.dialogue_box import DialogueBoxScene
from game.tools.screens import headless_context
from game.ui.textbox import Typewriter

TICK = 1 / 60
SCRIPT = """\
title: Declarations
---
<<declare $ok = true>>
===
title: Start
---
Ortho: First line, a bit long for one breath. #line:l1
Ortho: Second line. #line:l2
-> Yes <<if $ok>>
    Iris: Yes then. #line:l3
-> No <<if not $ok>>
Ortho: Done. #line:l4
===
"""


@pytest.fixture(scope="module", autouse=True)
def display():
    pygame.display.init()
    pygame.display.set_mode((640, 360))
    yield
    pygame.display.quit()


def make_ctx(text_speed=30.0, auto=False):
    settings = replace(
        default_settings(),
        text_speed=text_speed,
        auto_advance=auto,
        auto_advance_base=0.5,
        auto_advance_per_char=0.1,
    )
    ctx = headless_context(seed=0, settings=settings)
    ctx.story = StoryState()
    return ctx, ctx.audio.sounds_played


def open_box(ctx, seen=None, text=SCRIPT, on_command=None):
    runner = Runner(load_text(text), ctx.story, seen if seen is not None else set())
    box = DialogueBoxScene(ctx, runner, "Start", on_command, speakers={})
    ctx.stack.push(box)
    ctx.stack.apply_requests()
    return box


def tick(box, n=1, pressed=(), pointer=None):
    for _ in range(n):
        state = ActionState(
            held=frozenset(pressed), pressed=frozenset(pressed), pointer=pointer
        )
        box.update(state, TICK)
        box.ctx.stack.apply_requests()


def test_typewriter_reveals_then_first_confirm_completes_and_second_advances():
    ctx, sounds = make_ctx(text_speed=30)
    box = open_box(ctx)
    tick(box, 30)  # half a second at 30 chars/s
    assert 14 <= box.typewriter.shown <= 16
    assert sounds and set(sounds) == {"blip"}
    tick(box, pressed={Action.CONFIRM})
    assert box.typewriter.done and box.line.line_id == "l1"
    tick(box, pressed={Action.CONFIRM})
    assert box.line.line_id == "l2"


def test_text_speed_zero_shows_lines_at_once():
    ctx, _ = make_ctx(text_speed=0)
    box = open_box(ctx)
    assert box.typewriter.done


def test_markup_speed_and_wait_pace_the_typewriter():
    from game.dialogue.evaluate import Span

    writer = Typewriter(
        0, 10, 10.0, [Span("wait", 2, 2, 1.0), Span("speed", 5, 10, 0.5)]
    )
    writer.update(0.2)
    assert writer.shown == 2
    writer.update(0.5)
    assert writer.shown == 2  # waiting
    writer.update(0.5 + 0.3)
    assert writer.shown == 5
    writer.update(0.2)
    assert writer.shown == 6  # half speed now


def test_choices_by_keyboard_and_mouse():
    ctx, _ = make_ctx(text_speed=0)
    box = open_box(ctx)
    tick(box, pressed={Action.CONFIRM})
    tick(box, pressed={Action.CONFIRM})
    assert box.options is not None and box.visible == [0]  # "No" is hidden
    rect = box.option_rects()[0]
    tick(box, pressed={Action.POINTER}, pointer=rect.center)
    assert box.line.text == "Yes then."


def test_skip_passes_seen_lines_and_stops_at_choices_and_new_lines():
    ctx, _ = make_ctx(text_speed=30)
    seen = {"l1"}
    box = open_box(ctx, seen)
    tick(box, pressed={Action.SKIP})
    tick(box, 10)
    assert box.line.line_id == "l2" and not box.skipping  # l2 was never seen
    ctx2, _ = make_ctx(text_speed=30)
    box2 = open_box(ctx2, {"l1", "l2"})
    tick(box2, pressed={Action.SKIP})
    tick(box2, 20)
    assert box2.options is not None and not box2.skipping


def test_auto_advance_waits_in_proportion_to_the_line_length():
    ctx, _ = make_ctx(text_speed=0, auto=True)
    box = open_box(ctx)
    length = len(box.line.text)
    wait_ticks = round((0.5 + 0.1 * length) / TICK)
    tick(box, wait_ticks - 2)
    assert box.line.line_id == "l1"
    tick(box, 4)
    assert box.line.line_id == "l2"
    tick(box, pressed={Action.AUTO})
    assert not box.auto


def test_backlog_holds_the_conversation_and_choices():
    ctx, _ = make_ctx(text_speed=0)
    box = open_box(ctx)
    tick(box, pressed={Action.CONFIRM})
    tick(box, pressed={Action.CONFIRM})
    tick(box, pressed={Action.CONFIRM})
    tick(box, pressed={Action.BACKLOG})
    assert box.backlog_open
    assert [(e.speaker, e.text, e.choice) for e in box.backlog] == [
        ("Ortho", "First line, a bit long for one breath.", False),
        ("Ortho", "Second line.", False),
        (None, "Yes", True),
        ("Iris", "Yes then.", False),
    ]
    surface = pygame.Surface((640, 360))
    box.draw(surface, 0.0)
    tick(box, pressed={Action.CANCEL})
    assert not box.backlog_open


def test_long_lines_wrap_and_page_inside_the_box():
    ctx, _ = make_ctx(text_speed=0)
    words = " ".join(["enamel"] * 200)
    box = open_box(ctx, text=f"title: Start\n---\nOrtho: {words}\n===\n")
    assert len(box.pages) > 1
    width = box.text_rect().width
    for page in box.pages:
        assert len(page.lines) <= 6
        for line in page.lines:
            assert ctx.assets.fonts.measure_rich(list(line.spans))[0] <= width
    tick(box, pressed={Action.CONFIRM})
    assert box.page == 1


def test_the_conversation_ends_by_popping_the_box_and_calling_back():
    ctx, _ = make_ctx(text_speed=0)
    done = []
    runner = Runner(load_text("title: Start\n---\nHi\n===\n"), ctx.story)
    ctx.stack.push(
        DialogueBoxScene(ctx, runner, "Start", None, lambda: done.append(1), {})
    )
    ctx.stack.apply_requests()
    tick(ctx.stack.top, pressed={Action.CONFIRM})
    assert len(ctx.stack) == 0 and done == [1]


def test_pause_opens_the_pause_menu_over_the_conversation():
    from game.scenes.pause import PauseScene

    ctx, _ = make_ctx(text_speed=0, auto=True)
    box = open_box(ctx)
    tick(box, pressed={Action.PAUSE})
    assert isinstance(ctx.stack.top, PauseScene)


def test_no_auto_advance_while_the_pause_menu_is_open():
    ctx, _ = make_ctx(text_speed=0, auto=True)
    box = open_box(ctx)
    tick(box, pressed={Action.PAUSE})
    idle = ActionState()
    for _ in range(round(10 / TICK)):
        ctx.stack.update(idle, TICK, idle)
    assert box.line.line_id == "l1"
