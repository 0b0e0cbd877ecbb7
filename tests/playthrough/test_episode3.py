"""Episode 3 from New Game on the title screen to each of its endings.

A scripted player picks episode 3 on the episode select, walks Neo-Vita's
clinic, trial suite, monitoring room and plaza, talks, chooses, and plays
both minigame levels by hand (the autoplayer's choices entered as mouse
moves and clicks). The choice paths are the writer's (dialogue/ep3/PLAN.md
section 4). For the halted ending the player pulls the shutdown switch in
the emergency, as a frightened player would.
"""

import pytest
from driver import Driver, npc

# Options picked in each conversation, 1-based, in the order of the steps:
# opening, Lucy's exam, the tests, Marcus, the plaza, the emergency, the reckoning.
PATHS = {
    "research_centre": [[1], [1], [1], [1], [1], [1, 1], [1]],
    "campaign_smile": [[2], [2], [3], [2], [2], [2, 2], [2]],
    "trial_halted": [[2], [1], [3], [3], [1], [1, 1], [3]],
}

# Seconds into the emergency at which the player pulls the switch (None: never).
SHUTDOWN = {"research_centre": None, "campaign_smile": None, "trial_halted": 4}

# What those choices and levels must have recorded on the way.
CHOSEN = {
    "research_centre": {
        "ep3_lucy_first": True,
        "ep3_lucy_told": "truth",
        "ep3_reported": "now",
        "ep3_marcus_dose": "repair",
        "ep3_lucy_voice": True,
        "ep3_ravi_link": "asked",
        "ep3_marcus_told": "truth",
        "ep3_final": "open",
        "ep3_crisis_result": "won",
    },
    "campaign_smile": {
        "ep3_lucy_first": False,
        "ep3_lucy_told": "comfort",
        "ep3_reported": "later",
        "ep3_marcus_dose": "full",
        "ep3_lucy_voice": False,
        "ep3_ravi_link": "alone",
        "ep3_marcus_told": "comfort",
        "ep3_final": "relaunch",
        "ep3_crisis_result": "won",
    },
    "trial_halted": {
        "ep3_reported": "later",
        "ep3_marcus_dose": "sponsor",
        "ep3_final": "handover",
        "ep3_crisis_result": "shutdown",
    },
}


def play_to_the_end(d: Driver, path: list[list[int]], shutdown: int | None) -> None:
    opening, exam, tests, marcus, plaza, emergency, reckoning = path
    d.talk(opening)
    d.go_to("trial.tmx")
    d.interact(npc("lucy"))
    d.talk(exam)
    d.go_to("monitoring.tmx")
    d.interact(npc("ravi"))
    d.talk(tests)
    d.go_to("clinic.tmx")
    d.interact(npc("marcus"))
    d.talk(marcus)
    d.go_to("plaza.tmx")
    d.interact(npc("lucy"))
    d.talk(plaza)
    d.go_to("trial.tmx")
    d.interact(npc("lucy"))
    d.talk(emergency, shutdown_at=None if shutdown is None else shutdown * 60)
    d.go_to("clinic.tmx")
    d.talk(reckoning)
    d.wait_until(lambda: d.is_top("EndingScene"), 600, "the ending card")


@pytest.mark.parametrize("ending", sorted(PATHS))
def test_episode_three_can_be_played_from_new_game_to_each_ending(player, ending):
    player.new_game(3)
    play_to_the_end(player, PATHS[ending], SHUTDOWN[ending])
    player.check_finished(3, ending, 7, CHOSEN[ending])
