"""Patrols stay bounded whatever their path: one point a tick, a short memory."""

from game.world.actors import PATROL_HISTORY, Actor, Patrol
from game.world.collision import CollisionWorld
from game.world.model import Rect

TICK = 1 / 60


def walker() -> Actor:
    return Actor("guard", "guard", 50.0, 50.0, (10, 6))


def test_a_path_of_one_repeated_point_advances_one_point_a_tick():
    patrol = Patrol([(50.0, 50.0)] * 4, loop=True, speed=40.0)
    actor, world = walker(), CollisionWorld([], (200, 200))
    for _ in range(10):
        patrol.update(actor, TICK, world, list)
    assert len(patrol.history) == 10


def test_a_patrol_remembers_only_its_latest_points():
    patrol = Patrol([(50.0, 50.0), (50.0, 50.0)], loop=False, speed=40.0)
    actor, world = walker(), CollisionWorld([], (200, 200))
    for _ in range(PATROL_HISTORY * 3):
        patrol.update(actor, TICK, world, list)
    assert len(patrol.history) == PATROL_HISTORY


def test_a_patrol_with_every_point_blocked_waits_in_place():
    patrol = Patrol([(90.0, 50.0), (10.0, 50.0)], loop=True, speed=40.0)
    actor, world = walker(), CollisionWorld([], (200, 200))
    walls = [Rect(55, 40, 4, 20), Rect(41, 40, 4, 20)]  # touching both sides
    for _ in range(120):
        patrol.update(actor, TICK, world, lambda: walls)
    assert (actor.x, actor.y, actor.moving, patrol.history) == (50.0, 50.0, False, [])
