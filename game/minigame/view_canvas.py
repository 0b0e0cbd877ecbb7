"""The minigame view as one padded 8-bit image of palette codes.

Contract: `ViewCanvas(colours)` holds `codes`, a uint8 image of ROWS x ROW
(the view with PAD pixels on every side and SPARE_ROWS more at the bottom,
where drawers park what they do not show); `view` is its VIEW_H x VIEW_W
view area. The tissue, the firewalls (through `surface`, an 8-bit pygame
surface over the view area, for pygame.draw) and the bots write codes into
it, and `present(target)` blits the view area onto `target`'s top left in
one go, code c in `colours[c]` (`keyed=True`: code 0 left transparent).
Codes below BOT_BASE belong to the tissue and firewalls, codes from it up to
the bots, so a bot's code is always above what lies under it.
"""

from __future__ import annotations

import numpy as np
import pygame

from game.minigame.view import VIEW_H, VIEW_W

# Even, so a view row starts on a 16-bit boundary (the tissue writes pairs).
PAD = 6
SPARE_ROWS = 8
ROW = VIEW_W + 2 * PAD
ROWS = VIEW_H + 2 * PAD + SPARE_ROWS
BOT_BASE = 64

Colour = tuple[int, int, int]


class ViewCanvas:
    """Palette codes of the view, shown by one 8-bit blit."""

    def __init__(self, colours: list[Colour]) -> None:
        self.codes = np.zeros((ROWS, ROW), np.uint8)
        self.view = self.codes[PAD : PAD + VIEW_H, PAD : PAD + VIEW_W]
        full = colours + [(0, 0, 0)] * (256 - len(colours))
        area = (PAD, PAD, VIEW_W, VIEW_H)
        surfaces = []
        for keyed in (False, True):
            # over the array itself: what numpy writes, the blit shows
            whole = pygame.image.frombuffer(self.codes.data, (ROW, ROWS), "P")
            whole.set_palette(full)
            if keyed:
                whole.set_colorkey(0)
            surfaces.append(whole.subsurface(area))
        self.surface, self.keyed = surfaces

    def present(self, target: pygame.Surface, keyed: bool = False) -> None:
        target.blit(self.keyed if keyed else self.surface, (0, 0))
