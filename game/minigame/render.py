"""The minigame's frame compositor: tissue, firewalls, bots, effects.

Contract: `MinigameRenderer(state, palette, reduce_flashes,
colourblind).draw(target)` draws one frame of a running level onto the view
area of a 640x360 canvas, in layer order: tissue (`tissue_layer`), firewall
glow and bots (`bot_layer`) and the other effects (`effects`). The HUD is in `hud.py`;
the reticle and firewall preview are drawn by the scene through
`renderer.effects`. Reads the state, never changes it.
"""

from __future__ import annotations

import pygame

from game.art.palette import Palette, load_palette
from game.minigame.bot_layer import BotLayer
from game.minigame.effects import Effects
from game.minigame.state import SimState
from game.minigame.tissue_layer import TissueLayer


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
        self.tissue = TissueLayer(state, palette)
        self.bots = BotLayer(state, palette, reduce_flashes, colourblind)
        self.effects = Effects(state, palette, reduce_flashes)

    def draw(self, target: pygame.Surface) -> None:
        self.tissue.draw(target)
        self.effects.draw_walls(target)
        self.bots.draw(target)
        self.effects.draw(target)
