"""How the dialogue box looks: its layout and the drawing of the box's parts.

Pure drawing helpers: each takes the fonts and UI kit plus the data to show
(a page of text, a speaker's name, a portrait frame, the options) and draws
it; none holds state. `DialogueBoxScene` decides what is shown.
"""

from __future__ import annotations

import pygame

from game.assets.font import Fonts
from game.assets.rich_text import Span, escape
from game.assets.uikit import UiKit
from game.dialogue.runner import Options
from game.ui.textbox import Page

SCREEN = (640, 360)
BOX = pygame.Rect(16, 240, 608, 108)
PORTRAIT = 64
PAD = 12
OPTION_ROW = 16
ROLE_GAP = 8  # between the name and the role on the name plate
ROLE_COLOUR = "mist"
SCREEN_MARGIN = 4  # the options panel's top never goes higher
ROW_PAD = 4  # an option row's height beyond its lines of text
OPTION_INSET = 6  # text inset from an option row's left edge
LOCK_ROOM = 15  # the lock icon and its gap, before an unavailable option


def text_rect(has_portrait: bool) -> pygame.Rect:
    """Where the line's text goes: right of the portrait when there is one."""
    left = BOX.x + PAD + (PORTRAIT + PAD if has_portrait else 0)
    return pygame.Rect(left, BOX.y + PAD, BOX.right - PAD - left, BOX.height - 2 * PAD)


def option_text_width(row_width: int) -> int:
    """How wide an option's text may run in a row `row_width` wide (room
    kept for the lock of an unavailable option)."""
    return row_width - 2 * OPTION_INSET - LOCK_ROOM


def option_lines(fonts: Fonts, text: str, row_width: int) -> list[list[Span]]:
    """An option's text wrapped to its row (never cut: long options wrap)."""
    return fonts.wrap_rich(escape(text), option_text_width(row_width))


def option_rects(fonts: Fonts, texts: list[str]) -> list[pygame.Rect]:
    """One row per option, as tall as its wrapped text, in a panel
    right-aligned above the box and no wider than it."""
    widest = max([fonts.measure_rich(escape(t))[0] for t in texts] + [120])
    width = min(widest + 2 * PAD + 2 * OPTION_INSET + LOCK_ROOM, BOX.width)
    heights = [
        len(option_lines(fonts, t, width - 12)) * fonts.line_height + ROW_PAD
        for t in texts
    ]
    # Above the box; options too tall for that cover the line instead.
    top = max(BOX.y - 8 - sum(heights) - PAD, SCREEN_MARGIN)
    rects = []
    for height in heights:
        rects.append(
            pygame.Rect(BOX.right - width + 6, top + PAD // 2, width - 12, height)
        )
        top += height
    return rects


def portrait_frame(
    loaded: tuple[pygame.Surface, dict[str, int]] | None, mood: str | None
) -> pygame.Surface | None:
    """The square frame for `mood` (neutral by default) from a loaded portrait
    strip and its moods; None when the portrait did not load."""
    if loaded is None:
        return None
    sheet, moods = loaded
    index = moods.get(mood or "neutral", next(iter(moods.values()), 0))
    size = sheet.get_height()
    if (index + 1) * size > sheet.get_width():
        index = 0
    return sheet.subsurface((index * size, 0, size, size))


def row_at(rects: list[pygame.Rect], pointer: tuple[int, int] | None) -> int | None:
    """Which of `rects` the pointer is over, if any."""
    if pointer is None:
        return None
    for n, rect in enumerate(rects):
        if rect.collidepoint(pointer):
            return n
    return None


def draw_portrait(
    surface: pygame.Surface, ui: UiKit, frame: pygame.Surface | None
) -> None:
    """The inset portrait slot, with `frame` in it when there is one."""
    slot = pygame.Rect(BOX.x + PAD - 2, BOX.y + PAD - 2, PORTRAIT + 4, PORTRAIT + 4)
    ui.draw_panel(surface, slot, "inset")
    if frame is not None:
        surface.blit(frame, (slot.x + 2, slot.y + 2))


def draw_name_plate(
    surface: pygame.Surface,
    ui: UiKit,
    fonts: Fonts,
    name: str,
    colour: str,
    role: str | None = None,
) -> None:
    """The speaker's name on a plate over the box's top-left corner, and their
    `role`, when given, after it in dim regular type."""
    name_width = fonts.bold.measure(name)[0]
    role_width = fonts.regular.measure(role)[0] + ROLE_GAP if role else 0
    height = fonts.line_height + 8
    width = name_width + role_width + 2 * PAD
    plate = pygame.Rect(BOX.x + 8, BOX.y + 2 - height, width, height)
    ui.draw_panel(surface, plate, "panel")
    fonts.bold.draw(surface, name, (plate.x + PAD, plate.y + 4), colour)
    if role:
        spot = (plate.x + PAD + name_width + ROLE_GAP, plate.y + 4)
        fonts.regular.draw(surface, role, spot, ROLE_COLOUR)


def draw_page(
    surface: pygame.Surface, fonts: Fonts, page: Page, rect: pygame.Rect, shown: int
) -> None:
    """The page's lines in `rect`, up to the typewriter's `shown` position."""
    for row, line in enumerate(page.lines):
        visible = max(0, min(line.length, shown - line.start))
        y = rect.y + row * fonts.line_height
        fonts.draw_rich(surface, line.spans, (rect.x, y), "white", max_chars=visible)


def draw_more_arrow(surface: pygame.Surface, ui: UiKit, clock: float) -> None:
    """The bobbing arrow in the box's corner: the page is done, press on."""
    bob = int(clock * 3) % 2
    icon = ui.icon("arrow_down")
    spot = (
        BOX.right - PAD - icon.get_width(),
        BOX.bottom - PAD - icon.get_height() + bob,
    )
    surface.blit(icon, spot)


def draw_options(
    surface: pygame.Surface,
    ui: UiKit,
    fonts: Fonts,
    options: Options,
    shown: list[tuple[int, pygame.Rect]],
    selected: int,
) -> None:
    """The options panel: (option index, row) pairs, the `selected`-th row
    highlighted, unavailable options greyed with a lock."""
    if not shown:
        return
    rects = [rect for _, rect in shown]
    ui.draw_panel(surface, rects[0].unionall(rects).inflate(12, PAD), "panel")
    for n, (index, rect) in enumerate(shown):
        option = options.options[index]
        if n == selected:
            ui.draw_panel(surface, rect, "button_focused")
        colour = "white" if option.available else "steel"
        x = rect.x + OPTION_INSET
        if not option.available:
            lock = ui.icon("lock")
            surface.blit(lock, (x, rect.y + (OPTION_ROW - lock.get_height()) // 2))
            x += LOCK_ROOM
        for row, line in enumerate(option_lines(fonts, option.text, rect.width)):
            y = rect.y + 2 + row * fonts.line_height
            fonts.draw_rich(surface, line, (x, y), colour)


def draw_modes(surface: pygame.Surface, fonts: Fonts, auto: bool, skip: bool) -> None:
    """'AUTO' and/or 'SKIP' at the box's top-right while they are on."""
    marks = [word for word, on in (("AUTO", auto), ("SKIP", skip)) if on]
    if marks:
        fonts.regular.draw(
            surface, "  ".join(marks), (BOX.right - PAD, BOX.y + 4), "mint", "right"
        )
