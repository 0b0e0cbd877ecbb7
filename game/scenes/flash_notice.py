"""Flash notice: the photosensitivity notice of the first start.

Contract: `FlashNoticeScene(ctx)`; choosing either item sets
`settings.flash_notice_seen` (and `reduce_flashes` for the first, focused,
item), saves the settings and closes the notice. Words: assets/data/flash_notice.json.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import pygame

from game.core.paths import assets_dir
from game.core.reading import read_text
from game.input.actions import ActionState
from game.save.settings import save_settings
from game.scenes.base import Scene
from game.ui.menu import Menu, MenuItem
from game.ui.menu_view import MenuView
from game.ui.theme import load_theme

if TYPE_CHECKING:
    from game.play.context import Context

PANEL = pygame.Rect(16, 8, 608, 344)
MARGIN = 16
MENU_WIDTH = 300


class FlashNoticeScene(Scene):
    """A full-screen notice with two choices; the title waits below it."""

    def __init__(self, ctx: Context) -> None:
        super().__init__(ctx)
        self.theme = load_theme()
        path = assets_dir() / "data" / "flash_notice.json"
        self.words = json.loads(read_text(path))
        self.menu = Menu(
            [
                MenuItem(self.words["reduce"], lambda: self.close(reduce=True)),
                MenuItem(self.words["continue"], lambda: self.close(reduce=False)),
            ]
        )
        self.view = MenuView(
            pygame.Rect(0, 0, MENU_WIDTH, 0), text=self.ctx.dialogue.ui_text
        )

    def close(self, reduce: bool) -> None:
        """Remember the answer (and that the notice was seen), then leave."""
        settings = self.ctx.settings
        settings.reduce_flashes = reduce or settings.reduce_flashes
        settings.flash_notice_seen = True
        save_settings(settings)
        self.ctx.audio.play_sound("ui_confirm")
        self.ctx.stack.pop()

    def update(self, actions: ActionState, dt: float) -> None:
        before = self.menu.focus
        if self.menu.update(actions) is None and before != self.menu.focus:
            self.ctx.audio.play_sound("ui_move")

    def draw(self, surface: pygame.Surface, alpha: float) -> None:
        surface.fill(self.theme["backdrop"])
        fonts, theme = self.ctx.assets.fonts, self.theme
        self.ctx.assets.ui.draw_panel(surface, PANEL, "panel")
        y = PANEL.top + MARGIN
        fonts.bold.draw(
            surface, self.words["title"], (320, y), theme["accent"], "center"
        )
        y += fonts.line_height * 3 // 2
        for line in fonts.regular.wrap(self.words["body"], PANEL.width - 2 * MARGIN):
            fonts.regular.draw(surface, line, (PANEL.left + MARGIN, y), theme["text"])
            y += fonts.line_height
        self._draw_choices(surface)

    def _draw_choices(self, surface: pygame.Surface) -> None:
        """The choices and the footer, anchored to the panel's bottom."""
        fonts, theme = self.ctx.assets.fonts, self.theme
        footer_y = PANEL.bottom - MARGIN - fonts.line_height
        rows = len(self.menu.items) * self.view.row_height(self.ctx.assets)
        top = footer_y - fonts.line_height - rows
        self.view.area = pygame.Rect(320 - MENU_WIDTH // 2, top, MENU_WIDTH, rows)
        self.view.draw(surface, self.menu, self.ctx.assets, theme)
        fonts.regular.draw(
            surface, self.words["footer"], (320, footer_y), theme["text_dim"], "center"
        )
