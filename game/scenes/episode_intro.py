"""The episode's title card: number, title, year and protagonist, faded in and out."""

from __future__ import annotations

import pygame

from game.core.clock import TICK
from game.core.episodes import Episode
from game.input.actions import ActionState
from game.scenes.base import Scene
from game.ui.theme import load_theme
from game.ui.timing import ease_in_out, timing


class EpisodeIntroScene(Scene):
    """Shows the card, then hands over to the episode's first map."""

    def __init__(self, ctx, episode: Episode) -> None:
        super().__init__(ctx)
        self.episode = episode
        self.theme = load_theme()
        self.fade = timing("episode_card_fade")
        self.length = 2 * self.fade + timing("episode_card_hold")
        self.time = 0.0
        self.done = False

    def enter(self) -> None:
        self.ctx.audio.play_music(self.episode.music)

    def update(self, actions: ActionState, dt: float) -> None:
        self.time += dt
        if (actions.accepted() or self.time >= self.length) and not self.done:
            self.done = True
            self.ctx.nav.begin_episode_world(self.episode)

    def opacity(self, alpha: float = 0.0) -> float:
        """0..1: fades in over `fade`, holds, fades out at the end."""
        now = self.time + alpha * TICK
        rising = ease_in_out(now / self.fade)
        falling = ease_in_out((self.length - now) / self.fade)
        return min(rising, falling)

    def draw(self, surface: pygame.Surface, alpha: float) -> None:
        theme, fonts = self.theme, self.ctx.assets.fonts
        surface.fill(theme["backdrop"])
        card = pygame.Surface((640, 120), pygame.SRCALPHA)
        portrait = self.ctx.assets.image(f"portraits/{self.episode.portrait}")
        card.blit(portrait, (160, 28), (0, 0, 64, 64))
        fonts.regular.draw(
            card, f"EPISODE {self.episode.number}", (240, 30), theme["accent"]
        )
        fonts.bold.draw(card, self.episode.title, (240, 46), theme["text"])
        line = f"{self.episode.year}  ·  {self.episode.protagonist}"
        fonts.regular.draw(card, line, (240, 64), theme["text_dim"])
        card.set_alpha(int(255 * self.opacity(alpha)))
        surface.blit(card, (0, 120))
