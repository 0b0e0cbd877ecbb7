"""The ending card: which ending was reached, and the choices that led there.

The card's rows come from the episode data (`summary` in episodes.json): each
names a story variable and the label to show for each of its values, so
writers decide what the card says.
"""

from __future__ import annotations

import pygame

from game.core.episodes import Episode
from game.core.story import Value
from game.input.actions import ActionState
from game.scenes.base import Scene
from game.scenes.epilogue import EpilogueScene, epilogue_unlocked
from game.ui.theme import load_theme
from game.ui.timing import ease_in_out, timing

CARD = pygame.Rect(90, 44, 460, 272)
ANSWER_COLUMN = 150


def summary_rows(
    episode: Episode, ending_id: str, variables: dict[str, Value]
) -> list[tuple[str, str]]:
    """(label, answer) rows for the card: the ending's chosen rows of the
    episode's summary spec, or all of them if the ending names none."""
    ending = episode.ending(ending_id)
    spec = {entry.variable: entry for entry in episode.summary}
    names = ending.summary if ending and ending.summary else tuple(spec)
    rows = []
    for name in names:
        entry = spec[name]
        key = _value_key(variables.get(entry.variable))
        rows.append((entry.label, entry.answers.get(key, entry.answers.get("*", key))))
    return rows


def _value_key(value: Value | None) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return "" if value is None else str(value)


class EndingScene(Scene):
    """Marks the ending reached, shows the card; CONFIRM returns to the title."""

    def __init__(self, ctx, episode: Episode, ending_id: str) -> None:
        super().__init__(ctx)
        self.theme = load_theme()
        self.episode = episode
        ending = episode.ending(ending_id)
        self.title = ending.title if ending else ending_id
        self.mood = ending.mood if ending else "neutral"
        self.music = ending.music if ending else "ending"
        variables = ctx.story.variables if ctx.story else {}
        self.rows = summary_rows(episode, ending_id, variables)
        self.time = 0.0
        self.fade = timing("episode_card_fade")

    def enter(self) -> None:
        self.ctx.audio.play_music(self.music)

    def update(self, actions: ActionState, dt: float) -> None:
        self.time += dt
        if self.time >= self.fade and actions.accepted():
            self.ctx.audio.play_sound("ui_confirm")
            if epilogue_unlocked(self.ctx.profile):
                self.ctx.stack.replace_all(EpilogueScene(self.ctx))
            else:
                self.ctx.nav.to_title()

    def draw(self, surface: pygame.Surface, alpha: float) -> None:
        theme = self.theme
        surface.fill(theme["backdrop"])
        card = pygame.Surface(surface.get_size(), pygame.SRCALPHA)
        self.ctx.assets.ui.draw_panel(card, CARD, "panel")
        self._draw_heading(card)
        self._draw_rows(card, CARD.left + 20, CARD.top + 110)
        found = len(self.ctx.profile.endings_for(self.episode.number))
        total = len(self.episode.endings)
        tally = f"Endings found: {found} of {total}"
        self.ctx.assets.fonts.regular.draw(
            card, tally, (CARD.left + 20, CARD.bottom - 18), theme["text_dim"]
        )
        hint = self.ctx.hint("{confirm}: continue")
        corner = (CARD.right - 14, CARD.bottom - 18)
        self.ctx.assets.fonts.regular.draw(
            card, hint, corner, theme["text_dim"], align="right"
        )
        card.set_alpha(int(255 * ease_in_out(self.time / self.fade)))
        surface.blit(card, (0, 0))

    def _draw_heading(self, card: pygame.Surface) -> None:
        theme, fonts, x = self.theme, self.ctx.assets.fonts, CARD.left + 20
        heading = f"EPISODE {self.episode.number}  ·  {self.episode.title}"
        fonts.regular.draw(card, heading, (x, CARD.top + 14), theme["text_dim"])
        ending = f"Ending: {self.title}"
        fonts.bold.draw(card, ending, (x, CARD.top + 30), theme["accent"])
        name = self.episode.portrait
        moods = self.ctx.assets.data(f"portraits/{name}")["moods"]
        frame = (moods.get(self.mood, 0) * 64, 0, 64, 64)
        portrait = self.ctx.assets.image(f"portraits/{name}")
        card.blit(portrait, (CARD.right - 84, CARD.top + 14), frame)
        fonts.regular.draw(
            card, "How you got here", (x, CARD.top + 92), theme["highlight"]
        )

    def _draw_rows(self, card: pygame.Surface, x: int, y: int) -> None:
        font, theme = self.ctx.assets.fonts.regular, self.theme
        answer_x = x + ANSWER_COLUMN
        for label, answer in self.rows:
            font.draw(card, label, (x, y), theme["text_dim"])
            for line in font.wrap(answer, CARD.right - 20 - answer_x):
                font.draw(card, line, (answer_x, y), theme["text"])
                y += font.line_height
            y += 6
