from pathlib import Path

import pygame

from game.world.loader import load_map
from game.world.model import Door, TileLayer
from game.world.render import MapRenderer

LOBBY = Path(__file__).resolve().parents[2] / "maps/ep1/lobby.tmx"


def door_cells(world, door):
    tw, th = world.tile_width, world.tile_height
    r = door.shape.rect
    return [
        (layer, x, y)
        for layer in world.below
        if isinstance(layer, TileLayer)
        for y in range(int(r.y // th) - 1, int((r.bottom - 1) // th) + 1)
        for x in range(int(r.x // tw), int((r.right - 1) // tw) + 1)
        if layer.cells[y][x] is not None
    ]


def test_a_door_plays_its_opening_animation_once_and_closes_again():
    pygame.display.init()
    pygame.display.set_mode((640, 360))
    world = load_map(LOBBY)
    renderer = MapRenderer(world)
    door = next(d for d in world.of_type(Door) if d.name == "to_treatment")
    before = {
        (layer.id, x, y): layer.cells[y][x] for layer, x, y in door_cells(world, door)
    }
    renderer.set_door(door.shape.rect, True)
    opened = {
        (layer.id, x, y): layer.cells[y][x] for layer, x, y in door_cells(world, door)
    }
    assert opened != before
    held = [a for a in renderer.animated if a.start is not None]
    assert held
    renderer.advance(10_000)  # long after: the last frame is held, not looped
    assert all(a.shown == len(a.frames) - 1 for a in held)
    renderer.set_door(door.shape.rect, False)
    after = {
        (layer.id, x, y): layer.cells[y][x] for layer, x, y in door_cells(world, door)
    }
    assert after == before
