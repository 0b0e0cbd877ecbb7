"""A save's thumbnail shows the world only: no notice, prompt or other
transient UI that happened to be on screen when the game was saved."""

from game.input.actions import ActionState
from game.play.notices import success
from game.save.thumbnail import capture_thumbnail


def test_a_thumbnail_taken_while_a_notice_shows_equals_one_without_it(ctx, showcase):
    scene = showcase
    scene.update(ActionState(), 1.0)  # let the fade-in finish
    quiet = scene.save_snapshot()
    ctx.messages.append(success("Quick saved."))
    scene.toast.update(ctx.messages, 0.0)  # shown; the world does not move
    assert scene.toast.showing
    noisy = scene.save_snapshot()
    assert quiet is not None and noisy is not None
    assert noisy.thumbnail == quiet.thumbnail


def test_the_screen_itself_still_shows_the_notice(ctx, showcase):
    scene = showcase
    scene.update(ActionState(), 1.0)  # let the fade-in finish
    world = capture_thumbnail(lambda frame: scene.draw_world(frame, 1.0))
    ctx.messages.append(success("Quick saved."))
    scene.toast.update(ctx.messages, 0.0)  # shown; the world does not move
    shown = capture_thumbnail(lambda frame: scene.draw(frame, 1.0))
    assert shown != world
