"""Draw one feed's tissue each frame, as palette codes scaled to the view.

Contract: `TissueLayer(state).paint(view)` fills `view`, a VIEW_H x VIEW_W
uint8 image (the renderer's `ViewCanvas.view`), with the palette codes of
the current feed's tissue, each cell a CELL_PX x CELL_PX block;
`tissue_palette` gives the colour of each code. A cell's shade is its static
tone (`tissue_look`) lowered by lost integrity; decay (ochre to umber pits),
pigment, inflammation and firewalls override it. Reads the state, never
changes it.
"""

from __future__ import annotations

import numpy as np

from game.art.palette import Palette
from game.minigame.spec import FEED_H, FEED_W, Tissue
from game.minigame.state import SimState
from game.minigame.tissue_look import (
    SHADES,
    TEXTURE_SEED,
    bayer_dither,
    smooth_noise,
    tissue_tone,
)
from game.minigame.view import CELL_PX

F32 = np.float32

# Ramps of palette names, dark -> bright; a cell's tone picks one.
RAMPS = {
    Tissue.VOID: ("ink", "ink", "ink", "night", "night", "night", "slate", "slate"),
    Tissue.ENAMEL: (
        "steel",
        "mist",
        "mist",
        "silver",
        "silver",
        "ice",
        "white",
        "white",
    ),
    Tissue.DENTIN: ("brown", "tan", "tan", "peach", "peach", "cream", "cream", "cream"),
    Tissue.PULP: ("umber", "wine", "wine", "red", "red", "red", "coral", "salmon"),
    Tissue.GUM: ("umber", "umber", "wine", "wine", "wine", "red", "red", "coral"),
}
DECAY_RAMP = ("ochre", "brown", "brown", "umber")
PIGMENT_RAMP = ("lilac", "violet")
HOSTILE_RAMP = ("lilac", "violet")
WALL_COLOUR = "gold"
DECAY_CODE = len(RAMPS) * SHADES
PIGMENT_CODE = DECAY_CODE + len(DECAY_RAMP)
HOSTILE_CODE = PIGMENT_CODE + len(PIGMENT_RAMP)
WALL_CODE = HOSTILE_CODE + len(HOSTILE_RAMP)
DAMAGE_SHADES = F32(4.0)  # a cell at integrity 0 is this many shades darker


def tissue_palette(palette: Palette) -> list[tuple[int, int, int]]:
    """The colour of each tissue code, code 0 first (WALL_CODE + 1 of them)."""
    colours = [palette.rgb(name) for tissue in Tissue for name in RAMPS[tissue]]
    colours += [palette.rgb(n) for n in (*DECAY_RAMP, *PIGMENT_RAMP, *HOSTILE_RAMP)]
    colours.append(palette.rgb(WALL_COLOUR))
    return colours


class TissueLayer:
    """The tissue of one feed as palette codes, CELL_PX pixels a cell."""

    def __init__(self, state: SimState) -> None:
        self.state = state
        self.codes = np.zeros((FEED_H, FEED_W), np.uint8)
        self.pairs = np.zeros((FEED_H, FEED_W), np.uint16)
        self.level = np.zeros((FEED_H, FEED_W), np.float32)
        self.mask = np.zeros((FEED_H, FEED_W), bool)
        self.pits = (
            smooth_noise(np.random.default_rng(TEXTURE_SEED + 1), (FEED_H, FEED_W), 1)
            - 0.5
        ) * F32(1.2) + bayer_dither((FEED_H, FEED_W)) * F32(0.6)
        self.looks: dict[int, tuple[np.ndarray, np.ndarray]] = {}
        self.feed = -1

    def prepare(self) -> None:
        """Build the look of every feed now (tens of ms each), so that a
        feed switch during play costs no more than any other frame."""
        for index in range(len(self.state.spec.all_feeds())):
            self._look(index)

    def _look(self, index: int) -> tuple[np.ndarray, np.ndarray]:
        """The static tone and base codes of feed `index`, built once."""
        if index not in self.looks:
            s = self.state
            feed = s.spec.all_feeds()[index]
            kind = s.grid.kind[feed.y : feed.y + FEED_H, feed.x : feed.x + FEED_W]
            nerves = tuple((n.x - feed.x, n.y - feed.y) for n in s.spec.nerves)
            tone = tissue_tone(kind, nerves) - DAMAGE_SHADES
            base = (kind * np.uint8(SHADES)).astype(np.uint8)
            self.looks[index] = (tone.astype(np.float32), base)
        return self.looks[index]

    def _select(self) -> None:
        s = self.state
        index = s.vitals.feed
        feed = s.spec.all_feeds()[index]
        self.rows = slice(feed.y, feed.y + FEED_H)
        self.cols = slice(feed.x, feed.x + FEED_W)
        self.tone, self.base = self._look(index)
        self.feed = index

    def _override(
        self, field: np.ndarray, threshold: float, code: int, steps: int
    ) -> None:
        """Cells of `field` over `threshold` take `code` plus a pitted shade;
        worked out only at those cells, by flat index (a 2-D fancy index
        costs several times more)."""
        view = field[self.rows, self.cols]
        np.greater(view, np.float32(threshold), out=self.mask)
        cells = np.flatnonzero(self.mask)
        if cells.size == 0:
            return
        shade = view.ravel()[cells] if view.flags.c_contiguous else view[self.mask]
        shade *= np.float32(steps)
        shade += self.pits.ravel()[cells]
        np.clip(shade, 0.0, steps - 0.01, out=shade)
        shade += np.float32(code)
        self.codes.ravel()[cells] = shade.astype(np.uint8)

    def paint(self, view: np.ndarray) -> None:
        """The current feed's codes, each cell a CELL_PX square, into `view`
        (its rows must start on even addresses: a cell's row of CELL_PX = 2
        pixels is one 16-bit write)."""
        self._update()
        # both bytes of code * 257 are the code
        np.multiply(self.codes, np.uint16(257), out=self.pairs)
        pairs = view.view(np.uint16)
        for dy in range(CELL_PX):
            pairs[dy::CELL_PX] = self.pairs

    def _update(self) -> None:
        """self.codes = the current feed's tissue codes, one per cell."""
        s = self.state
        if s.vitals.feed != self.feed:
            self._select()
        g = s.grid
        np.multiply(g.integrity[self.rows, self.cols], DAMAGE_SHADES, out=self.level)
        self.level += self.tone
        np.clip(self.level, 0.0, SHADES - 1, out=self.level)
        np.copyto(self.codes, self.level, casting="unsafe")
        self.codes += self.base
        self._override(g.decay, 0.15, DECAY_CODE, len(DECAY_RAMP))
        if g.pigment_start > 0.0:
            self._override(g.pigment, 0.2, PIGMENT_CODE, len(PIGMENT_RAMP))
        if s.spec.behaviour.hostile_gain > 0.0:
            self._override(g.hostile, 0.15, HOSTILE_CODE, len(HOSTILE_RAMP))
        if s.segments:
            np.greater(g.wall[self.rows, self.cols], 0, out=self.mask)
            self.codes[self.mask] = WALL_CODE
