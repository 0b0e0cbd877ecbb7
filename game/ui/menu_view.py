"""Menu view: draws a Menu as rows sized to the text, scrolling when the rows
outnumber the space (settings at large text sizes).

Contract: `MenuView(area)`; `draw(surface, menu, assets, theme)` draws the
visible rows inside `area`, records hit boxes for them only (others get an
empty box), and marks more rows above or below with arrows. `text` turns
each label and value into the player's language (the pseudo-locale); a label
too long for its row beside its value is cut with a visible "…", never
drawn over the value.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import pygame

from game.ui.menu import Menu, MenuItem
from game.ui.scroll import ScrollWindow
from game.ui.theme import Theme

if TYPE_CHECKING:
    from game.assets.font import BitmapFont
    from game.assets.gateway import Assets

PAD = 4  # pixels of row above and below the text
GAP = 8  # pixels at least between a label and its value
ELLIPSIS = "…"


def _as_written(text: str) -> str:
    return text


def fit(font: BitmapFont, text: str, width: int) -> str:
    """`text`, or as much of it as fits in `width` followed by an ellipsis."""
    if font.measure(text)[0] <= width:
        return text
    end = len(text)
    while end > 0 and font.measure(text[:end].rstrip() + ELLIPSIS)[0] > width:
        end -= 1
    return text[:end].rstrip() + ELLIPSIS


@dataclass
class MenuView:
    """A scrolling view of a menu inside `area`."""

    area: pygame.Rect
    window: ScrollWindow = field(default_factory=lambda: ScrollWindow(1))
    blink: bool = True  # False hides the focus marker (a blinking menu's off beat)
    text: Callable[[str], str] = _as_written  # labels in the player's language

    def row_height(self, assets: Assets) -> int:
        return assets.fonts.line_height + PAD

    def draw(
        self, surface: pygame.Surface, menu: Menu, assets: Assets, theme: Theme
    ) -> None:
        """Draw the rows that fit; the focused row is always among them."""
        height = self.row_height(assets)
        self.window.fits = max(1, self.area.height // height)
        shown = self.window.follow(menu.focus, len(menu.items))
        menu.rects = [(0, 0, 0, 0)] * len(menu.items)
        for slot, index in enumerate(shown):
            row = pygame.Rect(
                self.area.left, self.area.top + slot * height, self.area.width, height
            )
            menu.rects[index] = (row.x, row.y, row.w, row.h)
            focused = index == menu.focus
            marker = focused and self.blink
            item = menu.items[index]
            words = (self.text(item.label), self.text(item.detail))
            _draw_row(surface, item, words, row, (focused, marker), assets, theme)
        self._draw_arrows(surface, len(menu.items), assets, theme)

    def _draw_arrows(
        self, surface: pygame.Surface, count: int, assets: Assets, theme: Theme
    ) -> None:
        font, x = assets.fonts.regular, self.area.right - 2
        if self.window.more_above():
            font.draw(
                surface, "^", (x, self.area.top - font.line_height), theme["accent"]
            )
        if self.window.more_below(count):
            font.draw(surface, "v", (x, self.area.bottom), theme["accent"])


def _draw_row(
    surface: pygame.Surface,
    item: MenuItem,
    words: tuple[str, str],
    row: pygame.Rect,
    focus: tuple[bool, bool],
    assets: Assets,
    theme: Theme,
) -> None:
    """One row; `focus` is (focused, marker shown)."""
    font, text_y = assets.fonts.regular, row.top + PAD // 2
    colour = theme["text"] if item.enabled else theme["text_disabled"]
    if focus[0]:
        assets.ui.draw_panel(surface, row.inflate(4, 0), "button_focused")
        colour = theme["highlight"]
    if focus[1]:
        font.draw(surface, ">", (row.left + 4, text_y), colour)
    indent = max(14, font.measure(">")[0] + 8)
    label, detail = words
    room = row.width - indent - 6 - (font.measure(detail)[0] + GAP if detail else 0)
    font.draw(surface, fit(font, label, room), (row.left + indent, text_y), colour)
    if detail:
        font.draw(surface, detail, (row.right - 6, text_y), colour, align="right")
