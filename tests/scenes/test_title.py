import pygame

from game.scenes.title import TitleScene


def frame_at(ctx, scene, ticks):
    """The title drawn `ticks` in (multiples of 60 keep the menu cursor's
    blink in the same state, so only the sparkles can differ)."""
    scene.ticks = ticks
    surface = pygame.Surface((640, 360))
    scene.draw(surface, 0.0)
    return pygame.image.tobytes(surface, "RGB")


def test_the_title_twinkles_over_time(ctx):
    scene = TitleScene(ctx)
    assert frame_at(ctx, scene, 0) != frame_at(ctx, scene, 60)


def test_the_title_holds_still_when_flashes_are_reduced(ctx):
    ctx.settings.reduce_flashes = True
    scene = TitleScene(ctx)
    assert frame_at(ctx, scene, 0) == frame_at(ctx, scene, 60)
