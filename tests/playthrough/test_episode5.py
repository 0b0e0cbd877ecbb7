"""Episode 5 from New Game on the title screen to each of its endings.

A scripted player picks "BioSculpting" on the episode select, walks between
the studio's rooms, the virtual meadow, Dr. Khoury's practice and the
community hall, talks, chooses, and plays both minigame levels by hand (the
autoplayer's choices entered as mouse moves and clicks). The choice paths
are the writer's (dialogue/ep5/PLAN.md §4).
"""

import pytest
from driver import Driver, calls, npc

# Options picked in each conversation, 1-based among the options shown, in
# the order of the steps in play_to_the_end.
PATHS = {
    "joint_practice": [[1], [1], [1], [1, 1], [1, 1], [1, 1], [1]],
    "khoury_walks": [[1], [1], [2], [2, 2], [2, 1], [2, 1], [1]],
    "halted": [[2], [2], [3], [1, 1], [1, 2], [1, 1], [3]],
}

# What those choices must have recorded on the way.
CHOSEN = {
    "joint_practice": {
        "ep5_theo_approach": "pace",
        "ep5_stayed_vr": True,
        "ep5_luna_film": "honest",
        "ep5_khoury_first": "learn",
        "ep5_logs_shared": True,
        "ep5_felix_heard": True,
        "ep5_press": "open",
        "ep5_forum_stance": "own",
        "ep5_asked_khoury": True,
        "ep5_khoury_joined": True,
        "ep5_future": "joint",
    },
    "khoury_walks": {
        "ep5_luna_film": "private",
        "ep5_khoury_first": "dismiss",
        "ep5_logs_shared": False,
        "ep5_felix_heard": False,
        "ep5_press": "open",
        "ep5_forum_stance": "attack",
        "ep5_asked_khoury": True,
        "ep5_khoury_joined": False,
        "ep5_future": "fast",
    },
    "halted": {
        "ep5_theo_approach": "tech",
        "ep5_stayed_vr": False,
        "ep5_luna_film": "promo",
        "ep5_press": "defend",
        "ep5_forum_stance": "own",
        "ep5_khoury_joined": True,
        "ep5_future": "halt",
    },
}


def play_to_the_end(d: Driver, path: list[list[int]]) -> None:
    intake, calm, luna, khoury, felix, forum, hunt = path
    d.talk()  # the opening at reception
    d.interact(npc("theo_ep5"))
    d.talk(intake)
    d.go_to("calm.tmx")  # the meadow scene runs as the map loads
    d.talk(calm)
    d.go_to("suite.tmx")
    d.interact(npc("luna"))
    d.talk(luna)  # plays ep5_teach
    d.go_to("khoury.tmx")
    d.interact(npc("amir_khoury"))
    d.talk(khoury)
    d.go_to("clinic.tmx")
    d.interact(npc("felix_bello"))
    d.talk(felix)
    d.go_to("hall.tmx")  # the forum runs as the hall loads
    d.talk(forum)
    d.go_to("suite.tmx")
    d.interact(calls("Ep5_GlitchHunt"))
    d.talk(hunt)  # plays ep5_crisis
    d.go_to("hall.tmx")  # the gathering, then the ending
    d.talk()
    d.wait_until(lambda: d.is_top("EndingScene"), 600, "the ending card")


@pytest.mark.parametrize("ending", sorted(PATHS))
def test_episode_five_can_be_played_from_the_episode_select_to_each_ending(
    player, ending
):
    player.new_game(5)
    play_to_the_end(player, PATHS[ending])
    story = player.ctx.story
    player.check_finished(5, ending, 9, CHOSEN[ending])
    if ending != "halted":
        assert story.variables["ep5_crisis_result"] == "won"
