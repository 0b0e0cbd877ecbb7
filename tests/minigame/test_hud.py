"""The minigame HUD: meters warn by shape as well as colour, the hint box
shows a portrait or the console picture, everything in palette colours."""

from __future__ import annotations

import numpy as np
import pygame
import pytest

from game.art.palette import load_palette
from game.assets.font import BitmapFont, Fonts
from game.assets.uikit import UiKit
from game.minigame.hud import (
    SLOT_GAP,
    SLOT_WIDTHS,
    Hud,
    ceil_percent,
    exact_percent,
    floor_percent,
    load_words,
)
from game.minigame.sim import make_state


@pytest.fixture
def hud(make_spec):
    pygame.display.init()
    pygame.display.set_mode((640, 360))
    state = make_state(make_spec(bots=50), 1)
    fonts = Fonts(BitmapFont.load("regular"), BitmapFont.load("bold"))
    yield Hud(state, fonts, load_palette(), load_words(), UiKit.load())
    pygame.display.quit()


def _colours(surface: pygame.Surface) -> set[tuple[int, int, int]]:
    rgb = pygame.surfarray.array3d(surface).reshape(-1, 3)
    return {tuple(int(c) for c in row) for row in np.unique(rgb, axis=0)}


def test_high_stress_swaps_the_stress_icon_for_a_warning(hud):
    assert not any(m.warn for m in hud.meters()[1:3])
    hud.state.vitals.stress = hud.state.tuning.stress_limit * 0.8
    assert hud.meters()[2].warn
    calm, alarmed = pygame.Surface((640, 360)), pygame.Surface((640, 360))
    hud.state.vitals.stress = 0.0
    hud.draw(calm)
    hud.state.vitals.stress = hud.state.tuning.stress_limit * 0.8
    hud.draw(alarmed)
    icon = (4 + sum(SLOT_WIDTHS[:2]) + 2 * SLOT_GAP, 0, 12, 12)  # the stress icon
    assert not np.array_equal(
        pygame.surfarray.array3d(calm.subsurface(icon)),
        pygame.surfarray.array3d(alarmed.subsurface(icon)),
    )


def test_hud_and_hint_box_use_only_palette_colours(hud):
    canvas = pygame.Surface((640, 360))
    canvas.fill(load_palette().rgb("ink"))
    hud.draw(canvas)
    hud.hint(canvas, "Pod console", "A long line of advice " * 6)
    assert _colours(canvas) <= {tuple(c) for c in load_palette().colors}


def test_hint_box_shows_the_portrait_it_is_given(hud):
    portrait = pygame.Surface((64, 64))
    portrait.fill(load_palette().rgb("lime"))
    canvas = pygame.Surface((640, 360))
    hud.hint(canvas, "Ortho", "Hold PULSE over a cluster.", portrait, "sky")
    lime = np.all(
        pygame.surfarray.array3d(canvas) == load_palette().rgb("lime"), axis=2
    )
    assert lime.sum() == 64 * 64
    assert lime[:, 260:].any()  # in the bottom box, not over the HUD


def test_at_large_text_the_top_bar_labels_do_not_overlap(hud):
    from itertools import combinations

    from game.assets.text_style import TextStyle
    from game.minigame.hud import STRIP_H

    hud.fonts.set_style(TextStyle(2))
    hud.draw(pygame.Surface((640, 360)))
    rects = hud.label_rects
    assert len(rects) >= 10
    assert not any(a.colliderect(b) for a, b in combinations(rects, 2))
    assert all(r.bottom <= STRIP_H and r.right <= 640 for r in rects)


def test_the_top_bar_draws_the_same_at_every_text_size(hud):
    from game.assets.text_style import TextStyle

    frames = []
    for scale in (1, 2):
        hud.fonts.set_style(TextStyle(scale))
        canvas = pygame.Surface((640, 360))
        hud.draw(canvas)
        frames.append(pygame.surfarray.array3d(canvas))
    assert np.array_equal(frames[0], frames[1])


def test_integrity_just_under_its_target_never_reads_as_the_target():
    assert floor_percent(0.97999) == "97.9"
    assert floor_percent(0.98) == "98.0"


def test_a_target_is_shown_with_exactly_the_decimals_it_has():
    assert exact_percent(0.98) == "98"
    assert exact_percent(0.975) == "97.5"


def test_the_integrity_meter_shows_its_value_and_the_win_target(hud):
    hud.state.vitals.integrity = 0.97949
    meter = hud.meters()[0]
    target = exact_percent(hud.state.tuning.integrity_target)
    assert meter.text == "97.9%"
    assert target in meter.goal and meter.mark == hud.state.tuning.integrity_target


