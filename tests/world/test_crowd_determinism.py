"""A crowd of NPCs moves exactly as it always has: same seed, same steps.

The digest below was captured from the NPC movement before it used the
occupancy grid; any change to who blocks whom changes it.
"""

from __future__ import annotations

import dataclasses
import hashlib
import shutil
from pathlib import Path

import numpy as np

from game.world.actors import Actor
from game.world.loader import load_map
from game.world.session import WorldSession
from game.world.tuning import load_tuning

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "maps"
W, H = 30, 20
TICK = 1 / 60
DIGEST = "5645f96434ed40a53d4c0852eb0eb5e0119f2fa16629c7bf2d0971d40bccc673"


class OpenStory:
    """Every condition holds; dialogue ends at once."""

    def condition(self, expression: str, where: str) -> bool:
        return True

    def run_dialogue(self, node, on_done=None):
        if on_done:
            on_done()

    def start_minigame(self, level, intro_node, on_done):
        if on_done:
            on_done()


def _floor(x: int, y: int) -> int:
    edge = x in (0, W - 1) or y in (0, H - 1)
    pillar = x % 7 == 3 and y % 6 == 3
    return 2 if edge or pillar else 1


def _objects() -> str:
    out = []
    for i in range(24):
        x, y = 40 + (i % 8) * 40, 48 + (i // 8) * 72
        out.append(
            f'<object id="{i + 10}" name="w{i}" type="NPC" x="{x}" y="{y}" '
            'width="16" height="16"><properties>'
            '<property name="npc_id" value="crowd"/>'
            '<property name="behaviour" value="wander"/></properties></object>'
        )
    for i, y in enumerate((96, 200)):
        out.append(
            f'<object id="{i + 40}" name="p{i}" type="NPC" x="32" y="{y - 16}" '
            'width="16" height="16"><properties>'
            '<property name="npc_id" value="guard"/>'
            '<property name="behaviour" value="patrol"/>'
            f'<property name="patrol" type="object" value="{i + 50}"/>'
            "</properties></object>"
            f'<object id="{i + 50}" name="beat{i}" type="PatrolPath" x="40" y="{y}">'
            '<polyline points="0,0 200,0 200,0 200,40 0,40"/></object>'
        )
    return "\n".join(out)


def write_crowd_map(folder: Path) -> Path:
    for name in ("fixture.tsx", "fixture.png"):
        shutil.copy(FIXTURES / name, folder / name)
    rows = [",".join(str(_floor(x, y)) for x in range(W)) for y in range(H)]
    text = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<map version="1.10" orientation="orthogonal" renderorder="right-down" '
        f'width="{W}" height="{H}" tilewidth="16" tileheight="16" infinite="0" '
        'nextlayerid="3" nextobjectid="99">\n'
        ' <tileset firstgid="1" source="fixture.tsx"/>\n'
        f' <layer id="1" name="Floor" width="{W}" height="{H}">'
        f'<data encoding="csv">\n{",".join(rows)}\n</data></layer>\n'
        ' <objectgroup id="2" name="Entities">\n' + _objects() + "\n </objectgroup>\n"
        "</map>\n"
    )
    path = folder / "crowd.tmx"
    path.write_text(text)
    return path


def crowd_session(folder: Path) -> WorldSession:
    tuning = dataclasses.replace(
        load_tuning(),
        player_speed=80.0,
        player_box=(10, 6),
        npc_speed=40.0,
        corner_slide=6,
        wander_radius_tiles=3,
        wander_pause_s=(0.2, 0.8),
        wander_step_tiles=(1, 3),
        player_clearance=4,
    )
    world = load_map(write_crowd_map(folder))
    player = Actor("player", "june", 200.0, 150.0, tuning.player_box)
    rng = np.random.default_rng(20261204)
    return WorldSession(world, OpenStory(), tuning, rng, player, set())


def walk_digest(session: WorldSession, ticks: int) -> str:
    square = [(1, 0), (0, 1), (-1, 0), (0, -1), (1, 1), (-1, -1)]
    digest = hashlib.sha256()
    for tick in range(ticks):
        session.remember_positions()
        session.update(square[(tick // 45) % len(square)], False, TICK)
        for actor in (session.player, *session.npcs):
            digest.update(repr((actor.x, actor.y, actor.facing, actor.moving)).encode())
    return digest.hexdigest()


def test_a_seeded_crowd_takes_the_same_steps_as_before(tmp_path):
    assert walk_digest(crowd_session(tmp_path), 900) == DIGEST
