"""Fades and door passages as state machines (no display)."""

from pathlib import Path

from game.world.transitions import Fade, MapChange, Passage

TICK = 1 / 60
LOBBY = MapChange(Path("lobby.tmx"), "from_room")


def run(fade: Fade, ticks: int) -> None:
    for _ in range(ticks):
        fade.advance(TICK)


def test_a_fade_out_reaches_black_in_its_seconds_and_rests_there():
    fade = Fade(seconds=0.5)
    fade.start("out")
    run(fade, 31)
    assert (fade.level, fade.running) == (1.0, False)


def test_a_fade_out_says_so_only_on_the_tick_it_turns_black():
    fade = Fade(seconds=2 * TICK)
    fade.start("out")
    assert [fade.advance(TICK) for _ in range(4)] == [False, True, False, False]


def test_a_fade_in_clears_the_view_and_stops():
    fade = Fade(seconds=0.25, level=1.0)
    fade.start("in")
    run(fade, 16)
    assert (fade.level, fade.running) == (0.0, False)


def test_a_zero_length_fade_still_finishes_in_one_tick():
    fade = Fade(seconds=0.0)
    fade.start("out")
    assert fade.advance(TICK) and fade.level == 1.0


def test_a_cut_door_changes_the_map_at_once_without_fading():
    passage = Passage(Fade(seconds=0.35))
    assert passage.through(LOBBY, cut=True) == LOBBY
    assert not passage.busy() and passage.fade.level == 0


def test_a_fading_door_changes_the_map_once_at_full_black_then_fades_in():
    passage = Passage(Fade(seconds=0.1))
    assert passage.through(LOBBY, cut=False) is None
    changes = [passage.advance(0.025) for _ in range(10)]
    assert changes.index(LOBBY) == 3  # four quarters of the way to black
    assert [c for c in changes if c is not None] == [LOBBY]
    assert (passage.fade.level, passage.busy()) == (0.0, False)


def test_the_world_stands_still_from_the_door_until_the_map_changes():
    passage = Passage(Fade(seconds=0.1))
    passage.through(LOBBY, cut=False)
    held = []
    for _ in range(8):
        passage.advance(0.025)
        held.append(passage.holds_world())
    assert held == [True, True, True] + [False] * 5


def test_a_scripted_fade_holds_the_world_only_while_it_darkens():
    passage = Passage(Fade(seconds=0.1))
    passage.fade.start("out")
    assert passage.holds_world() and passage.busy()
    run(passage.fade, 10)
    assert not passage.holds_world() and not passage.busy()
