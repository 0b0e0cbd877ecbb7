"""A time card between acts ("Day 3", "Evening, the community forum").

Contract: `TimeCardScene(ctx, title, subtitle, on_done)` covers the screen:
it fades in over `time_card_fade` seconds, holds `time_card_hold`, fades out
(assets/config/timing.json), then leaves the stack and calls `on_done` once.
A confirm press (or a click) skips to the fade-out. The scenes below stay
frozen while it shows.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import pygame

from game.core.clock import TICK
from game.input.actions import ActionState
from game.scenes.base import Scene
from game.ui.theme import load_theme
from game.ui.timing import ease_in_out, timing

if TYPE_CHECKING:
    from game.play.context import Context

TITLE_SCALE = 2  # the title is the bold font drawn twice as large
RULE_WIDTH = 96  # the thin line between title and subtitle
GAP = 8


class TimeCardScene(Scene):
    """See the module docstring."""

    overlay = True
    blocks_update = True

    def __init__(
        self,
        ctx: Context,
        title: str,
        subtitle: str = "",
        on_done: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(ctx)
        self.title = title
        self.subtitle = subtitle
        self.on_done = on_done
        self.theme = load_theme()
        self.fade = timing("time_card_fade")
        self.length = 2 * self.fade + timing("time_card_hold")
        self.time = 0.0
        self.finished = False

    def update(self, actions: ActionState, dt: float) -> None:
        if actions.accepted():
            self.time = max(self.time, self.length - self.fade)
        self.time += dt
        if self.time >= self.length:
            self.finish()

    def finish(self) -> None:
        """Leave the stack and say so (once)."""
        if self.finished:
            return
        self.finished = True
        self.ctx.stack.remove(self)
        if self.on_done is not None:
            self.on_done()

    def opacity(self, alpha: float = 0.0) -> float:
        """0..1: rises over the fade, holds, falls over the last fade."""
        now = self.time + alpha * TICK
        rising = ease_in_out(now / self.fade) if self.fade > 0 else 1.0
        left = self.length - now
        falling = ease_in_out(left / self.fade) if self.fade > 0 else 1.0
        return min(rising, falling)

    def draw(self, surface: pygame.Surface, alpha: float) -> None:
        card = pygame.Surface(surface.get_size())
        card.fill(self.theme["backdrop"])
        self._draw_words(card)
        card.set_alpha(round(255 * self.opacity(alpha)))
        surface.blit(card, (0, 0))

    def _draw_words(self, card: pygame.Surface) -> None:
        fonts, theme = self.ctx.assets.fonts, self.theme
        title = fonts.bold.render(self.title, theme["text"])
        big = pygame.transform.scale_by(title, TITLE_SCALE)
        sub_height = fonts.line_height + GAP * 2 if self.subtitle else 0
        centre_x, centre_y = card.get_width() // 2, card.get_height() // 2
        top = centre_y - (big.get_height() + sub_height) // 2
        card.blit(big, (centre_x - big.get_width() // 2, top))
        if not self.subtitle:
            return
        rule_y = top + big.get_height() + GAP
        rule = pygame.Rect(centre_x - RULE_WIDTH // 2, rule_y, RULE_WIDTH, 1)
        card.fill(theme["accent"], rule)
        fonts.regular.draw(
            card, self.subtitle, (centre_x, rule_y + GAP), theme["text_dim"], "center"
        )
