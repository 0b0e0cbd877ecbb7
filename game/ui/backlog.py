"""The dialogue backlog: what was said and chosen, and its full-screen view.

`BacklogEntry` is one remembered line or choice; `draw_backlog` shows the
newest entries that fit, scrolled back by a number of rows; `scroll_step`
reads the scrolling input.
"""

from __future__ import annotations

from dataclasses import dataclass

import pygame

from game.assets.font import Fonts
from game.assets.rich_text import Span, escape
from game.assets.uikit import UiKit
from game.input.actions import Action, ActionState
from game.ui.dialogue_view import PAD, SCREEN

BACKLOG_LIMIT = 200


@dataclass(frozen=True)
class BacklogEntry:
    speaker: str | None
    text: str
    choice: bool = False


def backlog_rows(
    fonts: Fonts, entries: list[BacklogEntry], width: int
) -> list[tuple[list[Span], str]]:
    """Every entry wrapped to `width`: (spans, colour) per screen row."""
    rows: list[tuple[list[Span], str]] = []
    for entry in entries:
        text = escape(entry.text)
        if entry.choice:
            rich, colour = "> " + text, "gold"
        elif entry.speaker:
            rich, colour = f"[b]{escape(entry.speaker)}:[/b] {text}", "white"
        else:
            rich, colour = text, "silver"
        rows.extend((line, colour) for line in fonts.wrap_rich(rich, width))
    return rows


def draw_backlog(
    surface: pygame.Surface,
    ui: UiKit,
    fonts: Fonts,
    entries: list[BacklogEntry],
    scroll: int,
) -> int:
    """Draw the backlog `scroll` rows up from the newest; returns the scroll
    clamped to what there is."""
    frame = pygame.Rect(32, 20, SCREEN[0] - 64, SCREEN[1] - 40)
    ui.draw_panel(surface, frame, "panel")
    fonts.bold.draw(surface, "Backlog", (frame.x + PAD, frame.y + 8), "mint")
    rows = backlog_rows(fonts, entries, frame.width - 2 * PAD)
    height = (frame.height - 36) // fonts.line_height
    end = max(len(rows) - scroll, 0)
    for n, (spans, colour) in enumerate(rows[max(end - height, 0) : end]):
        y = frame.y + 26 + n * fonts.line_height
        fonts.draw_rich(surface, spans, (frame.x + PAD, y), colour)
    return len(rows) - end


def scroll_step(actions: ActionState) -> int:
    """Rows to scroll towards the newest entries (negative: back in time)."""
    step = actions.menu_step()
    if actions.was_pressed(Action.SCROLL_UP):
        step -= 1
    if actions.was_pressed(Action.SCROLL_DOWN):
        step += 1
    return step
