"""A scroll window keeps the focused row on screen and stays inside the list."""

from game.ui.scroll import ScrollWindow


def test_a_list_that_fits_shows_every_row():
    assert ScrollWindow(5).follow(2, 3) == range(0, 3)


def test_moving_focus_below_the_window_scrolls_it_down_just_enough():
    window = ScrollWindow(4)
    assert window.follow(6, 10) == range(3, 7)
    assert window.more_above() and window.more_below(10)


def test_moving_focus_above_the_window_scrolls_it_up():
    window = ScrollWindow(4, first=5)
    assert window.follow(2, 10) == range(2, 6)


def test_the_window_never_runs_past_the_end_of_a_shrunk_list():
    window = ScrollWindow(4, first=8)
    assert window.follow(3, 6) == range(2, 6)
