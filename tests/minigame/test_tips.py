"""First-time tips: one per glitch kind, remembered by the profile."""

from __future__ import annotations

from game.core.paths import maps_dir
from game.input.actions import ActionState
from game.minigame.spec import GlitchKind
from game.minigame.tips import load_tips, seen_id

LEVEL = maps_dir() / "minigame" / "ep1_teach.tmx"


def _play(ctx, ticks: int):
    from game.scenes.minigame import MinigameScene

    ctx.stack.push(MinigameScene(ctx, LEVEL))
    ctx.stack.apply_requests()
    for _ in range(ticks):
        ctx.stack.update(ActionState(), 1 / 60, ActionState())
    return ctx.stack.top


def test_every_glitch_kind_has_a_tip_with_a_title_and_a_line():
    tips = load_tips()
    assert set(tips) == set(GlitchKind)
    assert all(tip.title and tip.text for tip in tips.values())


def test_each_kind_is_remembered_under_its_own_id():
    assert len({seen_id(kind) for kind in GlitchKind}) == len(GlitchKind)


def test_the_tip_shows_once_glitched_bots_are_on_screen_and_is_remembered(ctx):
    scene = _play(ctx, 4 * 60)
    assert scene.tip is not None and scene._tip_showing()
    assert ctx.profile.has_seen(seen_id(GlitchKind.VANITY))


def test_the_tip_does_not_stop_the_level(ctx):
    scene = _play(ctx, 4 * 60)
    assert scene._tip_showing() and scene.state.vitals.tick == 4 * 60


def test_a_seen_tip_is_not_shown_again(ctx):
    ctx.profile.mark_seen(seen_id(GlitchKind.VANITY))
    scene = _play(ctx, 4 * 60)
    assert scene.tip is None and not scene._tip_showing()
