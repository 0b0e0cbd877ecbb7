"""Where the interaction prompt sits (pure geometry, no display)."""

from dataclasses import replace

from game.world.model import NPC, Prop, Rect, Shape
from game.world.prompt import place_prompt
from game.world.session import Target
from game.world.tuning import load_tuning

TUNING = replace(load_tuning(), prompt_rise=6, prompt_head_lift=22)
AREA = Rect(100, 100, 16, 16)


def target(kind: type, area: Rect = AREA) -> Target:
    return Target(
        kind(id=1, name="", layer="Entities", shape=Shape(area)), "Look", area
    )


def test_the_prompt_is_centred_above_the_target_in_screen_pixels():
    box = place_prompt(target(Prop), (20, 7), (50, 30), TUNING)
    # centre x 108 - 50 = 58; top 100 - 30 - 7 - 8 - 6 = 49
    assert box.panel == (58 - 10 - 4, 49, 28, 11)
    assert box.text_at == (48, 51)


def test_an_npcs_prompt_sits_above_its_head_not_its_feet():
    prop = place_prompt(target(Prop), (20, 7), (0, 0), TUNING)
    npc = place_prompt(target(NPC), (20, 7), (0, 0), TUNING)
    assert prop.panel[1] - npc.panel[1] == 22


def test_the_prompt_never_leaves_the_top_of_the_screen():
    high = Rect(100, 4, 16, 16)
    box = place_prompt(target(Prop, high), (20, 7), (0, 0), TUNING)
    assert box.panel[1] == 2 and box.text_at[1] == 4
