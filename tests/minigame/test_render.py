"""The minigame renderer: palette-only pixels, shapes per bot state, trails,
both bot drawing paths agreeing, and the tissue's static look."""

from __future__ import annotations

import numpy as np
import pygame
import pytest

from game.art.palette import load_palette
from game.core.paths import maps_dir
from game.minigame import bot_layer
from game.minigame.bot_layer import LOOKS, load_bot_sprites, trail_offsets
from game.minigame.levels import load_level
from game.minigame.render import MinigameRenderer
from game.minigame.sim import make_state, step
from game.minigame.spec import Tissue
from game.minigame.state import Bot
from game.minigame.swarm import refresh_masks
from game.minigame.tissue_look import SHADES, tissue_tone
from game.minigame.tools import Commands


@pytest.fixture
def display():
    pygame.display.init()
    pygame.display.set_mode((640, 360))
    yield
    pygame.display.quit()


def _colours(surface: pygame.Surface) -> set[tuple[int, int, int]]:
    rgb = pygame.surfarray.array3d(surface).reshape(-1, 3)
    return {tuple(int(c) for c in row) for row in np.unique(rgb, axis=0)}


def test_a_frame_with_every_effect_uses_only_palette_colours(display, make_spec):
    from game.minigame.spec import CavitySeed, GlitchSource

    spec = make_spec(
        bots=3000,
        seeds=(CavitySeed(100, 60, 8),),
        sources=(GlitchSource(160, 90, 20, 200),),
    )
    state = make_state(spec, 3)
    renderer = MinigameRenderer(state, load_palette())
    for tick in range(40):
        step(
            state,
            Commands(
                160,
                90,
                pulse=tick < 30,
                firewall=(40, 40, 60, 60) if tick == 1 else None,
            ),
        )
    canvas = pygame.Surface((640, 360))
    renderer.draw(canvas)
    renderer.effects.reticle(canvas, 160, 90, "pulse")
    palette = {tuple(c) for c in load_palette().colors}
    assert _colours(canvas) <= palette
    assert renderer.bots.method == "scatter"


def test_bot_states_have_different_shapes():
    masks = [tuple(map(tuple, p != 255)) for p in load_bot_sprites(load_palette())]
    assert len(set(masks)) == len(LOOKS)


def test_still_bots_have_no_trail_and_movers_trail_behind():
    row = 100
    far, near = trail_offsets(row)
    still = 4 * 8 + 4  # quantised velocity (0.5, 0.5): barely moving
    assert far[still] == 0 and near[still] == 0
    rightwards = 4 * 8 + 7
    for offset in (far[rightwards], near[rightwards]):
        dy = round(int(offset) / row)
        dx = int(offset) - dy * row
        assert dx < 0 and abs(dy) <= 1


def _frames_by_limits(renderer, monkeypatch, limits):
    frames, methods = [], []
    for fblits_max, scatter_max in limits:
        monkeypatch.setattr(bot_layer, "FBLITS_MAX", fblits_max)
        monkeypatch.setattr(bot_layer, "SCATTER_MAX", scatter_max)
        canvas = pygame.Surface((640, 360))
        renderer.bots.draw(canvas)
        frames.append(pygame.surfarray.array3d(canvas))
        methods.append(renderer.bots.method)
    return frames, methods


def test_fblits_scatter_and_stamp_draw_the_same_bots(display, make_spec, monkeypatch):
    state = make_state(make_spec(bots=12), 5)
    state.swarm.state[:4] = Bot.GLITCHED
    state.swarm.dirty = True
    for _ in range(20):
        step(state)
    renderer = MinigameRenderer(state, load_palette())
    limits = ((10**6, 10**6), (0, 10**6), (0, 0))
    frames, methods = _frames_by_limits(renderer, monkeypatch, limits)
    assert methods == ["fblits", "scatter", "stamp"]
    assert np.array_equal(frames[0], frames[1])
    assert np.array_equal(frames[0], frames[2])
    assert frames[0].any()


