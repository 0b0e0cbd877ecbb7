"""Settings: volumes, text speed, language, window, accessibility, and the
controls screens.

LEFT/RIGHT change the focused value, CONFIRM toggles or opens; every change
applies at once and is written to the settings file when the screen closes.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass

import pygame

from game.assets.text_style import apply_text_style, size_steps
from game.core.paths import assets_dir, project_root
from game.core.reading import read_text
from game.dialogue.locale import available_locales
from game.input.actions import Action, ActionState
from game.input.bindings import Device
from game.play.notices import warning
from game.save.settings import save_settings
from game.scenes.base import Scene
from game.ui.menu import Menu, MenuItem
from game.ui.menu_view import MenuView
from game.ui.theme import load_theme

AREA = pygame.Rect(150, 58, 340, 256)


@dataclass
class Row:
    """A settings row: its label, how to show its value, and how to change it."""

    label: str
    value: Callable[[], str]
    adjust: Callable[[int], None] | None = None
    activate: Callable[[], None] | None = None


def _choices() -> dict:
    path = assets_dir() / "config" / "settings_choices.json"
    return json.loads(read_text(path))


def _on_off(flag: bool) -> str:
    return "On" if flag else "Off"


class SettingsScene(Scene):
    """The settings screen (from the title or the pause menu)."""

    def __init__(self, ctx) -> None:
        super().__init__(ctx)
        self.theme = load_theme()
        self.choices = _choices()
        self.rows = self._rows()
        self.menu = Menu([MenuItem(row.label, row.activate) for row in self.rows])
        self.view = MenuView(AREA.copy(), text=self.ctx.dialogue.ui_text)

    def _rows(self) -> list[Row]:
        s = self.ctx.settings
        return [
            self._volume_row("Master volume", "master_volume"),
            self._switch("Mute", "muted"),
            self._volume_row("Music volume", "music_volume"),
            self._volume_row("Effects volume", "effects_volume"),
            Row("Text speed", self._speed_label, self._change_speed),
            Row("Text size", self._size_label, self._change_size),
            Row("Language", self._locale_label, self._change_locale),
            self._switch("High-contrast text", "high_contrast"),
            self._switch("Auto-advance dialogue", "auto_advance"),
            Row(
                "Window scale",
                lambda: f"{s.scale}x" if s.scale else "Auto",
                self._change_scale,
            ),
            self._switch("Fullscreen", "fullscreen"),
            self._switch("Reduce flashes", "reduce_flashes"),
            self._switch("Reduce screen shake", "reduce_shake"),
            self._switch("Minigame assist", "minigame_assist"),
            self._switch("Colour-blind palette", "colourblind_palette"),
            Row(
                "Keyboard controls",
                lambda: "",
                None,
                lambda: self._controls(Device.KEYS),
            ),
            Row(
                "Gamepad controls", lambda: "", None, lambda: self._controls(Device.PAD)
            ),
            Row("Back", lambda: "", None, self._close),
        ]

    def _volume_row(self, label: str, name: str) -> Row:
        s = self.ctx.settings
        return Row(
            label, lambda: f"{round(getattr(s, name) * 100)}%", self._volume(name)
        )

    def _switch(self, label: str, name: str) -> Row:
        s = self.ctx.settings
        return Row(
            label,
            lambda: _on_off(getattr(s, name)),
            self._toggle(name),
            self._toggle_now(name),
        )

    # -- changes ----------------------------------------------------------------
    def _volume(self, name: str) -> Callable[[int], None]:
        def adjust(step: int) -> None:
            value = (
                getattr(self.ctx.settings, name) + step * self.choices["volume_step"]
            )
            setattr(self.ctx.settings, name, round(min(1.0, max(0.0, value)), 2))
            self._apply_audio()

        return adjust

    def _apply_audio(self) -> None:
        s = self.ctx.settings
        self.ctx.audio.set_volumes(s.music_volume, s.effects_volume)
        self.ctx.audio.set_master(s.master_volume, s.muted)

    def _size_index(self) -> int:
        scales = [scale for _label, scale in size_steps()]
        size = self.ctx.settings.text_size
        return scales.index(size) if size in scales else 0

    def _size_label(self) -> str:
        return size_steps()[self._size_index()][0]

    def _change_size(self, step: int) -> None:
        steps = size_steps()
        self.ctx.settings.text_size = steps[(self._size_index() + step) % len(steps)][1]
        apply_text_style(self.ctx.assets.fonts, self.ctx.settings)

    def _speed_index(self) -> int:
        values = [c["value"] for c in self.choices["text_speeds"]]
        speed = self.ctx.settings.text_speed
        if speed in values:
            return values.index(speed)
        moving = [i for i, v in enumerate(values) if v]
        return min(moving, key=lambda i: abs(values[i] - speed))

    def _speed_label(self) -> str:
        return self.choices["text_speeds"][self._speed_index()]["label"]

    def _change_speed(self, step: int) -> None:
        speeds = self.choices["text_speeds"]
        index = (self._speed_index() + step) % len(speeds)
        self.ctx.settings.text_speed = float(speeds[index]["value"])

    def _locale_label(self) -> str:
        locale = self.ctx.settings.locale
        return str(self.choices["locale_names"].get(locale, locale))

    def _change_locale(self, step: int) -> None:
        """The next language: the source, each string table, pseudo."""
        known = available_locales(project_root())
        current = self.ctx.settings.locale
        index = known.index(current) if current in known else 0
        self.ctx.settings.locale = known[(index + step) % len(known)]

    def _toggle(self, name: str) -> Callable[[int], None]:
        return lambda _step: self._flip(name)

    def _toggle_now(self, name: str) -> Callable[[], None]:
        return lambda: self._flip(name)

    def _flip(self, name: str) -> None:
        setattr(self.ctx.settings, name, not getattr(self.ctx.settings, name))
        if name == "fullscreen":
            self._apply_window()
        elif name == "muted":
            self._apply_audio()
        elif name == "high_contrast":
            apply_text_style(self.ctx.assets.fonts, self.ctx.settings)

    def _change_scale(self, step: int) -> None:
        s = self.ctx.settings
        limit = (
            self.ctx.display.max_scale()
            if self.ctx.display
            else self.choices["max_scale"]
        )
        s.scale = (s.scale + step) % (limit + 1)
        self._apply_window()

    def _apply_window(self) -> None:
        if self.ctx.display is not None:
            self.ctx.display.apply(
                self.ctx.settings.scale, self.ctx.settings.fullscreen
            )

    def _controls(self, device: Device) -> None:
        from game.scenes.controls import ControlsScene

        self.ctx.stack.push(ControlsScene(self.ctx, device))

    def _close(self) -> None:
        problem = save_settings(self.ctx.settings)
        if problem:
            self.ctx.messages.append(warning(problem))
        self.ctx.stack.pop()

    # -- loop -------------------------------------------------------------------
    def update(self, actions: ActionState, dt: float) -> None:
        if actions.was_pressed(Action.CANCEL):
            self.ctx.audio.play_sound("ui_cancel")
            self._close()
            return
        before = self.menu.focus
        chosen = self.menu.update(actions)
        row = self.rows[self.menu.focus]
        step = actions.menu_side_step()
        if step and row.adjust is not None:
            row.adjust(step)
            self.ctx.audio.play_sound("ui_move")
        elif chosen is not None:
            self.ctx.audio.play_sound("ui_confirm")
        elif before != self.menu.focus:
            self.ctx.audio.play_sound("ui_move")

    def draw(self, surface: pygame.Surface, alpha: float) -> None:
        surface.fill(self.theme["backdrop"])
        fonts = self.ctx.assets.fonts
        for item, row in zip(self.menu.items, self.rows, strict=True):
            value = row.value()
            item.detail = f"< {value} >" if value and row.adjust else value
        area = self.view.area
        self.ctx.assets.ui.draw_panel(
            surface, area.inflate(24, 48).move(0, -8), "panel"
        )
        fonts.bold.draw(
            surface,
            "Settings",
            (320, area.top - 8 - fonts.line_height),
            self.theme["accent"],
            align="center",
        )
        self.view.draw(surface, self.menu, self.ctx.assets, self.theme)
        hint = self.ctx.hint(
            "{left} / {right}: change   {confirm}: choose   {cancel}: back"
        )
        fonts.regular.draw(
            surface,
            hint,
            (320, 358 - fonts.line_height),
            self.theme["text_dim"],
            align="center",
        )
