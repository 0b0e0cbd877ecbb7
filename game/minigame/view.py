"""The minigame's view geometry: one feed of tissue cells drawn at a whole
number of canvas pixels per cell.

Contract: a feed (FEED_W x FEED_H cells) fills a VIEW_W x VIEW_H area of the
640x360 canvas at its top left; cell (x, y) of the feed is canvas pixel
(x * CELL_PX, y * CELL_PX). Every minigame drawer and the scene share it.
"""

from __future__ import annotations

from game.minigame.spec import FEED_H, FEED_W

CELL_PX = 2
VIEW_W, VIEW_H = FEED_W * CELL_PX, FEED_H * CELL_PX
