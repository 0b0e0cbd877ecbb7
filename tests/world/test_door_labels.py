"""Door plates: the nearest door in reach names where it leads."""

from __future__ import annotations

from pathlib import Path

from game.world.door_labels import DoorLabels
from game.world.model import Door, Rect, Shape

MAP = Path("/maps/ep1/lobby.tmx")


def door(x: float, label: str = "", target: str = "lab.tmx", id: int = 1) -> Door:
    shape = Shape(Rect(x, 0, 16, 16))
    return Door(id, f"door{id}", "Entities", shape, target_map=target, label=label)


def feet_at(x: float, y: float = 30) -> Rect:
    return Rect(x - 5, y - 6, 10, 6)


def labels(titles: dict[str, str] | None = None, asked: list | None = None):
    def title_of(path: Path) -> str:
        if asked is not None:
            asked.append(path)
        return (titles or {}).get(path.name, "")

    return DoorLabels(reach=20, title_of=title_of)


def test_a_door_in_reach_shows_its_label():
    found = labels().near([door(0, "Malik's lab")], feet_at(8), MAP)
    assert found is not None and found.text == "Malik's lab"


def test_a_door_out_of_reach_shows_nothing():
    assert labels().near([door(0, "Malik's lab")], feet_at(8, 90), MAP) is None


def test_the_nearest_of_two_doors_wins():
    doors = [door(0, "Left", id=1), door(24, "Right", id=2)]
    found = labels().near(doors, feet_at(30), MAP)
    assert found is not None and found.text == "Right"


def test_without_a_label_the_target_maps_name_is_used_and_read_once():
    asked: list[Path] = []
    names = labels({"lab.tmx": "The Nexus — Lab"}, asked)
    for _ in range(3):
        found = names.near([door(0)], feet_at(8), MAP)
        assert found is not None and found.text == "The Nexus — Lab"
    assert [p.name for p in asked] == ["lab.tmx"]


def test_a_door_with_no_label_and_a_nameless_target_shows_nothing():
    assert labels().near([door(0)], feet_at(8), MAP) is None