def test_scatter_and_stamp_agree_on_a_crowded_swarm(display, make_spec, monkeypatch):
    """Thousands of bots on top of each other: the later bot on a spot wins
    and overlapping sprites keep the highest colour, on both paths."""
    state = make_state(make_spec(bots=20_000), 5)
    state.swarm.state[::3] = Bot.GLITCHED
    state.swarm.dirty = True
    for _ in range(30):
        step(state)
    renderer = MinigameRenderer(state, load_palette())
    frames, methods = _frames_by_limits(renderer, monkeypatch, ((0, 10**6), (0, 0)))
    assert methods == ["scatter", "stamp"]
    assert np.array_equal(frames[0], frames[1])


def test_lit_enamel_is_brighter_on_the_top_left_than_the_bottom_right():
    kind = np.zeros((180, 320), np.uint8)
    kind[40:140, 100:220] = Tissue.ENAMEL
    kind[50:130, 110:210] = Tissue.DENTIN
    tone = tissue_tone(kind)
    assert tone[41:44, 101:140].mean() > tone[136:139, 180:219].mean() + 1.0
    assert tone.min() >= 0.0 and tone.max() < SHADES
    assert np.array_equal(tone, tissue_tone(kind))


def test_reduced_flashes_keep_the_stress_alarm_steady(display, make_spec):
    state = make_state(make_spec(bots=100), 1)
    renderer = MinigameRenderer(state, load_palette(), reduce_flashes=True)
    state.vitals.stress = state.tuning.stress_limit * 0.95
    frames = []
    for tick in (10, 18):
        state.vitals.tick = tick
        canvas = pygame.Surface((640, 360))
        renderer.effects.draw(canvas)
        frames.append(pygame.surfarray.array3d(canvas))
    assert np.array_equal(frames[0], frames[1])
    assert frames[0][0, 180].any()


def test_a_prepared_tissue_layer_switches_feed_without_building_a_look(display):
    state = make_state(load_level(maps_dir() / "minigame" / "ep4_crisis.tmx"), 1)
    renderer = MinigameRenderer(state)
    renderer.tissue.prepare()
    built = dict(renderer.tissue.looks)
    canvas = pygame.Surface((640, 360))
    step(state, Commands(feed_step=1))
    renderer.draw(canvas)
    assert len(built) == len(state.spec.all_feeds()) > 1
    assert renderer.tissue.feed == 1
    assert all(renderer.tissue.looks[k] is look for k, look in built.items())


def _hues(pictures: list[np.ndarray]) -> list[set[tuple[int, int, int]]]:
    colours = load_palette().colors
    return [{tuple(colours[i]) for i in p[p != 255]} for p in pictures]


def test_the_colour_blind_palette_draws_healthy_bots_blue_and_glitched_orange():
    palette = load_palette()
    healthy, glitched, pulse, _stopped = _hues(load_bot_sprites(palette, True))
    assert all(b > r for r, _g, b in healthy)
    assert any(r > b for r, _g, b in glitched) and any(r > b for r, _g, b in pulse)


def test_the_colour_blind_palette_keeps_a_shape_per_state():
    pictures = load_bot_sprites(load_palette(), True)
    masks = [tuple(map(tuple, p != 255)) for p in pictures]
    assert len(set(masks)) == len(LOOKS)


def test_a_colour_blind_frame_uses_only_palette_colours(display, make_spec):
    state = make_state(make_spec(bots=40), 5)
    state.swarm.state[:20] = Bot.GLITCHED
    state.swarm.dirty = True
    for _ in range(10):
        step(state)
    renderer = MinigameRenderer(state, load_palette(), colourblind=True)
    canvas = pygame.Surface((640, 360))
    renderer.draw(canvas)
    palette = {tuple(c) for c in load_palette().colors}
    assert _colours(canvas) <= palette
    assert _hues(renderer.bots.pictures) == _hues(
        load_bot_sprites(load_palette(), True)
    )


