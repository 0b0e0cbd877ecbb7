"""The reach check's walk: the whole-map lattice computation gives exactly
what a step-by-step flood fill over `CollisionWorld.blocked` gives."""

from __future__ import annotations

import random
from collections import deque
from pathlib import Path

import numpy as np
import pytest

from game.core.paths import project_root
from game.tiled.project import load_project
from game.world.collision import CollisionWorld
from game.world.lattice import blocked_lattice
from game.world.loader import load_map
from game.world.model import Rect, Shape, Spawn
from game.world.placement import feet_box
from game.world.reach import GRID, seeds, walkable
from game.world.tuning import load_tuning
from game.world.validate import Knowledge

MAPS = sorted(
    p for p in (project_root() / "maps").rglob("*.tmx") if "minigame" not in p.parts
)


def flood(collision: CollisionWorld, box: tuple[int, int], start: list) -> set:
    """The reference: one neighbour at a time, there and half-way there."""

    def blocked(x: float, y: float) -> bool:
        return collision.blocked(feet_box(x, y, box))

    seen, queue = set(start), deque(start)
    while queue:
        x, y = queue.popleft()
        for dx, dy in ((GRID, 0), (-GRID, 0), (0, GRID), (0, -GRID)):
            nxt = (x + dx, y + dy)
            if nxt in seen or blocked(*nxt) or blocked(x + dx / 2, y + dy / 2):
                continue
            seen.add(nxt)
            queue.append(nxt)
    return seen


def lattice_cells(collision: CollisionWorld, box, start) -> set:
    walk = walkable(collision, box, start)
    rows, cols = np.nonzero(walk.reached)
    return {(int(c) * GRID, int(r) * GRID) for r, c in zip(rows, cols, strict=True)}


def random_world(rng: random.Random) -> CollisionWorld:
    size = (rng.randrange(40, 160), rng.randrange(40, 160))
    shapes = []
    for _ in range(rng.randrange(0, 25)):
        x, y = rng.uniform(-8, size[0]), rng.uniform(-8, size[1])
        w, h = rng.choice([0, 0.5, 3, 16, 40]), rng.choice([0, 1.5, 4, 16, 33])
        shapes.append(Shape(Rect(x, y, w, h)))
    for _ in range(rng.randrange(0, 3)):
        x, y = rng.uniform(0, size[0]), rng.uniform(0, size[1])
        points = ((x, y), (x + 20, y + 3), (x + 4, y + 17))
        rect = Rect(x, y, 20, 17)
        shapes.append(Shape(rect, points, rng.random() < 0.7))
    return CollisionWorld(shapes, size)


@pytest.mark.parametrize("path", MAPS, ids=lambda p: p.name)
def test_the_walk_on_each_real_map_matches_the_flood_fill(path: Path):
    project = load_project(project_root() / "maps" / "smile.tiled-project")
    world = load_map(path, project)
    box = load_tuning().player_box
    collision = CollisionWorld(world.colliders, world.pixel_size)
    start = seeds(world.of_type(Spawn), collision, box)
    assert lattice_cells(collision, box, start) == flood(collision, box, start)


def test_the_walk_on_random_rooms_matches_the_flood_fill():
    rng = random.Random(12)
    for _ in range(60):
        collision = random_world(rng)
        box = (rng.choice([2, 6, 10]), rng.choice([3, 6]))
        free = [
            (x, y)
            for x in range(0, collision.size[0], GRID)
            for y in range(0, collision.size[1], GRID)
            if not collision.blocked(feet_box(x, y, box))
        ]
        start = rng.sample(free, min(2, len(free)))
        assert lattice_cells(collision, box, start) == flood(collision, box, start)


def test_each_lattice_position_is_blocked_exactly_when_the_collision_says_so():
    rng = random.Random(3)
    for _ in range(20):
        collision = random_world(rng)
        box = (10, 6)
        grid = blocked_lattice(collision, box, 2)
        rows, cols = grid.shape
        for row in range(rows):
            for col in range(cols):
                expected = collision.blocked(feet_box(col * 2, row * 2, box))
                assert grid[row, col] == expected, (row, col)


def test_each_map_gets_one_collision_per_check_run():
    project = load_project(project_root() / "maps" / "smile.tiled-project")
    know = Knowledge(project=project, maps_root=project_root() / "maps")
    first, second = (load_map(path, project) for path in MAPS[:2])
    collision = know.collision(first)
    assert know.collision(first) is collision
    assert collision.shapes == list(first.colliders)
    assert know.collision(second) is not collision
    again = load_map(MAPS[0], project)  # another load: its own collision
    assert know.collision(again) is not collision
