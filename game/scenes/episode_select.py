"""Episode select: the five protagonists, each episode's title and year, and
a mark for every ending the player has reached."""

from __future__ import annotations

import pygame

from game.core.episodes import Episode, load_episodes
from game.input.actions import Action, ActionState
from game.scenes.base import Scene
from game.ui.theme import load_theme

CARD_W, CARD_H = 112, 134
CARD_GAP = 8
CARDS_TOP = 34
DETAIL = pygame.Rect(24, 180, 592, 160)


class EpisodeSelectScene(Scene):
    """LEFT/RIGHT or the mouse pick an episode; CONFIRM starts it."""

    def __init__(self, ctx) -> None:
        super().__init__(ctx)
        self.theme = load_theme()
        self.episodes = load_episodes()
        self.focus = 0
        self.card_rects = [self._card_rect(i) for i in range(len(self.episodes))]
        self.ticks = 0

    def _card_rect(self, index: int) -> pygame.Rect:
        total = len(self.episodes) * CARD_W + (len(self.episodes) - 1) * CARD_GAP
        left = (640 - total) // 2 + index * (CARD_W + CARD_GAP)
        return pygame.Rect(left, CARDS_TOP, CARD_W, CARD_H)

    @property
    def chosen(self) -> Episode:
        return self.episodes[self.focus]

    def playable(self, episode: Episode) -> bool:
        return episode.start_map_path.exists()

    def update(self, actions: ActionState, dt: float) -> None:
        self.ticks += 1
        step = actions.menu_side_step()
        if step:
            self.focus = (self.focus + step) % len(self.episodes)
            self.ctx.audio.play_sound("ui_move")
        if actions.pointer is not None:
            self._hover(actions, actions.pointer)
        if actions.was_pressed(Action.CONFIRM):
            self._start()
        elif actions.was_pressed(Action.CANCEL):
            self.ctx.audio.play_sound("ui_cancel")
            self.ctx.stack.pop()

    def _hover(self, actions: ActionState, pointer: tuple[int, int]) -> None:
        for index, rect in enumerate(self.card_rects):
            if rect.collidepoint(pointer):
                self.focus = index
                if actions.was_pressed(Action.POINTER):
                    self._start()

    def _start(self) -> None:
        if not self.playable(self.chosen):
            self.ctx.audio.play_sound("error")
            return
        self.ctx.audio.play_sound("ui_confirm")
        self.ctx.nav.start_episode(self.chosen.number)

    # -- drawing ------------------------------------------------------------
    def draw(self, surface: pygame.Surface, alpha: float) -> None:
        surface.fill(self.theme["backdrop"])
        fonts = self.ctx.assets.fonts
        fonts.bold.draw(
            surface, "Choose an episode", (320, 12), self.theme["text"], align="center"
        )
        for index, episode in enumerate(self.episodes):
            self._draw_card(
                surface, episode, self.card_rects[index], index == self.focus
            )
        self._draw_detail(surface, self.chosen)

    def _draw_card(
        self, surface, episode: Episode, rect: pygame.Rect, focused: bool
    ) -> None:
        fonts, theme = self.ctx.assets.fonts, self.theme
        self.ctx.assets.ui.draw_panel(
            surface, rect, "button_focused" if focused else "inset"
        )
        portrait = self._portrait(episode)
        surface.blit(portrait, (rect.centerx - 32, rect.top + 8))
        colour = theme["highlight"] if focused else theme["text"]
        fonts.bold.draw(
            surface,
            f"Episode {episode.number}",
            (rect.centerx, rect.top + 78),
            colour,
            align="center",
        )
        fonts.regular.draw(
            surface,
            episode.protagonist,
            (rect.centerx, rect.top + 90),
            theme["text"],
            align="center",
        )
        fonts.regular.draw(
            surface,
            str(episode.year),
            (rect.centerx, rect.top + 102),
            theme["text"] if focused else theme["text_dim"],
            align="center",
        )
        self._draw_marks(surface, episode, rect, focused)

    def _portrait(self, episode: Episode) -> pygame.Surface:
        sheet = self.ctx.assets.image(f"portraits/{episode.portrait}")
        return sheet.subsurface((0, 0, 64, 64))

    def _draw_marks(
        self, surface, episode: Episode, rect: pygame.Rect, focused: bool
    ) -> None:
        reached = self.ctx.profile.endings_for(episode.number)
        count = len(episode.endings)
        left = rect.centerx - (count * 12 - 2) // 2
        box = self.theme["text"] if focused else self.theme["text_disabled"]
        for i, ending in enumerate(episode.endings):
            got = ending.id in reached
            self._mark(surface, got, (left + i * 12, rect.top + 116), box)

    def _mark(self, surface, reached: bool, pos: tuple[int, int], box=None) -> None:
        """A tick for a reached ending, an empty box for one not reached yet."""
        if reached:
            surface.blit(self.ctx.assets.ui.icon("check"), pos)
        else:
            colour = box or self.theme["text_disabled"]
            pygame.draw.rect(surface, colour, (*pos, 10, 10), 1)

    def _draw_detail(self, surface, episode: Episode) -> None:
        fonts, theme = self.ctx.assets.fonts, self.theme
        self.ctx.assets.ui.draw_panel(surface, DETAIL, "panel")
        x, y = DETAIL.left + 14, DETAIL.top + 12
        fonts.bold.draw(surface, episode.title, (x, y), theme["accent"])
        fonts.regular.draw(
            surface,
            f"{episode.year}  ·  playing as {episode.protagonist}",
            (x, y + 14),
            theme["text_dim"],
        )
        for i, line in enumerate(
            fonts.regular.wrap(episode.logline, DETAIL.width - 28)
        ):
            fonts.regular.draw(
                surface,
                line,
                (x, y + 32 + i * fonts.regular.line_height),
                theme["text"],
            )
        self._draw_endings(surface, episode, x, DETAIL.top + 84)
        prompt = (
            self.ctx.hint(
                "{left} / {right}: episode   {confirm}: begin   {cancel}: back"
            )
            if self.playable(episode)
            else "This episode is still in production."
        )
        colour = theme["text_dim"] if self.playable(episode) else theme["warning"]
        fonts.regular.draw(
            surface,
            prompt,
            (DETAIL.right - 14, DETAIL.bottom - 18),
            colour,
            align="right",
        )

    def _draw_endings(self, surface, episode: Episode, x: int, y: int) -> None:
        fonts, theme = self.ctx.assets.fonts, self.theme
        reached = self.ctx.profile.endings_for(episode.number)
        fonts.regular.draw(surface, "Endings", (x, y), theme["text_dim"])
        for i, ending in enumerate(episode.endings):
            got = ending.id in reached
            self._mark(surface, got, (x, y + 14 + i * 13))
            label = ending.title if got else "not yet reached"
            fonts.regular.draw(
                surface,
                label,
                (x + 14, y + 14 + i * 13),
                theme["good"] if got else theme["text_disabled"],
            )
