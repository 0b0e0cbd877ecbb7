"""The occupancy grid finds every box near a region, and follows moves."""

from game.world.model import Rect
from game.world.occupancy import Occupancy, grown


def test_near_finds_a_box_that_overlaps_the_region():
    grid = Occupancy()
    grid.put(1, Rect(40, 40, 10, 6))
    assert grid.near(Rect(45, 42, 4, 4)) == [Rect(40, 40, 10, 6)]


def test_near_leaves_out_the_asking_owner():
    grid = Occupancy()
    grid.put(1, Rect(40, 40, 10, 6))
    assert grid.near(Rect(40, 40, 10, 6), skip=1) == []


def test_near_skips_boxes_far_away():
    grid = Occupancy()
    grid.put(1, Rect(400, 400, 10, 6))
    assert grid.near(Rect(0, 0, 10, 6)) == []


def test_a_box_across_cells_is_found_once():
    grid = Occupancy()
    grid.put(1, Rect(28, 28, 10, 10))
    assert grid.near(Rect(0, 0, 80, 80)) == [Rect(28, 28, 10, 10)]


def test_a_moved_box_is_found_at_its_new_place_only():
    grid = Occupancy()
    grid.put(1, Rect(10, 10, 10, 6))
    grid.put(1, Rect(200, 10, 10, 6))
    assert grid.near(Rect(10, 10, 10, 6)) == []
    assert grid.near(Rect(205, 12, 2, 2)) == [Rect(200, 10, 10, 6)]


def test_boxes_lists_everyone_but_the_skipped():
    grid = Occupancy()
    grid.put(1, Rect(10, 10, 10, 6))
    grid.put(2, Rect(300, 10, 10, 6))
    assert grid.boxes(skip=1) == [Rect(300, 10, 10, 6)]


def test_clear_empties_the_grid():
    grid = Occupancy()
    grid.put(1, Rect(10, 10, 10, 6))
    grid.clear()
    assert grid.near(Rect(10, 10, 10, 6)) == []


def test_grown_widens_a_box_on_every_side():
    assert grown(Rect(10, 10, 4, 2), 3) == Rect(7, 7, 10, 8)
