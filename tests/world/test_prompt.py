"""Where the interaction prompt sits (pure geometry, no display)."""

from dataclasses import replace

from game.world.model import NPC, Prop, Rect, Shape
from game.world.prompt import place_above, place_plate, place_prompt
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


def test_a_plate_sits_centred_above_its_area():
    box = place_above(AREA, (20, 7), (50, 30), 6, (640, 360))
    # centre x 108 - 50 = 58; height 11; top 100 - 30 - 11 - 6 = 53
    assert box.panel == (58 - 14, 53, 28, 11)


def test_a_bubble_near_the_top_stays_on_screen():
    box = place_above(Rect(100, 4, 16, 16), (20, 7), (0, 0), 6, (640, 360))
    assert box.panel[1] == 2


def test_a_plate_at_the_map_edge_stays_inside_the_view():
    box = place_plate(Rect(636, 100, 16, 32), (60, 7), (0, 0), 6, (640, 360))
    x, _y, w, _h = box.panel
    assert x + w <= 640 - 2


def test_a_side_wall_doors_plate_sits_above_it():
    box = place_plate(Rect(0, 200, 16, 32), (20, 7), (0, 0), 28, (640, 360))
    assert box.panel[1] == 200 - 11 - 28


def test_a_bottom_wall_doors_plate_sits_beside_it_not_over_the_doorway():
    box = place_plate(Rect(352, 340, 32, 16), (20, 7), (0, 0), 28, (640, 360))
    x, y, _w, h = box.panel
    assert x == 384 + 8 and y + h <= 360 - 2


def test_a_door_plate_with_no_room_above_goes_beside_the_door():
    box = place_plate(Rect(100, 4, 32, 16), (20, 7), (0, 0), 28, (640, 360))
    assert box.panel[0] == 132 + 8  # right of the door, clear of the doorway


def test_a_door_plate_at_the_right_edge_with_no_room_above_goes_left():
    box = place_plate(Rect(620, 4, 16, 16), (20, 7), (0, 0), 28, (640, 360))
    assert box.panel[0] == 620 - 8 - 28
