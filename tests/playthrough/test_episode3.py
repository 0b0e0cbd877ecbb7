"""Episode 3 from New Game on the title screen to each of its endings.

A scripted player picks episode 3 on the episode select, walks Neo-Vita's
clinic, trial suite, monitoring room and plaza, talks, chooses, and plays
both minigame levels by hand (the autoplayer's choices entered as mouse
moves and clicks). The choice paths are the writer's (dialogue/ep3/PLAN.md
section 4). For the halted ending the player pulls the shutdown switch in
the emergency, as a frightened player would.
"""

import pygame
import pytest
from driver import Driver, Stuck

from game.input.actions import Action

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


def npc(npc_id):
    return lambda obj: obj is not None and getattr(obj, "npc_id", "") == npc_id


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
    options = LaunchOptions(frames=1, mute=True, seed=2045)
    ctx = build_context(options, default_settings(), display, 2045)
    ctx.nav.start()
    yield Driver(MainLoop(ctx, display, None, None))
    pygame.display.quit()


def new_game(d: Driver) -> None:
    """Title: New game; episode select: two steps right to Neo-Vita; the
    opening plays on the reception's map load."""
    d.wait_until(lambda: d.is_top("TitleScene"), 10, "the title screen")
    d.press(Action.CONFIRM)
    d.wait_until(lambda: d.is_top("EpisodeSelectScene"), 10, "the episode select")
    d.press(Action.RIGHT)
    d.press(Action.RIGHT)
    assert d.top.chosen.number == 3
    d.press(Action.CONFIRM)
    d.wait_until(d.in_conversation, 600, "the opening")


def talk_with_shutdown(d: Driver, choices: list[int], seconds: int | None) -> None:
    """Like Driver.talk, but any level in this conversation is played with
    the shutdown switch pulled `seconds` in (None: played to the end)."""
    if seconds is None:
        d.talk(choices)
        return
    choices = list(choices)
    d.wait_until(d.in_conversation, 120, "a conversation")
    while d.in_conversation() or d.in_minigame():
        if d.in_minigame():
            d.play_level(shutdown_at=seconds * 60)
            continue
        if d.in_card():
            d.press(Action.CONFIRM)
            continue
        box = d.top
        if box.options is not None and box.visible:
            if not choices:
                raise Stuck("options shown but no choice left")
            d._choose(box, choices.pop(0))
        elif box.waiting is not None:
            d.tick()
        else:
            d.press(Action.CONFIRM)
    assert not choices, f"choices left over: {choices}"


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
    talk_with_shutdown(d, emergency, shutdown)
    d.go_to("clinic.tmx")
    d.talk(reckoning)
    d.wait_until(lambda: d.is_top("EndingScene"), 600, "the ending card")


@pytest.mark.parametrize("ending", sorted(PATHS))
def test_episode_three_can_be_played_from_new_game_to_each_ending(player, ending):
    new_game(player)
    play_to_the_end(player, PATHS[ending], SHUTDOWN[ending])
    story = player.ctx.story
    assert story.endings == [ending]
    assert ending in player.ctx.profile.endings_for(3)
    assert set(story.minigame) == {"ep3_teach", "ep3_crisis"}
    assert story.variables["ep3_stage"] == 7
    for name, value in CHOSEN[ending].items():
        assert story.variables[name] == value, name
