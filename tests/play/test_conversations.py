"""Conversations: the world's story port over the game's dialogue."""

from __future__ import annotations

import os
from dataclasses import replace

import pygame
import pytest

from game.core.story import StoryState
from game.dialogue.level_results import LevelResult
from game.dialogue.program import build_program, load_text
from game.dialogue.syntax import parse_file
from game.input.actions import Action, ActionState
from game.play.conversations import Conversations
from game.save.settings import default_settings
from game.tools.screens import headless_context


@pytest.fixture
def ctx():
    context = headless_context(
        seed=0, settings=replace(default_settings(), text_speed=0)
    )
    context.story = StoryState()
    yield context
    pygame.display.quit()


class FixedLibrary:
    def __init__(self, program):
        self._program = program

    def program(self):
        return self._program

    def translation(self):
        return None


class RecordingLevels:
    def __init__(self):
        self.played = []

    def play(self, level, on_result):
        self.played.append((level, on_result))


def tick(box, n=1, pressed=()):
    for _ in range(n):
        state = ActionState(held=frozenset(pressed), pressed=frozenset(pressed))
        box.ctx.stack.update(state, 1 / 60, ActionState())


class FakeStage:
    def __init__(self):
        self.busy = 0
        self.calls = []

    def move_actor(self, actor, x, y):
        self.calls.append(("move", actor, x, y))
        self.busy = 3
        return True

    def actor_busy(self, actor):
        self.busy -= 1
        return self.busy > 0

    def face_actor(self, actor, direction):
        self.calls.append(("face", actor, direction))
        return True

    def camera_follow(self, actor):
        return True

    def fade(self, direction):
        self.calls.append(("fade", direction))

    def fading(self):
        return False

    def shake(self, strength):
        self.calls.append(("shake", strength))

    def place_player(self, position, facing):
        self.calls.append(("place", position, facing))

    def save_snapshot(self):
        return None  # nothing to save on a fake stage


def test_conversations_run_world_commands_and_wait_for_them(ctx):
    stage = FakeStage()
    levels = RecordingLevels()
    ctx.levels = levels
    program = load_text(
        "title: Start\n---\n<<move Malik 2 3>>\n<<face Malik up>>\n<<wait 0.5>>\n"
        '<<minigame lvl>>\n{minigame_outcome("lvl")}\n<<ending good>>\n===\n'
    )
    ctx.dialogue = FixedLibrary(program)
    port = Conversations(ctx, stage)
    port.run_dialogue("Start")
    ctx.stack.apply_requests()
    box = ctx.stack.top
    assert box.waiting is not None and stage.calls == [("move", "Malik", 2.0, 3.0)]
    tick(box, 3)
    assert ("face", "Malik", "up") in stage.calls
    tick(box, 30)
    assert box.waiting is not None and len(levels.played) == 1  # level launched
    level, on_result = levels.played[0]
    assert level == "lvl"
    ctx.story.minigame["lvl"] = {"outcome": "won", "score": 10.0}
    on_result(LevelResult("won", 10.0, 20.0))
    tick(box)
    assert box.line.text == "won"
    tick(box, pressed={Action.CONFIRM})
    assert ctx.story.endings == ["good"]


def test_conditions_use_the_story_and_report_broken_ones(ctx):
    program = load_text("title: Declarations\n---\n<<declare $a = 2>>\n===\n")
    ctx.dialogue = FixedLibrary(program)
    port = Conversations(ctx)
    assert port.condition("$a > 1", "map › #1")
    assert port.condition("", "map › #1")
    assert not port.condition("$ghost", "map › #2")
    assert "map › #2:1:1" in ctx.messages[0].text


def test_an_interpolated_move_far_off_the_map_is_bounded_before_the_stage(ctx):
    stage = FakeStage()
    program = load_text(
        "title: Declarations\n---\n<<declare $far = 0>>\n===\n"
        "title: Start\n---\n<<set $far = 99999999>>\n<<move Malik {$far} 3>>\n===\n"
    )
    ctx.dialogue = FixedLibrary(program)
    Conversations(ctx, stage).run_dialogue("Start")
    ctx.stack.apply_requests()
    assert stage.calls == [("move", "Malik", 1000.0, 3.0)]


def test_a_command_given_text_for_a_number_is_skipped_with_a_notice(ctx):
    text = (
        'title: Declarations\n---\n<<declare $when = "soon">>\n===\n'
        "title: Start\n---\n<<wait {$when}>>\nAfter.\n===\n"
    )
    program, errors = build_program([parse_file(text, "draft.yarn")])
    assert errors  # refused by the checker; the game plays what compiled
    ctx.dialogue = FixedLibrary(program)
    Conversations(ctx, FakeStage()).run_dialogue("Start")
    ctx.stack.apply_requests()
    assert ctx.stack.top.line.text == "After."
    assert any(
        "<<wait>>'s seconds 'soon' is not a number" in m.text for m in ctx.messages
    )


class OrthoOnlyStage(FakeStage):
    """A map whose one NPC has npc_id `ortho`."""

    def move_actor(self, actor, x, y):
        return actor == "ortho" and super().move_actor(actor, x, y)

    def face_actor(self, actor, direction):
        return actor == "ortho" and super().face_actor(actor, direction)