def test_alarm_frames_draw_only_inside_the_edge_band():
    """The alarm is blitted band by band: its frames must be colour key
    (code 0) everywhere further from the edge."""
    from game.minigame.effects import ALARM_BAND, ALARM_THICKNESS, _edge_bands

    for thickness in ALARM_THICKNESS:
        codes = _edge_bands(thickness)
        assert not codes[ALARM_BAND:-ALARM_BAND, ALARM_BAND:-ALARM_BAND].any()
        assert codes[:ALARM_BAND].any()


def test_the_alarm_blitted_by_bands_equals_a_whole_view_blit(display, make_spec):
    from game.minigame.effects import Effects

    state = make_state(make_spec(bots=100), 1)
    effects = MinigameRenderer(state, load_palette()).effects
    noise = np.random.default_rng(2).integers(0, 256, (640, 360, 3), np.uint8)
    for frame in effects.alarm_frames:
        whole, bands = pygame.Surface((640, 360)), pygame.Surface((640, 360))
        for canvas in (whole, bands):
            pygame.surfarray.blit_array(canvas, noise)
        whole.blit(frame, (0, 0))
        Effects._edges(bands, frame)
        assert np.array_equal(
            pygame.surfarray.array3d(whole), pygame.surfarray.array3d(bands)
        )


def test_bots_painted_into_the_view_canvas_look_as_drawn_alone_over_it(
    display, make_spec
):
    """Stopped bots have no trail colour: where their trail pixel is written
    last, the tissue shows, as it did under the bots drawn alone."""
    from game.minigame.state import Outcome

    state = make_state(make_spec(bots=20_000), 5)
    sw = state.swarm
    sw.state[::5] = Bot.STOPPED
    sw.state[1::7] = Bot.INACTIVE
    sw.vx[:] = np.random.default_rng(3).uniform(-0.3, 0.3, sw.n)
    sw.vy[:] = np.random.default_rng(4).uniform(-0.3, 0.3, sw.n)
    state.vitals.outcome = Outcome.SHUTDOWN
    renderer = MinigameRenderer(state, load_palette())
    canvas = renderer.canvas
    alone, painted = pygame.Surface((640, 360)), pygame.Surface((640, 360))
    renderer.tissue.paint(canvas.view)
    canvas.present(alone)
    renderer.bots.draw(alone)
    assert renderer.bots.paint(canvas)
    canvas.present(painted)
    assert np.array_equal(
        pygame.surfarray.array3d(alone), pygame.surfarray.array3d(painted)
    )
    assert renderer.bots.blank.any()


def test_a_sparkle_shrinks_from_a_cross_with_a_white_heart_to_a_mint_dot(
    display, make_spec
):
    palette = load_palette()
    state = make_state(make_spec(bots=100), 1)
    effects = MinigameRenderer(state, palette).effects
    effects.sparkles = [(100, 50, 0)]
    sizes = []
    for tick, heart in ((0, "white"), (6, "white"), (12, "mint")):
        state.vitals.tick = tick
        canvas = pygame.Surface((640, 360))
        effects._sparkles(canvas)
        pixels = pygame.surfarray.array3d(canvas)
        assert tuple(pixels[100, 50]) == palette.rgb(heart)
        sizes.append(int(pixels.any(axis=2).sum()))
    assert sizes == [9, 5, 1]


