"""The minigame's frame compositor: tissue, firewalls, bots, effects.

Contract: `MinigameRenderer(state, palette, reduce_flashes,
colourblind).draw(target)` draws one frame of a running level onto the view
area of a 640x360 canvas, in layer order: tissue (`tissue_layer`), firewall
glow and bots (`bot_layer`) and the other effects (`effects`). The first
three are painted as palette codes into one `ViewCanvas` and reach `target`
in a single blit. The HUD is in `hud.py`; the reticle and firewall preview
are drawn by the scene through `renderer.effects`. Reads the state, never
changes it.
"""

from __future__ import annotations

import pygame

from game.art.palette import Palette, load_palette
from game.minigame.bot_layer import BotLayer
from game.minigame.effects import WALL_COLOURS, Effects
from game.minigame.state import SimState
from game.minigame.tissue_layer import TissueLayer, tissue_palette
from game.minigame.view_canvas import BOT_BASE, ViewCanvas


class MinigameRenderer:
    """Tissue, bots and effects of `state` onto a 640x360 canvas."""

    def __init__(
        self,
        state: SimState,
        palette: Palette | None = None,
        reduce_flashes: bool = False,
        colourblind: bool = False,
    ) -> None:
        palette = palette or load_palette()
        self.state = state
        self.tissue = TissueLayer(state)
        self.bots = BotLayer(state, palette, reduce_flashes, colourblind)
        self.effects = Effects(state, palette, reduce_flashes)
        under = tissue_palette(palette) + [palette.rgb(n) for n in WALL_COLOURS]
        under += [(0, 0, 0)] * (BOT_BASE - len(under))
        self.canvas = ViewCanvas(under + self.bots.colours)

    def draw(self, target: pygame.Surface) -> None:
        self.tissue.paint(self.canvas.view)
        self.effects.draw_walls(self.canvas.surface)
        painted = self.bots.paint(self.canvas)
        self.canvas.present(target)
        if not painted:
            self.bots.draw_few(target)
        self.effects.draw(target)
