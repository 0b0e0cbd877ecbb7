"""How the Save and Load screens look: the slot list, the focused slot's
details (picture, episode, place, date, or what is wrong with it) and the
footer. Pure drawing helpers; `SaveLoadScene` decides what is shown.
"""

from __future__ import annotations

import pygame

from game.assets.font import BitmapFont, Fonts
from game.assets.uikit import UiKit
from game.play.notices import Notice
from game.save.errors import LoadError
from game.save.model import SaveGame
from game.save.slots import SlotSummary
from game.ui.scroll import ScrollWindow
from game.ui.slot_labels import clock_text, episode_title, short_date, slot_title
from game.ui.theme import Theme

LIST = pygame.Rect(12, 34, 276, 296)
DETAIL = pygame.Rect(298, 34, 330, 296)
ROW = 20
SHOT = pygame.Rect(DETAIL.left + 5, DETAIL.top + 5, 320, 180)


def draw_header(
    surface: pygame.Surface, ui: UiKit, fonts: Fonts, theme: Theme, saving: bool
) -> None:
    """The shade over the game below, and the screen's icon and title."""
    shade = pygame.Surface(surface.get_size())
    shade.fill(theme["backdrop"])
    shade.set_alpha(200)  # the game below stays faintly visible
    surface.blit(shade, (0, 0))
    title = "Save game" if saving else "Load game"
    ui.draw_panel(surface, (LIST.left, 8, 18, 18), "inset")
    icon = ui.icon("save" if saving else "load")
    surface.blit(icon, icon.get_rect(center=(LIST.left + 9, 17)))
    fonts.bold.draw(surface, title, (LIST.left + 26, 12), theme["accent"])


def draw_slot_list(
    surface: pygame.Surface,
    ui: UiKit,
    fonts: Fonts,
    theme: Theme,
    summaries: list[SlotSummary],
    focus: int,
    scroll: ScrollWindow,
) -> list[tuple[int, int, int, int]]:
    """The visible slot rows (scrolled to keep `focus` in view); returns each
    row's rect for the pointer (empty for rows scrolled out of sight)."""
    ui.draw_panel(surface, LIST, "panel")
    top, height = LIST.top + 8, max(ROW, fonts.line_height + 4)
    scroll.fits = (LIST.height - 16) // height
    rects = [(0, 0, 0, 0)] * len(summaries)
    for place, index in enumerate(scroll.follow(focus, len(summaries))):
        row = pygame.Rect(LIST.left + 6, top + place * height, LIST.width - 12, height)
        rects[index] = (row.x, row.y, row.w, row.h)
        draw_row(surface, ui, fonts, theme, row, summaries[index], index == focus)
    draw_more(surface, fonts.regular, theme, scroll, len(summaries))
    return rects


def draw_more(
    surface: pygame.Surface,
    font: BitmapFont,
    theme: Theme,
    scroll: ScrollWindow,
    count: int,
) -> None:
    """Arrows on the list's frame when slots are scrolled out of sight."""
    x = LIST.right - 12
    if scroll.more_above():
        font.draw(surface, "^", (x, LIST.top - 2), theme["accent"])
    if scroll.more_below(count):
        spot = (x, LIST.bottom - font.line_height + 2)
        font.draw(surface, "v", spot, theme["accent"])


def draw_row(
    surface: pygame.Surface,
    ui: UiKit,
    fonts: Fonts,
    theme: Theme,
    row: pygame.Rect,
    summary: SlotSummary,
    focused: bool,
) -> None:
    """One slot: its title on the left, its state or date on the right."""
    text_y = row.top + (row.height - fonts.regular.line_height) // 2 + 1
    if focused:
        ui.draw_panel(surface, row, "button_focused")
        fonts.regular.draw(surface, ">", (row.left + 4, text_y), theme["highlight"])
    name_colour = theme["highlight"] if focused else theme["text"]
    fonts.bold.draw(
        surface, slot_title(summary.slot), (row.left + 14, text_y), name_colour
    )
    right = (row.right - 6, text_y)
    if summary.error is not None:
        width = fonts.regular.measure("Damaged")[0]
        warn = ui.icon("warning")
        spot = (
            right[0] - width - warn.get_width() - 4,
            row.centery - warn.get_height() // 2,
        )
        surface.blit(warn, spot)
        fonts.regular.draw(surface, "Damaged", right, theme["warning"], align="right")
    elif summary.game is None:
        fonts.regular.draw(
            surface, "Empty", right, theme["text_disabled"], align="right"
        )
    else:
        text = f"Ep {summary.game.episode}  {short_date(summary.saved_at)}"
        name = fonts.bold.measure(slot_title(summary.slot))[0]
        if name + fonts.regular.measure(text)[0] + 30 > row.width:
            text = f"Ep {summary.game.episode}"  # large text: date in the detail
        fonts.regular.draw(surface, text, right, theme["text_dim"], align="right")


