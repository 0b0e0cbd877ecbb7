"""Collision: no walking through walls at any frame rate, sliding, corners."""

from __future__ import annotations

import pytest

from game.core.clock import FixedStep
from game.world.collision import CollisionWorld
from game.world.model import Rect, Shape

WALL = Shape(Rect(100, 0, 16, 200))


def world(*shapes: Shape) -> CollisionWorld:
    return CollisionWorld(list(shapes), (400, 400))


@pytest.mark.parametrize("frame_seconds", [1 / 240, 1 / 60, 1 / 25, 1 / 8, 0.25])
def test_no_walking_through_a_wall_at_any_frame_rate(frame_seconds):
    collision = world(WALL)
    clock = FixedStep()
    box = Rect(80, 50, 10, 6)
    for _ in range(int(3 / frame_seconds)):
        for _tick in range(clock.advance(frame_seconds)):
            box = collision.move(box, 84 * clock.tick, 0)
    assert box.right <= WALL.rect.x
    assert box.right > WALL.rect.x - 1


def test_a_huge_step_still_stops_at_the_wall():
    box = world(WALL).move(Rect(80, 50, 10, 6), 500, 0)
    assert box.right <= 100


def test_diagonal_movement_slides_along_the_wall():
    box = world(WALL).move(Rect(89, 50, 10, 6), 5, 5)
    assert box.x == pytest.approx(90)
    assert box.y == pytest.approx(55)


def test_corner_sliding_nudges_round_a_corner():
    # a 16px block; the mover overlaps its top edge by 2px when walking right
    block = Shape(Rect(100, 100, 16, 16))
    box = Rect(80, 92, 10, 6)
    collision = world(block)
    for _ in range(20):
        box = collision.move(box, 1.4, 0, corner_slide=6)
    assert box.bottom <= 100
    assert box.x > 80


def test_no_corner_sliding_into_a_long_wall():
    box = world(WALL).move(Rect(89, 50, 10, 6), 5, 0, corner_slide=6)
    assert (box.x, box.y) == (90, 50)


def test_polygon_colliders_block_inside_but_not_beside():
    triangle = Shape(Rect(0, 0, 32, 32), ((0, 0), (32, 0), (0, 32)))
    collision = world(triangle)
    assert collision.blocked(Rect(2, 2, 4, 4))
    assert not collision.blocked(Rect(26, 26, 4, 4))


def test_other_actors_block():
    collision = world()
    box = collision.move(Rect(0, 0, 10, 6), 50, 0, others=[Rect(30, 0, 10, 6)])
    assert box.right <= 30


def test_the_map_edge_is_a_wall():
    box = world().move(Rect(5, 5, 10, 6), -50, 0)
    assert box.x == 0


def test_a_box_in_cells_without_colliders_is_clear():
    assert world(WALL).clear(10, 10, 10, 6)


def test_a_box_sharing_a_cell_with_a_collider_is_not_clear_though_not_blocked():
    collision = world(WALL)  # the wall starts at x 100, in the cell from 96
    assert not collision.clear(97 - 10, 10, 10, 6)
    assert not collision.blocked(Rect(97 - 10, 10, 10, 6))


def test_a_box_leaving_the_map_is_not_clear():
    assert not world().clear(395, 10, 10, 6)


def test_a_clear_box_is_never_blocked():
    collision = world(WALL, Shape(Rect(200, 150, 40, 8)))
    boxes = [(x * 7.5, y * 5.25, 10, 6) for x in range(52) for y in range(76)]
    assert not any(collision.clear(*b) and collision.blocked(Rect(*b)) for b in boxes)


def test_a_lane_runs_to_the_cell_before_the_next_collider():
    lane = world(WALL).lane(0, (10.0, 10.0, 10.0, 6.0))
    assert lane.holds(0.0)
    assert lane.holds(96 - 10 - 0.5)
    assert not lane.holds(96 - 10)


def test_a_lane_of_a_box_that_is_not_clear_holds_nothing():
    lane = world(WALL).lane(1, (98.0, 10.0, 10.0, 6.0))
    assert not lane.holds(10.0)
    assert not lane.holds(300.0)
