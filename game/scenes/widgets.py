"""Drawing helpers shared by the scenes: menu list, notice toast, dimmer, error box."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.play.notices import Notice
from game.ui.menu import Menu
from game.ui.theme import Theme

if TYPE_CHECKING:
    from game.assets.font import Fonts
    from game.assets.gateway import Assets

ROW_HEIGHT = 16


def draw_menu(
    surface: pygame.Surface,
    menu: Menu,
    area: pygame.Rect,
    assets: Assets,
    theme: Theme,
    blink: bool = True,
) -> None:
    """Draw `menu` as rows inside `area`, recording each row's hit box."""
    font = assets.fonts.regular
    menu.rects = []
    for index, item in enumerate(menu.items):
        row = pygame.Rect(
            area.left, area.top + index * ROW_HEIGHT, area.width, ROW_HEIGHT
        )
        menu.rects.append((row.x, row.y, row.w, row.h))
        focused = index == menu.focus
        if focused:
            assets.ui.draw_panel(surface, row.inflate(4, 0), "button_focused")
        colour = theme["text"] if item.enabled else theme["text_disabled"]
        if focused:
            colour = theme["highlight"]
            if blink:
                font.draw(surface, ">", (row.left + 4, row.top + 2), theme["highlight"])
        font.draw(surface, item.label, (row.left + 14, row.top + 2), colour)
        if item.detail:
            font.draw(
                surface,
                item.detail,
                (row.right - 6, row.top + 2),
                colour,
                align="right",
            )


def dim(surface: pygame.Surface, theme: Theme, amount: int = 150) -> None:
    """Darken everything drawn so far (under an overlay panel)."""
    shade = pygame.Surface(surface.get_size())
    shade.fill(theme["backdrop"])
    shade.set_alpha(amount)
    surface.blit(shade, (0, 0))


def draw_notice(
    surface: pygame.Surface, notice: Notice, assets: Assets, theme: Theme
) -> None:
    """A wrapped notice panel across the top of the screen, its text and a
    stripe down its left edge in the colour of the notice's kind."""
    font = assets.fonts.regular
    colour = theme[notice.kind.theme_role]
    width = surface.get_width() - 80
    lines = font.wrap(notice.text, width - 20)
    box = pygame.Rect(40, 8, width, 14 + len(lines) * font.line_height)
    assets.ui.draw_panel(surface, box, "panel")
    surface.fill(colour, (box.left + 3, box.top + 4, 2, box.height - 8))
    for i, line in enumerate(lines):
        font.draw(
            surface,
            line,
            (box.left + 10, box.top + 7 + i * font.line_height),
            colour,
        )


class Toast:
    """Shows the context's pending notices one at a time, each for a while."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.notice: Notice | None = None
        self.left = 0.0

    def update(self, messages: list[Notice], dt: float) -> None:
        self.left = max(0.0, self.left - dt)
        if not self.left and messages:
            self.notice = messages.pop(0)
            self.left = self.seconds

    def dismiss(self) -> None:
        self.left = 0.0

    @property
    def showing(self) -> bool:
        return self.left > 0.0 and self.notice is not None

    def draw(self, surface: pygame.Surface, assets: Assets, theme: Theme) -> None:
        if self.showing and self.notice is not None:
            draw_notice(surface, self.notice, assets, theme)


def draw_error_box(
    surface: pygame.Surface, fonts: Fonts, text: str, lines: list[str] | None = None
) -> None:
    """A solid panel at the bottom of the canvas with the text in the pixel font."""
    rows = [text, *(lines or [])]
    height = 12 + fonts.line_height * len(rows)
    panel = pygame.Rect(
        16, surface.get_height() - height - 12, surface.get_width() - 32, height
    )
    pygame.draw.rect(surface, fonts.regular.rgb("night"), panel)
    pygame.draw.rect(surface, fonts.regular.rgb("teallite"), panel, 1)
    for row, line in enumerate(rows):
        colour = "white" if row == 0 else "silver"
        fonts.regular.draw(
            surface, line, (panel.x + 8, panel.y + 6 + row * fonts.line_height), colour
        )
