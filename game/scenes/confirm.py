"""ChoiceScene: a small modal question over the screen below (yes/no and the like).

Choosing an option closes the dialog first and then runs the option's
action, so an action may open further scenes. CANCEL closes it and runs the
`on_cancel` action, if any. Reads Actions only (menu_step, CONFIRM, CANCEL,
pointer).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pygame

from game.input.actions import Action, ActionState
from game.scenes.base import Scene
from game.ui.menu import Menu, MenuItem
from game.ui.theme import load_theme

WIDTH = 320
ROW = 18
PAD = 12


class ChoiceScene(Scene):
    """A titled panel with a wrapped `body` and a column of `choices`.

    `focus` is the option focused first (put it on the harmless one).
    """

    overlay = True
    blocks_update = True

    def __init__(
        self,
        ctx,
        title: str,
        body: str,
        choices: Sequence[MenuItem],
        focus: int = 0,
        on_cancel: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(ctx)
        self.title, self.body = title, body
        self.on_cancel = on_cancel
        self.menu = Menu([self._closing(item) for item in choices], focus=focus)
        self.theme = load_theme()

    def _closing(self, item: MenuItem) -> MenuItem:
        def choose() -> None:
            self.ctx.stack.pop()
            self.ctx.audio.play_sound("ui_confirm")
            if item.on_choose is not None:
                item.on_choose()

        return MenuItem(item.label, choose, item.enabled, item.detail)

    def update(self, actions: ActionState, dt: float) -> None:
        if actions.was_pressed(Action.CANCEL):
            self.ctx.stack.pop()
            self.ctx.audio.play_sound("ui_cancel")
            if self.on_cancel is not None:
                self.on_cancel()
            return
        before = self.menu.focus
        if self.menu.update(actions) is None and self.menu.focus != before:
            self.ctx.audio.play_sound("ui_move")

    def draw(self, surface: pygame.Surface, alpha: float) -> None:
        fonts, theme = self.ctx.assets.fonts, self.theme
        lines = fonts.regular.wrap(self.body, WIDTH - 2 * PAD) if self.body else []
        text_height = len(lines) * fonts.regular.line_height
        height = PAD + 16 + text_height + 8 + len(self.menu.items) * ROW + PAD
        box = pygame.Rect(0, 0, WIDTH, height)
        box.center = (surface.get_width() // 2, surface.get_height() // 2)
        shade = pygame.Surface(surface.get_size())
        shade.fill(theme["backdrop"])
        shade.set_alpha(120)  # sets the question apart from the screen below
        surface.blit(shade, (0, 0))
        self.ctx.assets.ui.draw_panel(surface, box.inflate(6, 6), "plate")
        self.ctx.assets.ui.draw_panel(surface, box, "panel")
        fonts.bold.draw(
            surface, self.title, (box.left + PAD, box.top + PAD), theme["accent"]
        )
        for i, line in enumerate(lines):
            y = box.top + PAD + 16 + i * fonts.regular.line_height
            fonts.regular.draw(surface, line, (box.left + PAD, y), theme["text"])
        top = box.top + PAD + 16 + text_height + 8
        self._draw_choices(
            surface, pygame.Rect(box.left + PAD, top, WIDTH - 2 * PAD, 0)
        )

    def _draw_choices(self, surface: pygame.Surface, area: pygame.Rect) -> None:
        font, theme = self.ctx.assets.fonts.regular, self.theme
        self.menu.rects = []
        for index, item in enumerate(self.menu.items):
            row = pygame.Rect(area.left, area.top + index * ROW, area.width, ROW)
            text_y = row.top + (ROW - font.line_height) // 2 + 1
            self.menu.rects.append((row.x, row.y, row.w, row.h))
            colour = theme["text"] if item.enabled else theme["text_disabled"]
            if index == self.menu.focus:
                self.ctx.assets.ui.draw_panel(surface, row, "button_focused")
                font.draw(surface, ">", (row.left + 4, text_y), theme["highlight"])
                colour = theme["highlight"]
            font.draw(surface, item.label, (row.left + 14, text_y), colour)


def confirm(
    ctx,
    title: str,
    body: str,
    on_yes: Callable[[], None],
    yes: str = "Yes",
    no: str = "No",
) -> ChoiceScene:
    """A yes/no question with the focus on `no` (for destructive choices)."""
    return ChoiceScene(ctx, title, body, [MenuItem(yes, on_yes), MenuItem(no)], focus=1)
