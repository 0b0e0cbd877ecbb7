"""Pause: an overlay over any gameplay scene (resume, save, load, settings, quit).

"Quit to title" asks first (game.scenes.quit_confirm).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import pygame

from game.input.actions import Action, ActionState
from game.scenes.base import Scene
from game.scenes.objective import draw_objective_line
from game.scenes.quit_confirm import quit_confirm
from game.scenes.widgets import dim
from game.ui.menu import Menu, MenuItem
from game.ui.menu_view import MenuView
from game.ui.theme import load_theme

if TYPE_CHECKING:
    from game.play.context import Context
    from game.play.ports import Snapshot

WIDTH = 168


class PauseScene(Scene):
    """Freezes the scene below. `retry` (the minigame's) adds Retry after
    Resume; saving is offered only when the scene below can be saved."""

    overlay = True
    blocks_update = True

    def __init__(self, ctx: Context, retry: Callable[[], None] | None = None) -> None:
        super().__init__(ctx)
        self.theme = load_theme()
        self.extra = [MenuItem("Retry", retry)] if retry is not None else []
        self.menu = Menu([])

    def enter(self) -> None:
        self.menu = self._build_menu()
        self.ctx.audio.play_sound("ui_confirm")

    def resume(self) -> None:
        self.menu = self._build_menu()

    def _build_menu(self) -> Menu:
        nav = self.ctx.nav
        snapshot = self._snapshot()
        items = [MenuItem("Resume", self._resume), *self.extra]
        items += [
            MenuItem(
                "Save game",
                lambda: nav.open_save(snapshot),
                enabled=snapshot is not None,
            ),
            MenuItem("Load game", nav.open_load),
            MenuItem("Settings", nav.open_settings),
            MenuItem("Quit to title", self._ask_quit),
        ]
        return Menu(items)

    def _snapshot(self) -> Snapshot | None:
        """The scene below's save snapshot maker, if it can be saved now
        (asked, not made: a snapshot renders and encodes a thumbnail)."""
        scenes = self.ctx.stack.scenes
        below = scenes[-2] if len(scenes) >= 2 and scenes[-1] is self else None
        if isinstance(below, Scene) and below.can_save():
            return below.save_snapshot
        return None

    def _ask_quit(self) -> None:
        """Quitting asks first, saying whether progress would be lost."""
        in_level = bool(self.extra)  # Retry is offered in a minigame level
        self.ctx.stack.push(quit_confirm(self.ctx, self.ctx.nav.to_title, in_level))

    def _resume(self) -> None:
        self.ctx.stack.pop()

    def update(self, actions: ActionState, dt: float) -> None:
        if actions.was_pressed(Action.PAUSE) or actions.was_pressed(Action.CANCEL):
            self.ctx.audio.play_sound("ui_cancel")
            self._resume()
            return
        before = self.menu.focus
        if self.menu.update(actions) is None and before != self.menu.focus:
            self.ctx.audio.play_sound("ui_move")

    def draw(self, surface: pygame.Surface, alpha: float) -> None:
        dim(surface, self.theme)
        fonts = self.ctx.assets.fonts
        height = len(self.menu.items) * (fonts.line_height + 4)
        width = WIDTH * fonts.regular.style.scale
        area = pygame.Rect((640 - width) // 2, (360 - height) // 2 + 8, width, height)
        lift = 20 + fonts.line_height  # room for the heading above the rows
        panel = pygame.Rect(area.left - 10, area.top - lift, area.width + 20, 0)
        panel.height = area.height + lift + 12
        self.ctx.assets.ui.draw_panel(surface, panel, "panel")
        fonts.bold.draw(
            surface,
            "Paused",
            (320, area.top - 10 - fonts.line_height),
            self.theme["accent"],
            align="center",
        )
        view = MenuView(area, text=self.ctx.dialogue.ui_text)
        view.draw(surface, self.menu, self.ctx.assets, self.theme)
        draw_objective_line(surface, self.ctx, self.theme, panel.bottom + 8)
