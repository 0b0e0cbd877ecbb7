"""The play services: navigation, saves, autosaves, level results, dialogue."""

from pathlib import Path

import numpy as np

from game.core.story import StoryState
from game.dialogue.level_results import LevelResult
from game.dialogue.program import load_text
from game.input.actions import Action, ActionState
from game.minigame.result import MinigameResult
from game.play.conversations import Conversations, leads_to
from game.play.programs import ProgramCache

SHOWCASE = Path("maps/sample/showcase.tmx")
SCRIPT = """title: Start
---
Ortho: Shall we look?
<<jump Deeper>>
===
title: Deeper
---
<<minigame ep1_teach>>
===
title: Chat
---
Ortho: Nothing to patch today.
===
"""


def test_a_conversation_that_jumps_to_a_level_counts_as_a_beat():
    program = load_text(SCRIPT)
    assert leads_to(program, "Start", "minigame")
    assert not leads_to(program, "Chat", "minigame")


def open_showcase(ctx):
    ctx.story = StoryState(episode=1)
    scene = ctx.nav.enter_map(SHOWCASE, None)
    ctx.stack.apply_requests()
    while ctx.stack.top is not scene:  # a map_load conversation may open
        ctx.stack.pop()
        ctx.stack.apply_requests()
    return scene


def test_loading_a_save_puts_the_player_back_where_they_stood(ctx):
    scene = open_showcase(ctx)
    player = scene.session.player
    player.x, player.y, player.facing = 200.0, 300.0, "left"
    ctx.story.variables["ep1_stage"] = 3.0
    game = scene.save_snapshot()
    ctx.story.variables["ep1_stage"] = 4.0
    ctx.saves.load_game(game)
    ctx.stack.apply_requests()
    restored = ctx.stack.find(type(scene))
    assert restored is not scene
    assert (restored.session.player.x, restored.session.player.y) == (200.0, 300.0)
    assert restored.session.player.facing == "left"
    assert ctx.story.variables["ep1_stage"] == 3.0


def test_quick_save_then_quick_load_restores_the_story(ctx):
    open_showcase(ctx)
    ctx.story.variables["ep1_stage"] = 2.0
    ctx.stack.update(
        ActionState(pressed=frozenset({Action.QUICKSAVE})), 1 / 60, ActionState()
    )
    ctx.story.variables["ep1_stage"] = 6.0
    ctx.stack.update(
        ActionState(pressed=frozenset({Action.QUICKLOAD})), 1 / 60, ActionState()
    )
    ctx.stack.apply_requests()
    assert ctx.story.variables["ep1_stage"] == 2.0


def test_a_level_result_lands_in_the_story_variables(ctx):
    ctx.story = StoryState(episode=1)
    got = []
    ctx.levels.play("ep1_teach", got.append)
    ctx.stack.apply_requests()
    scene = ctx.stack.top
    assert scene.level_path.name == "ep1_teach.tmx"
    scene.on_done(
        MinigameResult(
            level="ep1_teach",
            outcome="won",
            reason="won",
            score=1200,
            time=30.0,
            peak_stress=12.5,
            integrity=0.99,
            integrity_history=np.ones(2),
            stress_history=np.zeros(2),
        )
    )
    assert ctx.story.variables["minigame_outcome"] == "won"
    assert ctx.story.variables["minigame_score"] == 1200.0
    assert got == [LevelResult("won", 1200.0, 12.5)]
    assert ctx.story.minigame["ep1_teach"] == {
        "outcome": "won",
        "score": 1200.0,
        "peak_stress": 12.5,
    }


def test_with_dev_a_changed_dialogue_file_is_reloaded_and_a_broken_one_kept_out(
    ctx, tmp_path
):
    from dataclasses import replace

    folder = tmp_path / "dialogue"
    folder.mkdir()
    script = folder / "a.yarn"
    script.write_text("title: A\n---\nOrtho: One.\n===\n")
    ctx.options = replace(ctx.options, dev=True)
    library = ProgramCache(ctx, folder)
    first = library.program()
    assert set(first.nodes) == {"A"}
    script.write_text(
        "title: A\n---\nOrtho: One.\n===\ntitle: B\n---\nOrtho: Two.\n===\n"
    )
    import os

    os.utime(script, ns=(1, 10**18))
    second = library.program()
    assert set(second.nodes) == {"A", "B"}
    script.write_text("title: A\n---\n<<if $nope>>\n===\n")
    os.utime(script, ns=(1, 2 * 10**18))
    assert library.program() is second
    assert any("a.yarn" in message.text for message in ctx.messages)


def test_with_dev_a_new_node_reaches_tileds_dropdown_on_reload(ctx, tmp_path):
    import json
    import os
    from dataclasses import replace

    folder = tmp_path / "dialogue"
    folder.mkdir()
    script = folder / "a.yarn"
    script.write_text("title: A\n---\nOrtho: One.\n===\n")
    project = tmp_path / "maps" / "smile.tiled-project"
    project.parent.mkdir()
    enum = {"id": 3, "name": "DialogueNode", "type": "enum", "values": ["A"]}
    project.write_text(json.dumps({"propertyTypes": [enum]}))
    ctx.options = replace(ctx.options, dev=True)
    library = ProgramCache(ctx, folder)
    library.program()
    script.write_text("title: A\n---\nOne.\n===\ntitle: B\n---\nTwo.\n===\n")
    os.utime(script, ns=(1, 10**18))
    library.program()
    values = json.loads(project.read_text())["propertyTypes"][0]["values"]
    assert values == ["A", "B"]
    assert any("reload the project in Tiled" in m.text for m in ctx.messages)


def test_an_autosave_that_cannot_be_written_is_reported_and_play_goes_on(
    ctx, monkeypatch
):
    from game.save.errors import SaveError
    from game.save.slots import SaveStore

    scene = open_showcase(ctx)

    def fail(self, game):
        raise SaveError("Could not write auto-1.json: disk full")

    monkeypatch.setattr(SaveStore, "autosave", fail)
    ctx.saves.autosave(scene.save_snapshot)
    assert any("disk full" in m.text for m in ctx.messages)


def test_lines_seen_in_a_conversation_are_kept_on_disk_for_skipping(ctx):
    from game.save.profile import Profile

    open_showcase(ctx)
    port = Conversations(ctx)
    port.run_dialogue("Ep1_Receptionist")
    ctx.stack.apply_requests()
    box = ctx.stack.top
    for _ in range(400):
        if box not in ctx.stack.scenes:
            break
        confirm = ActionState(pressed=frozenset({Action.CONFIRM}))
        ctx.stack.update(confirm, 1 / 60, ActionState())
    assert box not in ctx.stack.scenes
    assert ctx.profile.seen_lines
    assert Profile.load().seen_lines == ctx.profile.seen_lines


def test_a_quick_save_leaves_no_unsaved_progress_until_the_story_moves_on(ctx):
    scene = open_showcase(ctx)
    ctx.story.variables["ep1_stage"] = 2.0
    assert ctx.saves.unsaved_progress()
    ctx.saves.quicksave(scene.save_snapshot)
    assert not ctx.saves.unsaved_progress()
    ctx.story.variables["ep1_stage"] = 3.0
    assert ctx.saves.unsaved_progress()


def test_a_loaded_game_has_no_unsaved_progress(ctx):
    scene = open_showcase(ctx)
    ctx.story.variables["ep1_stage"] = 2.0
    game = scene.save_snapshot()
    ctx.saves.load_game(game)
    assert not ctx.saves.unsaved_progress()
