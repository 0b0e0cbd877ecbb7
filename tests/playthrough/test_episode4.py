"""Episode 4 from New Game on the title screen to each of its endings.

A scripted player presses actions tick by tick: menus, walking between the
clinic's rooms and Meridian Hall, talking, choosing, and playing both network
levels by hand (the autoplayer's choices entered as mouse moves and clicks).
The choice paths are the writer's (dialogue/ep4/PLAN.md section 4). One path
pulls the kill thread inside the crisis level itself, which is the climax
choice made in the level.
"""

import pytest
from driver import Driver, calls, npc

from game.input.actions import Action

# Options picked in each conversation, 1-based, in the order of the steps below:
# opening, Theo, Rosa, Liam, Livia, link test, Adair, podium, Theo's console,
# Priya live. The link test and the podium have no options; Theo's console is
# skipped (None) when the kill thread was pulled inside the crisis level.
PATHS = {
    "responsibility": [[1], [1], [1], [1], [1], [], [1], [], None, [1]],
    "saved_face": [[2], [2], [2], [2], [3], [], [2], [], [2], [2]],
    "blackout": [[1], [1], [1], [2], [2], [], [2], [], None, [3]],
}

# Levels in which the player pulls the switch, two seconds in (ticks at 60 Hz);
# the others are played to the end by the autoplayer's hands.
SWITCH_AT = 120
SWITCHED = {
    "responsibility": {"ep4_crisis"},
    "saved_face": set(),
    "blackout": {"ep4_teach", "ep4_crisis"},
}

# What those choices (and the levels) must have recorded on the way.
CHOSEN = {
    "responsibility": {
        "ep4_rosa_told": "truth",
        "ep4_liam_close": True,
        "ep4_livia": "shared",
        "ep4_cause_found": True,
        "ep4_slide": True,
        "ep4_crisis_result": "shutdown",
        "ep4_shutdown": True,
        "ep4_shutdown_how": "level",
        "ep4_final_words": "own",
        "ep4_candour": 5,
    },
    "saved_face": {
        "ep4_rosa_told": "comfort",
        "ep4_liam_close": False,
        "ep4_livia": "refused",
        "ep4_slide": False,
        "ep4_teach_result": "won",
        "ep4_cause_found": True,
        "ep4_crisis_result": "won",
        "ep4_shutdown": False,
        "ep4_shutdown_how": "none",
        "ep4_final_words": "network",
    },
    "blackout": {
        "ep4_rosa_told": "truth",
        "ep4_livia": "partial",
        "ep4_teach_result": "shutdown",
        "ep4_cause_found": False,
        "ep4_slide": False,
        "ep4_shutdown": True,
        "ep4_shutdown_how": "level",
        "ep4_final_words": "silent",
        "ep4_candour": -1,
    },
}


def talk_through_a_level(d: Driver, switched: set[str]) -> None:
    """Read a conversation that starts a level and has no options; play the
    level, pulling the switch two seconds in when it is one of `switched`."""
    d.wait_until(d.in_conversation, 120, "a conversation")
    while d.in_conversation() or d.in_minigame():
        if d.is_top("MinigameScene"):
            level = d.top.level_path.stem
            result = d.play_level(SWITCH_AT if level in switched else None)
            wanted = "shutdown" if level in switched else "won"
            assert result.outcome == wanted, level
        elif d.in_card() or d.top.waiting is None:
            d.press(Action.CONFIRM)
        else:
            d.tick()


def play_to_the_podium(d: Driver, path: list, switched: set[str]) -> None:
    opening, theo, rosa, liam, livia, _, adair = path[:7]
    d.talk(opening)
    d.go_to("server.tmx")
    d.interact(npc("ep4_theo"))
    d.talk(theo)
    d.go_to("monitoring.tmx")
    d.interact(npc("ep4_rosa"))
    d.talk(rosa)
    d.go_to("clinic.tmx")
    d.interact(npc("ep4_liam"))
    d.talk(liam)
    d.interact(npc("ep4_livia"))
    d.talk(livia)
    d.go_to("monitoring.tmx")
    d.interact(calls("Ep4_LinkTest"))
    talk_through_a_level(d, switched)
    d.go_to("server.tmx")
    d.interact(npc("ep4_adair"))
    d.talk(adair)
    d.go_to("hall.tmx")
    d.talk([])  # the arrival, on map load
    d.interact(calls("Ep4_Presentation"))
    talk_through_a_level(d, switched)


def answer_the_hall(d: Driver, final: list[int]) -> None:
    d.interact(npc("ep4_priya"))
    d.talk(final)
    d.wait_until(lambda: d.is_top("EndingScene"), 600, "the ending card")


@pytest.mark.parametrize("ending", sorted(PATHS))
def test_episode_four_can_be_played_from_new_game_to_each_ending(player, ending):
    path = PATHS[ending]
    player.new_game(4)
    play_to_the_podium(player, path, SWITCHED[ending])
    story = player.ctx.story
    if path[8] is None:
        # the kill thread pulled in the level is the climax choice: no question
        assert story.variables["ep4_stage"] == 10
    else:
        assert story.variables["ep4_stage"] == 9
        player.interact(npc("ep4_theo"))
        player.talk(path[8])
    answer_the_hall(player, path[9])
    player.check_finished(4, ending, 11, CHOSEN[ending])
