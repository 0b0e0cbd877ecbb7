"""maps/ep1/*.tmx: the Nexus of episode 1 loads, validates, links up and is walkable."""

from __future__ import annotations

from collections import deque
from functools import cache
from pathlib import Path

import pytest

from game.core.paths import maps_dir, project_root
from game.tools.check import run_checks
from game.world.collision import CollisionWorld
from game.world.loader import load_map
from game.world.model import (
    NPC,
    Door,
    MapObject,
    PatrolPath,
    Prop,
    Rect,
    Spawn,
    Trigger,
    WorldMap,
)
from game.world.tuning import load_tuning

EP1 = maps_dir() / "ep1"
MAPS = ("lobby", "treatment", "lab", "community")
STEPS = ((1, 0), (-1, 0), (0, 1), (0, -1))
Tile = tuple[int, int]


@cache
def world(name: str) -> WorldMap:
    return load_map(EP1 / f"{name}.tmx")


def feet_box(tile: Tile) -> Rect:
    """The player's collision box with the feet at the tile's centre line."""
    w, h = load_tuning().player_box
    x, y = tile
    return Rect(x * 16 + 8 - w / 2, y * 16 + 11 - h, w, h)


def sweep(a: Rect, b: Rect) -> Rect:
    x, y = min(a.x, b.x), min(a.y, b.y)
    return Rect(x, y, max(a.right, b.right) - x, max(a.bottom, b.bottom) - y)


def spawn_tile(spawn: Spawn) -> Tile:
    return (int(spawn.shape.rect.x // 16), int((spawn.shape.rect.bottom - 1) // 16))


@cache
def reachable(name: str, start: str) -> frozenset[Tile]:
    """Tiles a player box can reach from spawn `start` (moves swept tile to tile)."""
    w = world(name)
    collision = CollisionWorld(w.colliders, w.pixel_size)
    spawn = w.spawn(start)
    assert spawn is not None, f"{name}: no spawn {start}"
    first = spawn_tile(spawn)
    assert not collision.blocked(feet_box(first)), f"{name}: {start} is in a wall"
    seen, todo = {first}, deque([first])
    while todo:
        x, y = todo.popleft()
        for dx, dy in STEPS:
            nxt = (x + dx, y + dy)
            if nxt in seen or not (0 <= nxt[0] < w.width and 0 <= nxt[1] < w.height):
                continue
            if not collision.blocked(sweep(feet_box((x, y)), feet_box(nxt))):
                seen.add(nxt)
                todo.append(nxt)
    return frozenset(seen)


def arrival(name: str) -> str:
    """The spawn a player first enters `name` by: `start` in the lobby, else the
    spawn the lobby's door into it names."""
    if name == "lobby":
        return "start"
    doors = world("lobby").of_type(Door)
    return next(d.target_spawn for d in doors if d.target_map == f"{name}.tmx")


def probes(tile: Tile) -> list[Rect]:
    """What INTERACT reaches from `tile`, facing each way."""
    box, reach = feet_box(tile), load_tuning().interact_reach
    side = reach / 2
    return [
        Rect(
            box.x + dx * reach - side * abs(dy),
            box.y + dy * reach - side * abs(dx),
            box.w + 2 * side * abs(dy),
            box.h + 2 * side * abs(dx),
        )
        for dx, dy in STEPS
    ]


def area(obj: MapObject) -> Rect:
    if isinstance(obj, NPC):  # the actor's feet box, where Talk aims
        w, h = load_tuning().player_box
        r = obj.shape.rect
        return Rect(r.x + r.w / 2 - w / 2, r.bottom - h, w, h)
    return obj.shape.rect


def usable(name: str, obj: MapObject) -> bool:
    tiles = reachable(name, arrival(name))
    target = area(obj)
    if isinstance(obj, Door):
        return any(feet_box(t).overlaps(target) for t in tiles)
    return any(p.overlaps(target) for t in tiles for p in probes(t))


def things(name: str) -> list[MapObject]:
    """Every object a player must be able to walk to and use."""
    w = world(name)
    found: list[MapObject] = [*w.of_type(Door), *w.of_type(NPC)]
    found += [p for p in w.of_type(Prop) if p.examine]
    found += [t for t in w.of_type(Trigger) if t.on == "interact"]
    return found


@pytest.mark.parametrize("name", MAPS)
def test_the_map_validates_without_errors(name):
    findings = run_checks([EP1 / f"{name}.tmx"], project_root())
    assert [f.format() for f in findings if f.is_error] == []


@pytest.mark.parametrize("name", MAPS)
def test_the_map_has_one_default_spawn_and_episode_properties(name):
    w = world(name)
    assert len([s for s in w.of_type(Spawn) if s.default]) == 1
    assert w.properties.episode == 1 and w.properties.indoor
    assert w.properties.display_name and w.properties.music


def test_the_episode_starts_at_the_lobby_start_spawn():
    assert world("lobby").spawn("start") is not None
    assert world("lobby").default_spawn().name == "start"


@pytest.mark.parametrize("name", MAPS)
def test_every_door_leads_to_a_spawn_that_leads_back(name):
    for door in world(name).of_type(Door):
        target = Path(door.target_map).stem
        assert target in MAPS, door.name
        assert world(target).spawn(door.target_spawn) is not None, door.name
        back = [d for d in world(target).of_type(Door) if d.target_map == f"{name}.tmx"]
        assert back, f"{target} has no door back to {name}"


@pytest.mark.parametrize("name", MAPS)
def test_the_layers_keep_the_contract_order(name):
    assert world(name).layer_names == [
        "floor",
        "walls",
        "details",
        "objects",
        "Entities",
        "overhead",
        "Triggers",
        "Collision",
    ]


@pytest.mark.parametrize("name", MAPS)
def test_a_player_can_walk_to_every_door_person_and_thing(name):
    stuck = [f"#{o.id} {o.name}" for o in things(name) if not usable(name, o)]
    assert stuck == []


@pytest.mark.parametrize("name", MAPS)
def test_every_spawn_is_on_walkable_floor_reached_from_the_arrival(name):
    tiles = reachable(name, arrival(name))
    for spawn in world(name).of_type(Spawn):
        assert spawn_tile(spawn) in tiles, spawn.name


def box_at(x: float, y: float) -> Rect:
    w, h = load_tuning().player_box
    return Rect(x - w / 2, y - h, w, h)


@pytest.mark.parametrize("name", MAPS)
def test_every_patrol_path_is_clear_of_walls_and_furniture(name):
    w = world(name)
    collision = CollisionWorld(w.colliders, w.pixel_size)
    for path in w.of_type(PatrolPath):
        points = list(path.shape.points)
        ends = points[1:] + points[:1] if path.loop else points[1:]
        for (x0, y0), (x1, y1) in zip(points, ends, strict=False):
            steps = int(max(abs(x1 - x0), abs(y1 - y0))) or 1
            for i in range(steps + 1):
                x, y = x0 + (x1 - x0) * i / steps, y0 + (y1 - y0) * i / steps
                assert not collision.blocked(box_at(x, y)), f"{path.name} @ {x},{y}"


@pytest.mark.parametrize("name", MAPS)
def test_every_person_stands_on_free_floor(name):
    w = world(name)
    collision = CollisionWorld(w.colliders, w.pixel_size)
    for npc in w.of_type(NPC):
        r = npc.shape.rect
        assert not collision.blocked(box_at(r.x + r.w / 2, r.bottom)), npc.name
