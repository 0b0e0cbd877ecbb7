"""Doors open as the player nears them and close behind (no display)."""

from game.world.doors import DoorStates, near
from game.world.model import Door, Rect, Shape

DOOR = Door(id=3, name="to_lobby", layer="Entities", shape=Shape(Rect(64, 0, 16, 16)))


def feet_at(x: float, y: float) -> Rect:
    return Rect(x - 5, y - 6, 10, 6)


def test_a_door_opens_when_the_player_comes_within_reach():
    doors = DoorStates(reach=10)
    doors.update([DOOR], feet_at(72, 24))
    assert doors.open_ids == {3}
    assert doors.take_changes() == [(DOOR.shape.rect, True)]


def test_a_door_stays_shut_while_the_player_is_beyond_reach():
    doors = DoorStates(reach=10)
    doors.update([DOOR], feet_at(72, 40))
    assert doors.open_ids == set() and doors.take_changes() == []


def test_a_door_closes_behind_the_player_and_reports_each_change_once():
    doors = DoorStates(reach=10)
    for y in (24, 24, 60, 60):
        doors.update([DOOR], feet_at(72, y))
    assert doors.take_changes() == [
        (DOOR.shape.rect, True),
        (DOOR.shape.rect, False),
    ]
    assert doors.take_changes() == []


def test_a_new_map_starts_with_every_door_shut_and_nothing_pending():
    doors = DoorStates(reach=10)
    doors.update([DOOR], feet_at(72, 24))
    doors.reset()
    assert doors.open_ids == set() and doors.take_changes() == []


def test_reach_grows_an_area_on_every_side():
    assert near(Rect(10, 20, 4, 6), 3) == Rect(7, 17, 10, 12)
