"""Controls: rebind keyboard keys or gamepad buttons, refusing conflicts.

Inputs are shown as hints show them (`input_label`): keys by their key-cap
names, pad buttons by the connected pad's names (`ctx.pad_style`).
"""

from __future__ import annotations

import json

import pygame

from game.core.paths import assets_dir
from game.core.reading import read_text
from game.input.actions import Action, ActionState
from game.input.bindings import Device, conflicts, load_groups
from game.input.prompts import input_label
from game.save.settings import default_settings
from game.scenes.base import Scene
from game.scenes.widgets import draw_menu
from game.ui.menu import Menu, MenuItem
from game.ui.theme import load_theme

AREA = pygame.Rect(130, 40, 380, 0)
VISIBLE_ROWS = 16


def action_labels() -> dict[Action, str]:
    raw = json.loads(read_text(assets_dir() / "config" / "action_labels.json"))
    return {Action(k): v for k, v in raw.items() if not k.startswith("_")}


class ControlsScene(Scene):
    """One row per action; CONFIRM, then press the new key (Esc / Start cancel)."""

    def __init__(self, ctx, device: Device) -> None:
        super().__init__(ctx)
        self.device = device
        self.theme = load_theme()
        self.labels = action_labels()
        self.actions = list(self.labels)
        self.groups = load_groups()
        self.waiting: Action | None = None
        self.message = ""
        items = [MenuItem(self.labels[a], self._arm(a)) for a in self.actions]
        items += [
            MenuItem("Reset to defaults", self._reset),
            MenuItem("Back", self._back),
        ]
        self.menu = Menu(items)
        self.first_row = 0

    def _arm(self, action: Action):
        def arm() -> None:
            self.waiting = action
            self.message = ""
            self.ctx.capture.arm(self.device)

        return arm

    def _reset(self) -> None:
        defaults = default_settings().bindings
        table = self.ctx.settings.bindings.inputs(self.device)
        table.clear()
        table.update({a: list(n) for a, n in defaults.inputs(self.device).items()})
        self.message = "Controls reset to the defaults."

    def _back(self) -> None:
        self.ctx.stack.pop()

    def rebind(self, action: Action, name: str) -> bool:
        """Bind `name` to `action` unless that makes a conflict; say which."""
        trial = self.ctx.settings.bindings.copy()
        trial.bind(self.device, action, name)
        clash = [
            c for c in conflicts(trial, self.groups) if action in (c.first, c.second)
        ]
        if clash:
            other = clash[0].second if clash[0].first is action else clash[0].first
            shown = self.shown(name)
            self.message = f'"{shown}" is already {self.labels[other]}; choose another.'
            self.ctx.audio.play_sound("error")
            return False
        self.ctx.settings.bindings.bind(self.device, action, name)
        self.message = f"{self.labels[action]}: {self.shown(name)}"
        return True

    def shown(self, name: str) -> str:
        """`name` as the player sees it on this device (and pad style)."""
        return input_label(name, self.device, self.ctx.pad_style)

    def detail(self, action: Action) -> str:
        """The inputs bound to `action`, as shown in its row."""
        names = self.ctx.settings.bindings.inputs(self.device).get(action, [])
        return ", ".join(self.shown(n) for n in names) or "-"

    def update(self, actions: ActionState, dt: float) -> None:
        if self.waiting is not None:
            self._await_capture()
            return
        if actions.was_pressed(Action.CANCEL):
            self._back()
            return
        self.menu.update(actions)
        self.first_row = min(
            max(0, self.menu.focus - VISIBLE_ROWS + 2),
            max(0, len(self.menu.items) - VISIBLE_ROWS),
        )
        self.first_row = min(self.first_row, self.menu.focus)

    def _await_capture(self) -> None:
        capture = self.ctx.capture
        if capture.armed:
            return
        name = capture.take()
        if name is not None and self.waiting is not None:
            self.rebind(self.waiting, name)
        self.waiting = None

    def draw(self, surface: pygame.Surface, alpha: float) -> None:
        surface.fill(self.theme["backdrop"])
        fonts = self.ctx.assets.fonts
        title = (
            "Keyboard controls" if self.device is Device.KEYS else "Gamepad controls"
        )
        fonts.bold.draw(surface, title, (320, 14), self.theme["accent"], align="center")
        for action, item in zip(self.actions, self.menu.items, strict=False):
            item.detail = self.detail(action)
        self._draw_rows(surface)
        status = self.message or self.ctx.hint("{confirm}: change   {cancel}: back")
        if self.waiting is not None:
            cancel = self.shown("escape" if self.device is Device.KEYS else "start")
            label = self.labels[self.waiting]
            status = f"Press the new input for {label} ({cancel} cancels)"
        fonts.regular.draw(
            surface, status, (320, 340), self.theme["highlight"], align="center"
        )

    def _draw_rows(self, surface: pygame.Surface) -> None:
        window = Menu(self.menu.items[self.first_row : self.first_row + VISIBLE_ROWS])
        window.focus = self.menu.focus - self.first_row
        area = AREA.copy()
        area.height = len(window.items) * 16
        self.ctx.assets.ui.draw_panel(surface, area.inflate(20, 16), "panel")
        draw_menu(surface, window, area, self.ctx.assets, self.theme)
        self.menu.rects = [(0, 0, 0, 0)] * self.first_row + window.rects
