"""maps/property_types.json -> the project's property types."""

from __future__ import annotations

from game.tiled.project import parse_project
from game.tiled.type_source import property_types

SOURCE = {
    "enums": [
        {"name": "Direction", "values": ["down", "up"], "description": "Facing."},
        {"name": "NpcId", "generated": True, "description": "A character."},
    ],
    "classes": [
        {
            "name": "Spawn",
            "useAs": ["object"],
            "description": "Where the player arrives.",
            "members": [
                {
                    "name": "facing",
                    "type": "string",
                    "value": "down",
                    "propertyType": "Direction",
                    "description": "Facing.",
                },
                {
                    "name": "radius",
                    "type": "float",
                    "value": 8.0,
                    "filled": False,
                    "description": "Own fallback.",
                },
            ],
        }
    ],
}


def test_known_types_keep_their_id_and_new_ones_are_numbered_after():
    current = [{"id": 7, "name": "Spawn"}, {"id": 3, "name": "Direction"}]
    out = property_types(SOURCE, current, {"NpcId": ["bea"]})
    assert [(t["name"], t["id"]) for t in out] == [
        ("Direction", 3),
        ("NpcId", 8),
        ("Spawn", 7),
    ]


def test_generated_enums_take_the_games_values():
    out = property_types(SOURCE, [], {"NpcId": ["bea", "malik"]})
    assert out[1]["values"] == ["bea", "malik"]


def test_members_carry_description_and_unfilled_defaults_stay_unfilled():
    project = parse_project({"propertyTypes": property_types(SOURCE, [], {})})
    facing, radius = project.members("Spawn")
    assert (facing.enum, facing.filled, radius.filled) == ("Direction", True, False)
    spawn = property_types(SOURCE, [], {})[2]
    assert spawn["members"][0]["description"] == "Facing."
