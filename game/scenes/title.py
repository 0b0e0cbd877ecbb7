"""The title screen: illustration, logo and the main menu."""

from __future__ import annotations

import pygame

from game.clock import TICK_RATE
from game.input.actions import Action, ActionState
from game.scenes.base import Scene
from game.scenes.widgets import draw_menu, draw_notice
from game.ui.menu import Menu, MenuItem
from game.ui.theme import load_theme

NOTICE_SECONDS = 6
MENU_AREA = pygame.Rect(36, 196, 132, 96)


class TitleScene(Scene):
    """New game, Continue, Load, Settings, Credits, Quit."""

    def __init__(self, ctx) -> None:
        super().__init__(ctx)
        self.theme = load_theme()
        self.ticks = 0
        self.notice = ""
        self.notice_ticks = 0
        self.menu = self._build_menu()

    def _build_menu(self) -> Menu:
        flow = self.ctx.flow
        has_saves = self._newest_save() is not None
        return Menu(
            [
                MenuItem("New game", flow.episode_select),
                MenuItem("Continue", self._continue, enabled=has_saves),
                MenuItem("Load", self._load, enabled=has_saves),
                MenuItem("Settings", flow.open_settings),
                MenuItem("Credits", flow.open_credits),
                MenuItem("Quit", flow.quit),
            ]
        )

    def _newest_save(self):
        from game.save.slots import SaveStore

        return SaveStore().newest()

    def _continue(self) -> None:
        self.ctx.flow.continue_game()

    def _load(self) -> None:
        self.ctx.flow.open_load()

    def resume(self) -> None:
        self.menu = self._build_menu()

    def update(self, actions: ActionState, dt: float) -> None:
        self.ticks += 1
        if self.ctx.messages and not self.notice_ticks:
            self.notice = self.ctx.messages.pop(0)
            self.notice_ticks = NOTICE_SECONDS * TICK_RATE
        self.notice_ticks = max(0, self.notice_ticks - 1)
        if self.notice_ticks and actions.was_pressed(Action.CANCEL):
            self.notice_ticks = 0
            return
        moved = self.menu.focus
        chosen = self.menu.update(actions)
        if chosen is not None:
            self.ctx.audio.play_sound("ui_confirm")
        elif moved != self.menu.focus:
            self.ctx.audio.play_sound("ui_move")

    def draw(self, surface: pygame.Surface, alpha: float) -> None:
        surface.blit(self.ctx.assets.image("title/title"), (0, 0))
        fonts = self.ctx.assets.fonts
        self.ctx.assets.ui.draw_panel(surface, MENU_AREA.inflate(16, 16), "panel")
        blink = (self.ticks // 30) % 2 == 0
        draw_menu(surface, self.menu, MENU_AREA, self.ctx.assets, self.theme, blink)
        hint = self.ctx.hint("{up} / {down}: choose   {confirm}: confirm")
        width = fonts.regular.measure(hint)[0] + 16
        self.ctx.assets.ui.draw_panel(
            surface, (320 - width // 2, 336, width, 20), "plate"
        )
        colour = self.ctx.assets.ui.text_colour("plate")
        fonts.regular.draw(surface, hint, (320, 340), colour, align="center")
        if self.notice_ticks:
            draw_notice(surface, self.notice, self.ctx.assets, self.theme)
