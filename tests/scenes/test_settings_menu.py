"""The settings screen changes, applies and saves the desktop preferences."""

import pygame

from game.input.actions import Action, ActionState
from game.save.settings import default_settings, load_settings, settings_path
from game.tools.screens import headless_context, run_scene


def _press(*actions: Action) -> ActionState:
    return ActionState(pressed=frozenset(actions), held=frozenset(actions))


def _focus(scene, label: str) -> None:
    scene.menu.focus = [row.label for row in scene.rows].index(label)


def _open(ctx):
    run_scene(ctx, lambda c: c.screens.settings(), ticks=1)
    return ctx.stack.top


def _step(ctx, scene, label: str, action: Action = Action.RIGHT) -> None:
    _focus(scene, label)
    ctx.stack.update(_press(action), 1 / 60, _press())


def test_text_size_large_doubles_the_line_height_and_is_saved(ctx):
    scene = _open(ctx)
    normal = ctx.assets.fonts.line_height
    _step(ctx, scene, "Text size")
    assert ctx.assets.fonts.line_height == 2 * normal
    ctx.stack.update(_press(Action.CANCEL), 1 / 60, _press())
    assert load_settings(settings_path())[0].text_size == 2


def test_high_contrast_text_is_saved_and_shadows_every_line(ctx):
    scene = _open(ctx)
    plain = ctx.assets.fonts.regular.render("Hi", "mist")
    _step(ctx, scene, "High-contrast text", Action.CONFIRM)
    lifted = ctx.assets.fonts.regular.render("Hi", "mist")
    assert lifted.get_width() == plain.get_width() + 1
    ctx.stack.update(_press(Action.CANCEL), 1 / 60, _press())
    assert load_settings(settings_path())[0].high_contrast is True


def test_master_volume_and_mute_reach_the_mixer_and_the_file(ctx):
    scene = _open(ctx)
    _step(ctx, scene, "Master volume", Action.LEFT)
    _step(ctx, scene, "Mute", Action.CONFIRM)
    assert ctx.audio.master.volume == 0.9 and ctx.audio.master.muted
    ctx.stack.update(_press(Action.CANCEL), 1 / 60, _press())
    saved = load_settings(settings_path())[0]
    assert (saved.master_volume, saved.muted) == (0.9, True)


def test_saved_text_style_and_master_volume_are_applied_at_start(ctx):
    settings = default_settings()
    settings.text_size, settings.high_contrast = 2, True
    settings.master_volume, settings.muted = 0.5, True
    restored = headless_context(settings=settings)
    assert restored.assets.fonts.regular.style.scale == 2
    assert restored.assets.fonts.regular.style.high_contrast
    assert restored.audio.master.gain() == 0.0


def test_at_large_text_the_settings_list_scrolls_to_keep_the_focus_visible(ctx):
    scene = _open(ctx)
    _step(ctx, scene, "Text size")
    _focus(scene, "Back")
    run_scene(ctx, lambda c: scene, ticks=0)
    _x, y, _w, h = scene.menu.rects[-1]
    assert h > 0 and y + h <= 360
    assert scene.menu.rects[0] == (0, 0, 0, 0)


def test_the_settings_screen_is_drawn_at_each_text_size(ctx, tmp_path):
    scene = _open(ctx)
    for size in (1, 2):
        ctx.settings.text_size = size
        scene._change_size(0)
        surface = run_scene(ctx, lambda c: scene, ticks=1)
        shot = tmp_path / f"settings_text_{size}x.png"
        pygame.image.save(surface, str(shot))
        assert pygame.image.load(str(shot)).get_size() == (640, 360)


def test_the_colour_blind_palette_is_off_by_default_and_saved_when_on(ctx):
    assert default_settings().colourblind_palette is False
    scene = _open(ctx)
    _step(ctx, scene, "Colour-blind palette", Action.CONFIRM)
    assert ctx.settings.colourblind_palette is True
    ctx.stack.update(_press(Action.CANCEL), 1 / 60, _press())
    assert load_settings(settings_path())[0].colourblind_palette is True


def test_language_steps_through_the_locales_and_is_saved(ctx):
    from game.core.paths import project_root
    from game.dialogue.locale import available_locales

    scene = _open(ctx)
    _step(ctx, scene, "Language", Action.LEFT)
    assert ctx.settings.locale == available_locales(project_root())[-1] == "pseudo"
    ctx.stack.update(_press(Action.CANCEL), 1 / 60, _press())
    assert load_settings(settings_path())[0].locale == "pseudo"
