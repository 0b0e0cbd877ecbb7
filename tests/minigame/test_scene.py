"""The minigame scene plays from actions, draws, and hands over its result."""

from __future__ import annotations

import pygame

from game.core.paths import maps_dir
from game.input.actions import Action, ActionState
from game.minigame.result import MinigameResult

LEVEL = maps_dir() / "minigame" / "ep1_teach.tmx"


def _tick(ctx, **fields):
    ctx.stack.update(ActionState(**fields), 1 / 60, ActionState())


def test_scene_draws_tooth_and_hud(ctx):
    from game.scenes.minigame import MinigameScene

    ctx.stack.push(MinigameScene(ctx, LEVEL))
    ctx.stack.apply_requests()
    for _ in range(30):
        _tick(ctx, pointer=(320, 180), held=frozenset({Action.PULSE}))
    _tick(ctx, pointer=(320, 180))
    canvas = pygame.Surface((640, 360))
    ctx.stack.draw(canvas, 0.0)
    colours = {
        canvas.get_at((x, y))[:3] for x in range(0, 640, 16) for y in range(0, 360, 16)
    }
    assert len(colours) > 6
    assert any(e.kind == "pulse" for e in ctx.stack.top.state.events)


def test_confirmed_shutdown_reaches_the_result_and_on_done(ctx):
    from game.scenes.minigame import MinigameScene
    from game.scenes.minigame_result import MinigameResultScene

    results: list[MinigameResult] = []
    ctx.stack.push(MinigameScene(ctx, LEVEL, on_done=results.append))
    ctx.stack.apply_requests()
    _tick(ctx, pressed=frozenset({Action.SHUTDOWN}))
    _tick(ctx, pressed=frozenset({Action.CONFIRM}))
    for _ in range(70):
        _tick(ctx)
    assert isinstance(ctx.stack.top, MinigameResultScene)
    canvas = pygame.Surface((640, 360))
    ctx.stack.draw(canvas, 0.0)
    _tick(ctx, pressed=frozenset({Action.CONFIRM}))
    assert results and results[0].outcome == "shutdown"


def test_a_broken_level_shows_its_problem_instead_of_crashing(ctx, tmp_path):
    from game.scenes.minigame import MinigameScene

    broken = tmp_path / "broken.tmx"
    broken.write_text("<map", encoding="utf-8")
    ctx.stack.push(MinigameScene(ctx, broken))
    ctx.stack.apply_requests()
    canvas = pygame.Surface((640, 360))
    ctx.stack.draw(canvas, 0.0)
    _tick(ctx, pressed=frozenset({Action.CONFIRM}))
    assert len(ctx.stack) == 0


def test_the_colour_blind_setting_reaches_the_bot_sprites(ctx):
    from game.art.palette import load_palette
    from game.minigame.bot_layer import load_bot_sprites
    from game.scenes.minigame import MinigameScene

    ctx.settings.colourblind_palette = True
    scene = MinigameScene(ctx, LEVEL)
    scene.enter()
    expected = load_bot_sprites(load_palette(), True)
    assert all(
        (a == b).all()
        for a, b in zip(scene.renderer.bots.pictures, expected, strict=True)
    )


def _episode_asked(ctx, monkeypatch, level: str) -> list:
    import game.scenes.minigame as module

    asked = []

    def speakers(root, episode=None):
        asked.append(episode)
        return {}, []

    monkeypatch.setattr(module, "load_speakers", speakers)
    scene = module.MinigameScene(ctx, maps_dir() / "minigame" / level)
    assert scene._speaker("Anyone") == (None, "teallite")
    return asked


def test_a_hint_speaker_is_looked_up_in_the_playing_episode_s_table(ctx, monkeypatch):
    from game.core.story import StoryState

    ctx.story = StoryState(episode=4)
    assert _episode_asked(ctx, monkeypatch, "ep2_teach.tmx") == [4]


def test_a_level_played_on_its_own_uses_the_episode_its_name_starts_with(
    ctx, monkeypatch
):
    ctx.story = None
    assert _episode_asked(ctx, monkeypatch, "ep3_crisis.tmx") == [3]


def test_a_hint_speaker_from_the_episodes_own_table_shows_their_portrait(ctx):
    """Episode 4's levels are taught by Theo, who is in dialogue/ep4/speakers.json
    only: the hint box shows his portrait and name colour, both inside episode 4's
    story and for the level opened on its own (its file name says episode 4). A
    speaker no table knows gets the console picture."""
    from game.core.story import StoryState
    from game.scenes.minigame import MinigameScene

    level = maps_dir() / "minigame" / "ep4_teach.tmx"
    ctx.story = None
    alone = MinigameScene(ctx, level)
    ctx.stack.push(alone)
    ctx.stack.apply_requests()
    ctx.story = StoryState(episode=4)
    inside = MinigameScene(ctx, level)
    ctx.stack.push(inside)
    ctx.stack.apply_requests()
    for scene in (alone, inside):
        portrait, colour = scene.speaker
        assert portrait is not None and portrait.get_width() > 40 and colour == "sky"
    assert inside._speaker("Nobody at all") == (None, "teallite")
