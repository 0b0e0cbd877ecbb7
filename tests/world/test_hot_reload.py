"""Dev hot reload: an edit with checker errors shows them over the last good
map, naming file › layer › object; fixing the file clears them."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pygame

from game.core.options import LaunchOptions
from game.input.actions import ActionState
from game.play.conversations import Conversations
from game.scenes.overworld import OverworldScene
from game.tools.screens import headless_context

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "maps"
TICK = 1 / 60
NPC_AT = '<object id="2" name="nurse" type="NPC" x="{x}" y="24" width="16" height="16"><properties><property name="npc_id" value="bea"/></properties></object>'  # noqa: E501
ROOM = """\
WWWWWWWWWW
W........W
W...WW...W
W........W
W........W
WWWWWWWWWW"""


def write_room(folder: Path, npc_x: int) -> Path:
    for asset in ("fixture.tsx", "fixture.png"):
        shutil.copy(FIXTURES / asset, folder / asset)
    rows = ROOM.splitlines()
    cells = ",\n".join(",".join("2" if c == "W" else "1" for c in r) for r in rows)
    path = folder / "room.tmx"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<map version="1.10" '
        'tiledversion="1.11.2" class="SmileMap" orientation="orthogonal" '
        'renderorder="right-down" width="10" height="6" tilewidth="16" '
        'tileheight="16" infinite="0" nextlayerid="9" nextobjectid="99">\n'
        ' <tileset firstgid="1" source="fixture.tsx"/>\n'
        ' <layer id="1" name="Floor" width="10" height="6">'
        f'<data encoding="csv">\n{cells}\n</data></layer>\n'
        ' <objectgroup id="2" name="Entities">'
        '<object id="1" name="start" type="Spawn" x="24" y="60"><properties>'
        '<property name="default" type="bool" value="true"/></properties>'
        "<point/></object>" + NPC_AT.format(x=npc_x) + "</objectgroup>\n</map>\n"
    )
    stat = path.stat()  # a later mtime, whatever the file system's resolution
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    return path


def dev_scene(path: Path) -> OverworldScene:
    ctx = headless_context(seed=7, options=LaunchOptions(mute=True, dev=True))
    return OverworldScene(ctx, path, "start", Conversations(ctx))


def settle(scene: OverworldScene) -> None:
    for _ in range(40):
        scene.update(ActionState(), TICK)


def test_a_checker_error_shows_over_the_last_good_map_until_fixed(tmp_path):
    path = write_room(tmp_path, npc_x=16)
    scene = dev_scene(path)
    write_room(tmp_path, npc_x=64)  # the NPC's feet now stand in the wall
    settle(scene)
    assert [f.where for f in scene.stage.errors] == [
        'Entities › #2 "nurse" (NPC) @ tile 4,2'
    ]
    assert scene.session.world.objects[1].shape.rect.x == 16  # the old map runs
    surface = pygame.Surface((640, 360))
    scene.draw(surface, 0)
    shots = Path(os.environ.get("SMILE_SHOTS", tmp_path))
    pygame.image.save(surface, str(shots / "hot_reload_error.png"))
    write_room(tmp_path, npc_x=32)
    settle(scene)
    assert scene.stage.errors == []
    assert scene.session.world.objects[1].shape.rect.x == 32
