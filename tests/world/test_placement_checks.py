"""The map checker's placement and reach checks: one small map per mistake,
each with the exact line a designer reads (and nothing more)."""

from __future__ import annotations

import shutil
from pathlib import Path

from game.tools import check

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "maps"
ROOM = """\
WWWWWWW
W..W..W
W..W..W
W.....W
WWWWWWW"""
POCKET = """\
WWWWWWW
W..W..W
W..W..W
W..W..W
WWWWWWW"""
SPAWN = (
    '<object id="1" name="start" type="Spawn" x="24" y="30">'
    '<properties><property name="default" type="bool" value="true"/>'
    "</properties><point/></object>"
)


def write_map(folder: Path, name: str, layout: str, objects: str) -> Path:
    """A room of walls (W, a full collision tile) and floor (.) with objects."""
    for asset in ("fixture.tsx", "fixture.png"):
        shutil.copy(FIXTURES / asset, folder / asset)
    rows = layout.splitlines()
    cells = ",\n".join(",".join("2" if c == "W" else "1" for c in r) for r in rows)
    path = folder / name
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<map version="1.10" tiledversion="1.11.2" class="SmileMap" '
        f'orientation="orthogonal" renderorder="right-down" width="{len(rows[0])}" '
        f'height="{len(rows)}" tilewidth="16" tileheight="16" infinite="0" '
        'nextlayerid="9" nextobjectid="99">\n'
        ' <tileset firstgid="1" source="fixture.tsx"/>\n'
        f' <layer id="1" name="Floor" width="{len(rows[0])}" height="{len(rows)}">'
        f'<data encoding="csv">\n{cells}\n</data></layer>\n'
        f' <objectgroup id="2" name="Entities">{SPAWN}{objects}</objectgroup>\n'
        "</map>\n"
    )
    return path


def errors_for(capsys, path: Path) -> list[str]:
    check.main([str(path)])
    lines = capsys.readouterr().out.strip().splitlines()
    return [line.replace(f"{path}", "MAP") for line in lines if line[:5] == "ERROR"]


def test_an_npc_standing_in_a_wall_is_named_with_its_feet(tmp_path, capsys):
    npc = (
        '<object id="2" name="nurse" type="NPC" x="48" y="16" width="16" '
        'height="16"><properties><property name="npc_id" value="bea"/>'
        "</properties></object>"
    )
    path = write_map(tmp_path, "room.tmx", ROOM, npc)
    assert errors_for(capsys, path) == [
        'ERROR MAP › Entities › #2 "nurse" (NPC) @ tile 3,1: stands inside '
        "collision (a wall, furniture or the map edge) at its feet, pixel 56,32 "
        "— move it onto free floor (View › Show Tile Collision Shapes)"
    ]


def test_a_spawn_in_a_wall_is_one_message_not_a_cascade(tmp_path, capsys):
    spawn = '<object id="2" name="back" type="Spawn" x="56" y="40"><point/></object>'
    path = write_map(tmp_path, "room.tmx", ROOM, spawn)
    assert errors_for(capsys, path) == [
        'ERROR MAP › Entities › #2 "back" (Spawn) @ tile 3,2: stands inside '
        "collision (a wall, furniture or the map edge) at its feet, pixel 56,40 "
        "— move it onto free floor (View › Show Tile Collision Shapes)"
    ]


def test_a_patrol_through_a_wall_names_where_the_walker_sticks(tmp_path, capsys):
    patrol = (
        '<object id="2" name="rounds" type="PatrolPath" x="24" y="28">'
        '<polyline points="0,0 56,0"/></object>'
    )
    path = write_map(tmp_path, "room.tmx", ROOM, patrol)
    assert errors_for(capsys, path) == [
        'ERROR MAP › Entities › #2 "rounds" (PatrolPath) @ tile 2,1: the patrol '
        "path runs into collision at pixel 43,28 — move that segment's points "
        "so the walk stays on free floor"
    ]


def test_a_door_out_of_every_walk_from_the_spawns_is_unreachable(tmp_path, capsys):
    write_map(tmp_path, "next.tmx", ROOM, "")
    door = (
        '<object id="2" name="exit" type="Door" x="80" y="16" width="16" '
        'height="16"><properties><property name="target_map" type="file" '
        'value="next.tmx"/></properties></object>'
    )
    path = write_map(tmp_path, "room.tmx", POCKET, door)
    assert errors_for(capsys, path) == [
        'ERROR MAP › Entities › #2 "exit" (Door) @ tile 5,1: no walk from a '
        "spawn reaches this Door — open a path to it through the collision, "
        "or move it"
    ]


def test_a_prop_walled_in_where_nobody_can_examine_it_is_named(tmp_path, capsys):
    prop = (
        '<object id="2" name="plant" type="Prop" x="80" y="16" width="16" '
        'height="16"><properties><property name="examine" '
        'value="Ep1_Poster"/></properties></object>'
    )
    path = write_map(tmp_path, "room.tmx", POCKET, prop)
    assert errors_for(capsys, path) == [
        'ERROR MAP › Entities › #2 "plant" (Prop) @ tile 5,1: no walk from a '
        "spawn reaches this Prop — open a path to it through the collision, "
        "or move it"
    ]


def test_a_door_whose_arrival_faces_a_wall_names_the_spawn(tmp_path, capsys):
    arrival = (
        '<object id="2" name="in" type="Spawn" x="24" y="30"><properties>'
        '<property name="facing" value="up"/></properties><point/></object>'
    )
    write_map(tmp_path, "next.tmx", ROOM, arrival)
    door = (
        '<object id="3" name="exit" type="Door" x="16" y="48" width="16" '
        'height="16"><properties><property name="target_map" type="file" '
        'value="next.tmx"/><property name="target_spawn" value="in"/>'
        "</properties></object>"
    )
    path = write_map(tmp_path, "room.tmx", ROOM, door)
    assert errors_for(capsys, path) == [
        f'ERROR MAP › Entities › #3 "exit" (Door) @ tile 1,3: the player arrives '
        f'at spawn "in" in {tmp_path / "next.tmx"} facing up, into a wall '
        "— set that Spawn's facing toward the open floor"
    ]


def test_a_requires_typo_is_named_with_its_place_and_the_right_spelling(
    tmp_path, capsys
):
    npc = (
        '<object id="2" name="nurse" type="NPC" x="16" y="32" width="16" '
        'height="16"><properties><property name="npc_id" value="bea"/>'
        '<property name="requires" value="$ep1_stag &gt;= 1"/>'
        "</properties></object>"
    )
    path = write_map(tmp_path, "room.tmx", ROOM, npc)
    assert errors_for(capsys, path) == [
        'ERROR MAP › Entities › #2 "nurse" (NPC) @ tile 1,2: requires names '
        '$ep1_stag, which no dialogue declares (did you mean "$ep1_stage"?) '
        "— fix the spelling in requires"
    ]


def test_a_map_without_its_class_is_refused_with_the_reason(tmp_path, capsys):
    path = write_map(tmp_path, "room.tmx", ROOM, "")
    path.write_text(path.read_text().replace(' class="SmileMap"', ""))
    assert errors_for(capsys, path) == [
        'ERROR MAP: the map has no class (it must be "SmileMap"); a Tiled older '
        "than 1.9 drops classes on save, so its EditorOnly layers lost theirs too "
        "— Map › Map Properties › Class: SmileMap; re-set EditorOnly on guide "
        "layers; save with Tiled 1.11 or newer"
    ]
