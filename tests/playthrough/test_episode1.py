"""Episode 1 from New Game on the title screen to each of its endings.

A scripted player presses actions tick by tick: menus, walking between the
Nexus's rooms, talking, choosing, and playing both minigame levels by hand
(the autoplayer's choices entered as mouse moves and clicks). The choice
paths are the writer's (dialogue/ep1/PLAN.md §4).
"""

import pygame
import pytest
from driver import Driver

from game.input.actions import Action

# Options picked in each conversation, 1-based, in the order of the steps below.
PATHS = {
    "sanctuary": [[1, 1, 1], [1, 1], [1], [1], [1], [1], [1]],
    "diminished": [[1, 2, 2], [1, 2], [1], [2], [2], [1], [2]],
    "lost_trust": [[2, 2, 2], [2, 2], [2], [2], [3], [2], [3]],
}

# What those choices must have recorded on the way.
CHOSEN = {
    "sanctuary": {
        "ep1_shutdown": True,
        "ep1_june_told": "truth",
        "ep1_sandra_early": True,
        "ep1_watchdog": "open",
        "ep1_first_suspect": "code",
        "ep1_ortho_trusted": True,
    },
    "diminished": {
        "ep1_shutdown": True,
        "ep1_sandra_early": False,
        "ep1_watchdog": "partial",
        "ep1_ortho_trusted": False,
    },
    "lost_trust": {
        "ep1_shutdown": False,
        "ep1_june_told": "comfort",
        "ep1_watchdog": "stonewall",
        "ep1_first_suspect": "ortho",
        "ep1_ortho_trusted": False,
        "ep1_final_words": "defend",
    },
}


def npc(npc_id):
    return lambda obj: obj is not None and getattr(obj, "npc_id", "") == npc_id


def calls(node):
    return lambda obj: obj is not None and getattr(obj, "dialogue", "") == node


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
    options = LaunchOptions(frames=1, mute=True, seed=2042)
    ctx = build_context(options, default_settings(), display, 2042)
    ctx.nav.start()
    yield Driver(MainLoop(ctx, display, None, None))
    pygame.display.quit()


def new_game(d: Driver) -> None:
    """Title: New game; episode select: episode 1; the title card plays."""
    d.wait_until(lambda: d.is_top("TitleScene"), 10, "the title screen")
    d.press(Action.CONFIRM)
    d.wait_until(lambda: d.is_top("EpisodeSelectScene"), 10, "the episode select")
    d.press(Action.CONFIRM)
    d.wait_until(d.in_conversation, 600, "the launch")


def play_to_the_end(d: Driver, path: list[list[int]]) -> None:
    launch, malik, june, diagnostic, ines, patch, forum = path
    d.talk(launch)
    d.go_to("lab.tmx")
    d.interact(npc("malik"))
    d.talk(malik)
    d.go_to("treatment.tmx")
    d.interact(npc("patient_june"))
    d.talk(june)
    d.interact(calls("Ep1_Diagnostic"))
    d.talk(diagnostic)
    d.go_to("community.tmx")
    d.interact(npc("watchdog_rep"))
    d.talk(ines)
    d.go_to("lab.tmx")
    d.interact(npc("malik"))
    d.talk(patch)
    d.go_to("community.tmx")
    d.talk(forum)
    d.wait_until(lambda: d.is_top("EndingScene"), 600, "the ending card")


@pytest.mark.parametrize("ending", sorted(PATHS))
def test_episode_one_can_be_played_from_new_game_to_each_ending(player, ending):
    new_game(player)
    play_to_the_end(player, PATHS[ending])
    story = player.ctx.story
    assert story.endings == [ending]
    assert ending in player.ctx.profile.endings_for(1)
    assert set(story.minigame) == {"ep1_teach", "ep1_crisis"}
    assert story.variables["ep1_stage"] == 7
    for name, value in CHOSEN[ending].items():
        assert story.variables[name] == value, name
