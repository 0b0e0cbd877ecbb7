"""Where the interaction prompt ("Talk", "Look" ...), a door's plate and a
bark bubble go: pure geometry.

    box = place_prompt(target, font.measure(target.label), offset, tuning)
    draw_panel(box.panel); draw_text(target.label, box.text_at)

The prompt's panel is centred over the target, `prompt_rise` pixels above
it (an NPC's head, not its feet, by `prompt_head_lift` more), and never
above the screen's top margin. `place_above` puts any panel over an area the
same way and keeps it inside the view (a bubble over a head);
`place_plate` puts a door's plate beside a door in a top or bottom wall and
above one in a side wall, so it never covers the player in the doorway.
Coordinates are screen pixels (map minus `offset`).
"""

from __future__ import annotations

from dataclasses import dataclass

from game.world.model import NPC, Rect
from game.world.session import Target
from game.world.tuning import Tuning

PAD = (4, 2)  # text inset from the panel's edge, x and y
GAP = 8  # between the panel's bottom and the target's top
TOP_MARGIN = 2  # the panel never starts higher on screen than this


@dataclass(frozen=True)
class PromptBox:
    """The panel (x, y, w, h) and the text's top-left, in screen pixels."""

    panel: tuple[int, int, int, int]
    text_at: tuple[int, int]


def place_prompt(
    target: Target,
    text_size: tuple[int, int],
    offset: tuple[int, int],
    tuning: Tuning,
) -> PromptBox:
    """The box for `target`'s label of `text_size` (w, h) with the view's
    top-left at map pixel `offset`."""
    w, h = text_size
    area = target.area
    cx = round(area.x + area.w / 2) - offset[0]
    top = round(area.y) - offset[1] - h - GAP - tuning.prompt_rise
    if isinstance(target.obj, NPC):
        top -= tuning.prompt_head_lift
    x, y = cx - w // 2 - PAD[0], max(top, TOP_MARGIN)
    return PromptBox((x, y, w + 2 * PAD[0], h + 2 * PAD[1]), (x + PAD[0], y + PAD[1]))


def _size(text_size: tuple[int, int]) -> tuple[int, int]:
    return text_size[0] + 2 * PAD[0], text_size[1] + 2 * PAD[1]


def _box(x: int, y: int, w: int, h: int) -> PromptBox:
    return PromptBox((x, y, w, h), (x + PAD[0], y + PAD[1]))


def place_above(
    area: Rect,
    text_size: tuple[int, int],
    offset: tuple[int, int],
    rise: int,
    view: tuple[int, int],
) -> PromptBox:
    """A panel for text of `text_size` centred `rise` pixels above `area` (a
    map rectangle, e.g. an NPC's feet box: a bark bubble), kept inside the
    `view` (w, h): never above its top margin nor past its sides."""
    w, h = _size(text_size)
    cx = round(area.x + area.w / 2) - offset[0]
    y = max(round(area.y) - offset[1] - h - rise, TOP_MARGIN)
    x = min(max(cx - w // 2, TOP_MARGIN), view[0] - w - TOP_MARGIN)
    return _box(x, y, w, h)


def place_plate(
    area: Rect,
    text_size: tuple[int, int],
    offset: tuple[int, int],
    rise: int,
    view: tuple[int, int],
) -> PromptBox:
    """A door's plate, clear of whoever walks through the door: beside a
    wide door (one in a top or bottom wall: on its right or, without room
    there, its left), `rise` pixels above a tall one (in a side wall; high
    enough to clear a head), or beside it too when there is no room above."""
    w, h = _size(text_size)
    above = round(area.y) - offset[1] - h - rise
    if area.h > area.w and above >= TOP_MARGIN:
        return place_above(area, text_size, offset, rise, view)
    y = round(area.y + area.h / 2) - offset[1] - h // 2
    x = round(area.right) - offset[0] + GAP
    if x + w > view[0] - TOP_MARGIN:
        x = round(area.x) - offset[0] - GAP - w
    return _box(x, min(max(y, TOP_MARGIN), view[1] - h - TOP_MARGIN), w, h)
