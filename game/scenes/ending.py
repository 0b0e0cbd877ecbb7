"""The ending card: which ending was reached, and the choices that led there.

The card's rows come from the episode data (`summary` in episodes.json): each
names a story variable and the label to show for each of its values, so
writers decide what the card says.
"""

from __future__ import annotations

import pygame

from game.episodes import Episode
from game.input.actions import Action, ActionState
from game.scenes.base import Scene
from game.story import Value
from game.ui.theme import load_theme
from game.ui.timing import ease_in_out, timing

CARD = pygame.Rect(110, 44, 420, 272)


def summary_rows(
    episode: Episode, variables: dict[str, Value]
) -> list[tuple[str, str]]:
    """(question, answer) rows for the card, from the episode's summary spec."""
    rows = []
    for entry in episode.summary:
        value = variables.get(entry.variable)
        key = _value_key(value)
        answer = entry.answers.get(key, entry.answers.get("*", key))
        rows.append((entry.label, answer))
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
        variables = ctx.story.variables if ctx.story else {}
        self.rows = summary_rows(episode, variables)
        self.time = 0.0
        self.fade = timing("episode_card_fade")

    def enter(self) -> None:
        self.ctx.audio.play_music("ending")

    def update(self, actions: ActionState, dt: float) -> None:
        self.time += dt
        ready = self.time >= self.fade
        if ready and (
            actions.was_pressed(Action.CONFIRM) or actions.was_pressed(Action.POINTER)
        ):
            self.ctx.audio.play_sound("ui_confirm")
            self.ctx.flow.to_title()

    def draw(self, surface: pygame.Surface, alpha: float) -> None:
        theme, fonts = self.theme, self.ctx.assets.fonts
        surface.fill(theme["backdrop"])
        card = pygame.Surface(surface.get_size(), pygame.SRCALPHA)
        self.ctx.assets.ui.draw_panel(card, CARD, "panel")
        x = CARD.left + 20
        fonts.regular.draw(
            card,
            f"EPISODE {self.episode.number}  ·  {self.episode.title}",
            (x, CARD.top + 14),
            theme["text_dim"],
        )
        fonts.bold.draw(
            card, f"Ending: {self.title}", (x, CARD.top + 30), theme["accent"]
        )
        portrait = self.ctx.assets.image(f"portraits/{self.episode.portrait}")
        card.blit(portrait, (CARD.right - 84, CARD.top + 14), (0, 0, 64, 64))
        fonts.regular.draw(
            card, "How you got here", (x, CARD.top + 92), theme["highlight"]
        )
        y = CARD.top + 108
        for label, answer in self.rows:
            fonts.regular.draw(card, label, (x, y), theme["text_dim"])
            for line in fonts.regular.wrap(answer, CARD.width - 40):
                y += fonts.regular.line_height
                fonts.regular.draw(card, line, (x + 8, y), theme["text"])
            y += fonts.regular.line_height + 4
        fonts.regular.draw(
            card,
            "Z / Enter: continue",
            (CARD.right - 14, CARD.bottom - 18),
            theme["text_dim"],
            align="right",
        )
        card.set_alpha(int(255 * ease_in_out(self.time / self.fade)))
        surface.blit(card, (0, 0))