def _play(ctx, stage, body):
    ctx.dialogue = FixedLibrary(load_text(f"title: Start\n---\n{body}\nDone.\n===\n"))
    Conversations(ctx, stage).run_dialogue("Start")
    ctx.stack.apply_requests()
    box = ctx.stack.top
    tick(box, 10)
    return box


def test_a_speaker_name_moves_and_turns_its_character(ctx):
    stage = OrthoOnlyStage()
    _play(ctx, stage, "<<move Ortho 2 3>>\n<<face Ortho up>>")
    assert stage.calls == [("move", "ortho", 2.0, 3.0), ("face", "ortho", "up")]


def test_an_actor_the_map_lacks_is_a_notice_and_the_talk_goes_on(ctx):
    box = _play(ctx, OrthoOnlyStage(), "<<move Malik 2 3>>\n<<face Bob up>>")
    assert [m.text.split(":")[0] for m in ctx.messages] == [
        "<<move Malik>>",
        "<<face Bob>>",
    ]
    assert "this map has no actor 'Bob'" in ctx.messages[1].text
    assert box.line.text == "Done."


def test_conversations_show_the_players_locale(ctx):
    ctx.settings = replace(ctx.settings, locale="pseudo")
    runner = Conversations(ctx).runner()
    runner.start("Ep1_Launch")
    event = runner.advance()
    while not hasattr(event, "text"):
        event = runner.advance()
    assert event.text.startswith("[Göôöôð möôrñîïñg")


def test_the_command_line_locale_wins_over_the_setting(ctx):
    ctx.options = replace(ctx.options, locale="pseudo")
    assert ctx.dialogue.locales.locale() == "pseudo"


def test_with_dev_an_edited_table_is_read_again(ctx, tmp_path):
    from game.dialogue.strings import format_table, source_strings

    ctx.options = replace(ctx.options, dev=True)
    ctx.settings = replace(ctx.settings, locale="fr")
    library = ctx.dialogue
    library.locales.root = tmp_path
    (tmp_path / "dialogue" / "locales").mkdir(parents=True)
    table = tmp_path / "dialogue" / "locales" / "fr.csv"
    strings = source_strings(library.program().files, [])

    def write(text):
        table.write_text(format_table(strings, {"ep1_0001": text}), encoding="utf-8")

    write("Bonjour.")
    assert library.translation().lines["ep1_0001"][0].text == "Bonjour."
    write("Salut.")
    os.utime(table, ns=(1, 1))  # a different time, whatever the clock's grain
    assert library.translation().lines["ep1_0001"][0].text == "Salut."


def test_an_objective_command_sets_the_storys_objective(ctx):
    program = load_text('title: Start\n---\n<<objective "Find Malik">>\nHi.\n===\n')
    ctx.dialogue = FixedLibrary(program)
    Conversations(ctx, FakeStage()).run_dialogue("Start")
    ctx.stack.apply_requests()
    assert ctx.story.objective == "Find Malik"


def test_a_time_card_holds_the_conversation_until_it_is_skipped(ctx):
    text = '<<time_card "Day 3" "Evening">>\nOn.\n'
    program = load_text(f"title: Start\n---\n{text}===\n")
    ctx.dialogue = FixedLibrary(program)
    Conversations(ctx, FakeStage()).run_dialogue("Start")
    ctx.stack.apply_requests()
    box, card = ctx.stack.scenes[-2:]
    assert type(card).__name__ == "TimeCardScene" and box.waiting is not None
    tick(box, 2, pressed={Action.CONFIRM})  # skip: straight to the fade-out
    tick(box, round(card.fade * 60) + 2)
    assert ctx.stack.top is box and box.line.text == "On."


BARKS = """title: Declarations
---
<<declare $stage = 1>>
===
title: Bystander
tags: bark
---
Lovely day.
Busy, isn't it? <<if $stage >= 2>>
Mind the cable.
===
"""


def test_bark_lines_are_the_lines_the_story_allows_now(ctx):
    ctx.dialogue = FixedLibrary(load_text(BARKS))
    port = Conversations(ctx)
    ctx.story.variables["stage"] = 1.0
    assert port.bark_lines("Bystander") == ["Lovely day.", "Mind the cable."]
    ctx.story.variables["stage"] = 2.0
    assert len(port.bark_lines("Bystander")) == 3


def test_reading_bark_lines_changes_nothing_in_the_story(ctx):
    ctx.dialogue = FixedLibrary(load_text(BARKS))
    before = ctx.story.to_dict()
    Conversations(ctx).bark_lines("Bystander")
    assert ctx.story.to_dict() == before


def test_a_missing_bark_node_has_no_lines(ctx):
    ctx.dialogue = FixedLibrary(load_text(BARKS))
    assert Conversations(ctx).bark_lines("Nobody") == []


def test_a_speaker_name_follows_the_episode_being_played(ctx):
    """Episodes 2 and 3 each have their own Elara: one Conversations object
    that outlives an episode must not keep the first episode's table."""
    conversations = Conversations(ctx, FakeStage())
    characters = {"elara_voss", "elara_myles"}
    found = []
    for episode in (2, 3):
        ctx.story = StoryState(episode=episode)
        found.append(conversations._actor("move", "Elara", characters.__contains__))
    assert found == ["elara_voss", "elara_myles"]
