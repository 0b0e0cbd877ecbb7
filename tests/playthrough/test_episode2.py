"""Episode 2 from New Game on the title screen to each of its endings.

A scripted player presses actions tick by tick: the episode select, walking
between the pod hall, the lab, Harbour Square and the forum hall, talking,
choosing, and playing both minigame levels by hand (the autoplayer's choices
entered as mouse moves and clicks). The choice paths are the writer's
(dialogue/ep2/PLAN.md §4); each reaches its ending whatever the levels return,
and two of them pull a level's shutdown switch, as a player may.
"""

import pytest
from driver import Driver, calls, examines, npc

# Options picked in each conversation, 1-based, in the order of play_to_the_end.
# The forum's evidence options are shown greyed when locked, so they count.
PATHS = {
    "open_standards": {
        "opening": [1],
        "logs": [1],
        "priya": [1],
        "pod": [1],
        "rally": [1],
        "rosa": [1],
        "marco": [1],
        "dale": True,
        "forum": [1, 2, 1, 1],
        "shutdown": {},
    },
    "patent_war": {
        "opening": [1],
        "logs": [1],
        "priya": None,
        "pod": [3],
        "rally": [1],
        "rosa": [1],
        "marco": [2],
        "dale": True,
        "forum": [1, 2, 1, 1],
        "shutdown": {"ep2_teach": 300},
    },
    "pods_closed": {
        "opening": [2],
        "logs": [2],
        "priya": [2],
        "pod": [3],
        "rally": [2],
        "rosa": None,
        "marco": [2],
        "dale": False,
        "forum": [1, 3, 2, 2],
        "shutdown": {"ep2_crisis": 600},
    },
}

# What those choices must have recorded on the way.
CHOSEN = {
    "open_standards": {
        "ep2_patent_stance": "open",
        "ep2_logs": "published",
        "ep2_priya_told": "truth",
        "ep2_mia_credit": "credited",
        "ep2_rally": "joined",
        "ep2_marco_approach": "invite",
        "ep2_rosa_coming": True,
        "ep2_used_staged": True,
        "ep2_mia_testified": True,
        "ep2_used_community": True,
        "ep2_final": "collaborate",
    },
    "patent_war": {
        "ep2_mia_credit": "buried",
        "ep2_mia_testified": False,
        "ep2_marco_approach": "confront",
        "ep2_used_staged": True,
        "ep2_teach_result": "shutdown",
        "ep2_final": "collaborate",
    },
    "pods_closed": {
        "ep2_patent_stance": "hedge",
        "ep2_logs": "sealed",
        "ep2_priya_told": "calm",
        "ep2_rally": "paused",
        "ep2_used_logs": False,
        "ep2_used_staged": False,
        "ep2_mia_testified": False,
        "ep2_crisis_result": "shutdown",
        "ep2_final": "fight",
    },
}


def play_to_the_end(d: Driver, path: dict) -> None:
    d.talk(path["opening"])
    d.interact(npc("mia_chen"))
    d.talk()
    if path["priya"]:
        d.interact(npc("patient_priya"))
        d.talk(path["priya"])
    d.go_to("lab.tmx")
    d.interact(examines("Ep2_PodLogs"))
    d.talk(path["logs"])
    d.go_to("pods.tmx")
    d.interact(calls("Ep2_PodThree"))
    d.talk(path["pod"], shutdown_at=path["shutdown"].get("ep2_teach"))
    d.go_to("plaza.tmx")
    d.interact(npc("jaxon"))
    d.talk(path["rally"])
    if path["rosa"]:
        d.interact(npc("elder_rosa"))
        d.talk(path["rosa"])
    d.interact(npc("marco_reyes"))
    d.talk(path["marco"])
    if path["dale"]:
        d.interact(npc("actor_dale"))
        d.talk()
    d.go_to("forum.tmx")
    d.talk(path["forum"], shutdown_at=path["shutdown"].get("ep2_crisis"))
    d.wait_until(lambda: d.is_top("EndingScene"), 600, "the ending card")


@pytest.mark.parametrize("ending", sorted(PATHS))
def test_episode_two_can_be_played_from_the_episode_select_to_each_ending(
    player, ending
):
    player.new_game(2)
    play_to_the_end(player, PATHS[ending])
    story = player.ctx.story
    player.check_finished(2, ending, 7, CHOSEN[ending])
    support = story.variables["ep2_support"]
    assert (support < 3) == (ending == "pods_closed"), support
