"""The epilogue card: a few words that tie the five episodes together, shown
after an ending card once every episode has an ending reached.

The words come from assets/data/epilogue.json.
"""

from __future__ import annotations

import json
from typing import Any

import pygame

from game.core.episodes import load_episodes
from game.core.paths import assets_dir
from game.core.reading import read_text
from game.input.actions import ActionState
from game.scenes.base import Scene
from game.ui.theme import load_theme
from game.ui.timing import ease_in_out, timing

CARD_WIDTH = 500
PARAGRAPH_GAP = 8
HEADER = 62  # title, subtitle and the space under them
FOOTER = 34  # the continue hint


def load_epilogue() -> dict[str, Any]:
    return json.loads(read_text(assets_dir() / "data" / "epilogue.json"))


def epilogue_unlocked(profile) -> bool:
    """Every episode has at least one ending reached in this profile."""
    return all(profile.endings_for(e.number) for e in load_episodes())


class EpilogueScene(Scene):
    """Fades in the card; CONFIRM (after the fade) returns to the title."""

    def __init__(self, ctx) -> None:
        super().__init__(ctx)
        self.theme = load_theme()
        words = load_epilogue()
        self.title = str(words["title"])
        self.subtitle = str(words.get("subtitle", ""))
        self.paragraphs = [str(p) for p in words["paragraphs"]]
        self.time = 0.0
        self.fade = timing("episode_card_fade")
        font = ctx.assets.fonts.regular
        self.lines = [font.wrap(p, CARD_WIDTH - 48) for p in self.paragraphs]
        body = sum(len(ls) * font.line_height + PARAGRAPH_GAP for ls in self.lines)
        self.card = pygame.Rect(0, 0, CARD_WIDTH, HEADER + body + FOOTER)
        self.card.center = (320, 180)

    def update(self, actions: ActionState, dt: float) -> None:
        self.time += dt
        if self.time >= self.fade and actions.accepted():
            self.ctx.audio.play_sound("ui_confirm")
            self.ctx.nav.to_title()

    def draw(self, surface: pygame.Surface, alpha: float) -> None:
        theme, fonts = self.theme, self.ctx.assets.fonts
        surface.fill(theme["backdrop"])
        card = pygame.Surface(surface.get_size(), pygame.SRCALPHA)
        frame = self.card
        self.ctx.assets.ui.draw_panel(card, frame, "panel")
        x, y = frame.left + 24, frame.top + 18
        fonts.bold.draw(card, self.title, (x, y), theme["accent"])
        if self.subtitle:
            fonts.regular.draw(card, self.subtitle, (x, y + 16), theme["text_dim"])
        y = frame.top + HEADER
        for lines in self.lines:
            for line in lines:
                fonts.regular.draw(card, line, (x, y), theme["text"])
                y += fonts.regular.line_height
            y += PARAGRAPH_GAP
        hint = self.ctx.hint("{confirm}: continue")
        corner = (frame.right - 14, frame.bottom - 18)
        fonts.regular.draw(card, hint, corner, theme["text_dim"], align="right")
        card.set_alpha(int(255 * ease_in_out(self.time / self.fade)))
        surface.blit(card, (0, 0))
