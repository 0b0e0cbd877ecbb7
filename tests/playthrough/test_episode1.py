"""Episode 1 from New Game on the title screen to each of its endings.

A scripted player presses actions tick by tick: menus, walking between the
Nexus's rooms, talking, choosing, and playing both minigame levels by hand
(the autoplayer's choices entered as mouse moves and clicks). The choice
paths are the writer's (dialogue/ep1/PLAN.md §4).
"""

import pytest
from driver import Driver, calls, npc

SEED = 2042  # the run this episode's paths were written for

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
    player.new_game(1)
    play_to_the_end(player, PATHS[ending])
    player.check_finished(1, ending, 7, CHOSEN[ending])
