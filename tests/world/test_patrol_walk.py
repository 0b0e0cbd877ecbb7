"""The map check's patrol walk ends exactly where one-pixel moves end."""

from __future__ import annotations

import math
import random

import pytest

from game.world.collision import CollisionWorld
from game.world.model import Rect, Shape
from game.world.placement import PATIENCE, feet_box, feet_of, stuck_at

BOX = (12, 8)
SLIDE = 6
ROOM = CollisionWorld(
    [
        Shape(Rect(100, 0, 16, 150)),
        Shape(Rect(180, 120, 60, 20)),
        Shape(Rect(0, 200, 300, 16)),
        Shape(Rect(250, 40, 30, 30), ((250, 40), (280, 40), (265, 70))),
    ],
    (320, 240),
)


def one_pixel_walk(points, collision):
    """Every step through `CollisionWorld.move`, as patrolling NPCs walk."""
    here = feet_box(*points[0], BOX)
    for target in points[1:]:
        x, y = feet_of(here)
        still, arrived = 0, False
        for _ in range(int(math.dist((x, y), target) * 3) + PATIENCE):
            dx, dy = target[0] - x, target[1] - y
            length = math.hypot(dx, dy)
            if length < 1:
                arrived = True
                break
            moved = collision.move(here, dx / length, dy / length, (), SLIDE)
            still = still + 1 if moved == here else 0
            if still >= PATIENCE:
                break
            here = moved
            x, y = feet_of(here)
        if not arrived:
            return feet_of(here)
    return None


def straight_path(rng: random.Random) -> list[tuple[float, float]]:
    points = [(float(rng.randint(0, 320)), float(rng.randint(0, 240)))]
    for turn in range(rng.randint(1, 4)):
        x, y = points[-1]
        along = rng.choice([rng.randint(0, 320), rng.uniform(0, 320)])
        points.append((along, y) if turn % 2 else (x, along * 0.75))
    return points


@pytest.mark.parametrize("seed", range(8))
def test_straight_patrols_stick_where_one_pixel_moves_stick(seed):
    rng = random.Random(seed)
    paths = [straight_path(rng) for _ in range(40)]
    found = [stuck_at(p, ROOM, BOX, SLIDE) for p in paths]
    assert found == [one_pixel_walk(p, ROOM) for p in paths]


def test_a_straight_patrol_through_a_wall_sticks_at_the_wall():
    assert stuck_at([(50.0, 60.0), (150.0, 60.0)], ROOM, BOX, SLIDE) == (94.0, 60.0)