def draw_detail_frame(surface: pygame.Surface, ui: UiKit) -> None:
    ui.draw_panel(surface, DETAIL, "panel")
    ui.draw_panel(surface, SHOT.inflate(6, 6), "inset")


def draw_game(
    surface: pygame.Surface,
    fonts: Fonts,
    theme: Theme,
    game: SaveGame,
    shot: pygame.Surface | None,
) -> None:
    """A saved game: its picture, episode, place, date, play time, version."""
    if shot is not None:
        surface.blit(shot, shot.get_rect(center=SHOT.center))
    else:
        fonts.regular.draw(
            surface, "No picture", SHOT.center, theme["text_dim"], align="center"
        )
    x, y = DETAIL.left + 10, SHOT.bottom + 12
    regular = fonts.regular
    fonts.bold.draw(surface, episode_title(game.episode), (x, y), theme["accent"])
    regular.draw(surface, game.label or game.map, (x, y + 16), theme["text"])
    saved = f"Saved {short_date(game.saved_at)}"
    regular.draw(surface, saved, (x, y + 32), theme["text_dim"])
    played = f"Played {clock_text(game.play_time)}"
    spot = (DETAIL.right - 10, y + 32)
    regular.draw(surface, played, spot, theme["text_dim"], align="right")
    if game.game_version:
        version = f"Version {game.game_version}"
        regular.draw(surface, version, (x, y + 48), theme["text_disabled"])


def draw_damage(
    surface: pygame.Surface,
    ui: UiKit,
    fonts: Fonts,
    theme: Theme,
    error: LoadError,
) -> None:
    """A damaged slot: a warning and the reason."""
    warn = ui.icon("warning")
    surface.blit(warn, warn.get_rect(center=(SHOT.centerx, SHOT.centery - 10)))
    fonts.bold.draw(
        surface,
        "This save is damaged",
        (SHOT.centerx, SHOT.centery + 2),
        theme["warning"],
        align="center",
    )
    x, y = DETAIL.left + 10, SHOT.bottom + 12
    lines = fonts.regular.wrap(error.message, DETAIL.width - 20)
    for i, line in enumerate(lines[:4]):
        fonts.regular.draw(
            surface, line, (x, y + i * fonts.regular.line_height), theme["text"]
        )


def draw_backup_offer(
    surface: pygame.Surface, fonts: Fonts, theme: Theme, offer: str, has_backup: bool
) -> None:
    """Under a damaged slot on the Load screen: whether a backup exists."""
    colour = theme["good"] if has_backup else theme["text_dim"]
    spot = (DETAIL.left + 10, DETAIL.bottom - 20)
    fonts.regular.draw(surface, offer, spot, colour)


def draw_empty(
    surface: pygame.Surface, fonts: Fonts, theme: Theme, hint: str | None
) -> None:
    """An empty slot, with `hint` (how to save here) when there is one."""
    fonts.regular.draw(
        surface, "Empty slot", SHOT.center, theme["text_dim"], align="center"
    )
    if hint is not None:
        x, y = DETAIL.left + 10, SHOT.bottom + 12
        fonts.regular.draw(surface, hint, (x, y), theme["text"])


def draw_hint(
    surface: pygame.Surface, font: BitmapFont, theme: Theme, hint: str
) -> None:
    """The controls hint under the detail panel."""
    spot = (
        DETAIL.right - 4,
        min(LIST.bottom + 10, surface.get_height() - font.line_height),
    )
    font.draw(surface, hint, spot, theme["text_dim"], align="right")


def draw_notice(
    surface: pygame.Surface, ui: UiKit, font: BitmapFont, theme: Theme, notice: Notice
) -> None:
    """The last outcome (saved, an error) in a panel along the bottom, in the
    colour of its kind."""
    colour = theme[notice.kind.theme_role]
    width = DETAIL.right - LIST.left
    lines = font.wrap(notice.text, width - 20)
    height = 12 + len(lines) * font.line_height
    box = pygame.Rect(LIST.left, surface.get_height() - height - 2, width, height)
    ui.draw_panel(surface, box, "panel")
    for i, line in enumerate(lines):
        spot = (box.left + 10, box.top + 6 + i * font.line_height)
        font.draw(surface, line, spot, colour)


def fit_thumbnail(image: pygame.Surface) -> pygame.Surface:
    """`image` scaled by a whole number (at least 1) to fit the picture frame."""
    factor = max(
        1, min(SHOT.width // image.get_width(), SHOT.height // image.get_height())
    )
    return pygame.transform.scale_by(image, factor)