def test_firewalls_drawn_into_the_view_canvas_match_a_direct_draw(display, make_spec):
    """The glow is drawn on the 8-bit canvas, whose palette holds its colours:
    the same pixels as on a 32-bit surface, ends off the view included."""
    state = make_state(make_spec(bots=100), 1)
    state.segments[:] = [
        (10.5, 20.2, 60.7, 33.1),
        (-4, 170, 30, 190),
        (300, 5, 330, -3),
    ]
    renderer = MinigameRenderer(state, load_palette())
    canvas = renderer.canvas
    direct, painted = pygame.Surface((640, 360)), pygame.Surface((640, 360))
    canvas.view[:] = 0
    canvas.present(direct)
    renderer.effects.draw_walls(direct)
    renderer.effects.draw_walls(canvas.surface)
    canvas.present(painted)
    assert np.array_equal(
        pygame.surfarray.array3d(direct), pygame.surfarray.array3d(painted)
    )
    pixels = pygame.surfarray.array3d(direct)
    assert (pixels != pixels[0, 0]).any()  # the walls drew something


def test_looks_worked_out_arithmetically_draw_what_table_takes_draw(
    display, make_spec, monkeypatch
):
    state = make_state(make_spec(bots=3000), 5)
    state.swarm.state[::3] = Bot.GLITCHED
    state.swarm.state[1::11] = Bot.INACTIVE
    state.swarm.dirty = True
    for _ in range(20):
        step(state)
    renderer = MinigameRenderer(state, load_palette())
    frames = []
    for least in (10**9, 0):
        monkeypatch.setattr(bot_layer, "LOOKUP_MIN", least)
        canvas = pygame.Surface((640, 360))
        renderer.bots.draw(canvas)
        frames.append(pygame.surfarray.array3d(canvas))
    assert np.array_equal(frames[0], frames[1])
    assert frames[0].any()


def test_a_feed_of_one_contiguous_run_draws_as_its_gathered_bots(display, monkeypatch):
    spec = load_level(maps_dir() / "minigame" / "ep4_crisis.tmx")
    state = make_state(spec, 1)
    step(state, Commands(feed_step=1))
    frames, runs = [], []
    for gather in (False, True):
        if gather:
            monkeypatch.setattr(bot_layer, "_run_of", lambda indices: None)
        renderer = MinigameRenderer(state, load_palette())
        canvas = pygame.Surface((640, 360))
        renderer.bots.draw(canvas)
        frames.append(pygame.surfarray.array3d(canvas))
        runs.append(renderer.bots.run)
    assert runs[0] is not None and runs[1] is None
    assert np.array_equal(frames[0], frames[1])
    assert frames[0].any()


def test_stamping_a_feed_without_glitched_bots_draws_what_scatter_draws(
    display, monkeypatch
):
    state = make_state(load_level(maps_dir() / "minigame" / "ep4_crisis.tmx"), 1)
    sw = state.swarm
    sw.state[(sw.feed == 0) & sw.glitched] = Bot.HEALTHY
    sw.state[(sw.feed == 1) & (sw.state == Bot.HEALTHY)] = Bot.GLITCHED
    refresh_masks(sw)
    renderer = MinigameRenderer(state, load_palette())
    frames, methods = _frames_by_limits(renderer, monkeypatch, ((0, 10**6), (0, 0)))
    assert state.vitals.feed == 0 and sw.glitched_count > 0
    assert not (sw.state[sw.feed == 0] == Bot.GLITCHED).any()
    assert methods == ["scatter", "stamp"]
    assert np.array_equal(frames[0], frames[1])


def test_dead_bots_trails_leave_the_view_as_restoring_under_them_would(
    display, make_spec
):
    state = make_state(make_spec(bots=3000), 5)
    state.swarm.state[::4] = Bot.DEAD
    state.swarm.dirty = True
    for _ in range(20):
        step(state)
    frames = []
    for restore_under_every_blank in (False, True):
        renderer = MinigameRenderer(state, load_palette())
        if restore_under_every_blank:
            renderer.bots.trailless = [True] * len(LOOKS)
        canvas = pygame.Surface((640, 360))
        renderer.draw(canvas)
        frames.append(pygame.surfarray.array3d(canvas))
    assert renderer.bots.method in ("scatter", "stamp")
    assert np.array_equal(frames[0], frames[1])
