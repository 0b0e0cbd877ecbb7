"""Credits: a slow roll of who made the game and with what.

The text comes from assets/data/credits.json.
"""

from __future__ import annotations

import json

import pygame

from game.core.paths import assets_dir
from game.core.reading import read_text
from game.input.actions import Action, ActionState
from game.scenes.base import Scene
from game.ui.theme import load_theme
from game.ui.timing import timing

HEADING_GAP = 14
SECTION_GAP = 18
ROLL = pygame.Rect(0, 12, 640, 318)
START_OFFSET = 140.0


class CreditsScene(Scene):
    """Scrolls upward; UP/DOWN speed it, CONFIRM or CANCEL return."""

    def __init__(self, ctx) -> None:
        super().__init__(ctx)
        self.theme = load_theme()
        raw = json.loads(read_text(assets_dir() / "data" / "credits.json"))
        self.sections = raw["sections"]
        self.speed = timing("credits_scroll_speed")
        self.height = self._content_height()
        self.offset = START_OFFSET

    def _content_height(self) -> int:
        line = self.ctx.assets.fonts.regular.line_height
        total = 0
        for section in self.sections:
            total += (HEADING_GAP if section["heading"] else 0) + len(
                section["lines"]
            ) * line
            total += SECTION_GAP
        return total

    def update(self, actions: ActionState, dt: float) -> None:
        if actions.was_pressed(Action.CONFIRM) or actions.was_pressed(Action.CANCEL):
            self.ctx.stack.pop()
            return
        boost = 4.0 if actions.is_held(Action.DOWN) else 1.0
        back = -3.0 if actions.is_held(Action.UP) else 0.0
        self.offset += self.speed * dt * (boost + back)
        self.offset = max(0.0, self.offset)
        if self.offset > self.height + ROLL.height:
            self.offset = 0.0

    def draw(self, surface: pygame.Surface, alpha: float) -> None:
        surface.fill(self.theme["backdrop"])
        fonts = self.ctx.assets.fonts
        surface.set_clip(ROLL)
        y = ROLL.bottom - int(self.offset)
        for section in self.sections:
            if section["heading"]:
                fonts.bold.draw(
                    surface,
                    section["heading"],
                    (320, y),
                    self.theme["accent"],
                    align="center",
                )
                y += HEADING_GAP
            for line in section["lines"]:
                fonts.regular.draw(
                    surface, line, (320, y), self.theme["text"], align="center"
                )
                y += fonts.regular.line_height
            y += SECTION_GAP
        surface.set_clip(None)
        fonts.regular.draw(
            surface,
            self.ctx.hint("{confirm} / {cancel}: back"),
            (632, 346),
            self.theme["text_dim"],
            align="right",
        )
