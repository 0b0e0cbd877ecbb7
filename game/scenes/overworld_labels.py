"""The overworld's words over the map: a door's plate and a bark bubble.

Contract: `draw_door_label(surface, stage, offset, fonts)` draws the plate
of the door the player is near (the stage says which; the plate sits over
the door, inside the view); `draw_bark(surface, stage, offset, fonts)` draws
the stage's bark bubble over its speaker's head, wrapped to `bark_width`,
with a small tail pointing down at the speaker.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.world.prompt import place_above, place_plate

if TYPE_CHECKING:
    from game.assets.font import Fonts
    from game.world.stage import MapStage

PLATE = ("night", "teallite", "white")  # fill, edge, text (palette names)
BUBBLE = ("white", "ink", "ink")
TAIL = 3  # pixels the bubble's tail reaches below it
ROOM = 3  # extra inset of a bubble's text on every side


def draw_door_label(
    surface: pygame.Surface, stage: MapStage, offset: tuple[int, int], fonts: Fonts
) -> None:
    found = stage.door_label()
    if found is None:
        return
    size = fonts.regular.measure(found.text)
    rise = stage.tuning.prompt_rise + stage.tuning.prompt_head_lift
    box = place_plate(found.door.shape.rect, size, offset, rise, surface.get_size())
    _panel(surface, pygame.Rect(box.panel), fonts, PLATE)
    fonts.regular.draw(surface, found.text, box.text_at, PLATE[2])


def draw_bark(
    surface: pygame.Surface, stage: MapStage, offset: tuple[int, int], fonts: Fonts
) -> None:
    bubble = stage.barks.bubble
    if bubble is None:
        return
    tuning = stage.tuning
    lines = fonts.regular.wrap(bubble.text, tuning.bark_width) or [bubble.text]
    width = max(fonts.regular.measure(line)[0] for line in lines)
    size = (width + 2 * ROOM, len(lines) * fonts.line_height + 2 * ROOM)
    rise = tuning.prompt_rise + tuning.prompt_head_lift
    box = place_above(bubble.actor.box(), size, offset, rise, surface.get_size())
    panel = pygame.Rect(box.panel)
    _panel(surface, panel, fonts, BUBBLE)
    _tail(surface, panel, bubble.actor.x - offset[0], fonts)
    for row, line in enumerate(lines):
        at = (box.text_at[0] + ROOM, box.text_at[1] + ROOM + row * fonts.line_height)
        fonts.regular.draw(surface, line, at, BUBBLE[2])


def _panel(
    surface: pygame.Surface, panel: pygame.Rect, fonts: Fonts, look: tuple[str, ...]
) -> None:
    pygame.draw.rect(surface, fonts.regular.rgb(look[0]), panel)
    pygame.draw.rect(surface, fonts.regular.rgb(look[1]), panel, 1)


def _tail(surface: pygame.Surface, panel: pygame.Rect, x: float, fonts: Fonts) -> None:
    """A small triangle under the bubble, towards the speaker's x."""
    tip_x = min(max(round(x), panel.left + TAIL + 1), panel.right - TAIL - 2)
    top = panel.bottom - 1
    points = [(tip_x - TAIL, top), (tip_x + TAIL, top), (tip_x, top + TAIL)]
    pygame.draw.polygon(surface, fonts.regular.rgb(BUBBLE[0]), points)
    pygame.draw.lines(
        surface, fonts.regular.rgb(BUBBLE[1]), False, points[1:] + points[:1]
    )