def _pigment_plate(canvas: pygame.Surface) -> np.ndarray:
    return pygame.surfarray.array3d(canvas.subsurface((470, 26, 170, 20)))


def test_a_level_without_pigment_shows_no_pigment_meter(hud):
    canvas = pygame.Surface((640, 360))
    hud.draw(canvas)
    assert not _pigment_plate(canvas).any()


def test_a_pigment_level_shows_pigment_left_against_its_target(hud):
    grid, vitals = hud.state.grid, hud.state.vitals
    grid.pigment_start = 1.0
    vitals.pigment_left = 0.34
    canvas = pygame.Surface((640, 360))
    hud.draw(canvas)
    assert _pigment_plate(canvas).any()
    assert hud.words["pigment"] and hud.words["goal"]


def test_pigment_just_over_its_target_never_reads_as_the_target():
    assert ceil_percent(0.1001) == "10.1"
    assert ceil_percent(0.1) == "10.0"


def _strip(canvas: pygame.Surface) -> np.ndarray:
    return pygame.surfarray.array3d(canvas)


def test_the_strip_drawn_from_its_cached_pieces_matches_a_fresh_drawing(hud):
    """The strip's pieces are copied from their last drawing when what they
    show is unchanged: over any background and after any change of values,
    the canvas must be the one a fresh HUD draws, label rects included."""
    rng = np.random.default_rng(3)
    vitals, tuning = hud.state.vitals, hud.state.tuning
    changes = [
        {},
        {"stress": tuning.stress_limit * 0.8},
        {"integrity": 0.5, "energy": 3.0},
        {"tick": 20},
        {"firewalls_left": 0},
        {},
    ]
    for change in changes:
        for name, value in change.items():
            setattr(vitals, name, value)
        noise = rng.integers(0, 256, (640, 360, 3), dtype=np.uint8)
        cached, fresh = pygame.Surface((640, 360)), pygame.Surface((640, 360))
        pygame.surfarray.blit_array(cached, noise)
        pygame.surfarray.blit_array(fresh, noise)
        hud.draw(cached)
        rects = list(hud.label_rects)
        hud.cache_strip = False  # the whole strip drawn at once, as before
        hud.draw(fresh)
        hud.cache_strip = True
        assert np.array_equal(_strip(cached), _strip(fresh))
        assert rects == hud.label_rects
        hud.draw(cached)  # now every piece comes from the cache
        assert np.array_equal(_strip(cached), _strip(fresh))


def test_feed_tabs_from_their_cached_row_match_tabs_drawn_one_by_one(make_spec):
    """The tabs are one blit of their last drawing while they show the same:
    over any background, after alarms and feed switches, the canvas and the
    label rects must be those of drawing each tab."""
    from dataclasses import replace

    from game.minigame.hud import TABS_AT
    from game.minigame.spec import PatientFeed

    pygame.display.init()
    pygame.display.set_mode((640, 360))
    one = make_spec(bots=50)
    spec = replace(
        one,
        tissue=np.hstack([one.tissue] * 3),
        pigment=np.hstack([one.pigment] * 3),
        feeds=tuple(PatientFeed(n, 320 * i, 0) for i, n in enumerate("ABC")),
    )
    fonts = Fonts(BitmapFont.load("regular"), BitmapFont.load("bold"))
    hud = Hud(make_state(spec, 1), fonts, load_palette(), load_words(), UiKit.load())
    rng = np.random.default_rng(4)
    for feed, glitched in [(0, (0, 0, 0)), (0, (0, 5, 0)), (2, (3, 5, 0)), (2, ())]:
        hud.state.vitals.feed = feed
        hud.state.feed_glitched[: len(glitched)] = glitched
        noise = rng.integers(0, 256, (640, 360, 3), dtype=np.uint8)
        cached, fresh = pygame.Surface((640, 360)), pygame.Surface((640, 360))
        pygame.surfarray.blit_array(cached, noise)
        pygame.surfarray.blit_array(fresh, noise)
        hud.label_rects = []
        hud._tabs(cached)
        labels, _ = hud._draw_tabs(fresh, TABS_AT)
        assert hud.tab_row is not None and hud.tab_row.pixels is not None
        assert labels == hud.label_rects
        assert np.array_equal(
            pygame.surfarray.array3d(cached), pygame.surfarray.array3d(fresh)
        )
    pygame.display.quit()
