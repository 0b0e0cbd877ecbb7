"""The F3 debug overlay: FPS, update and draw time, and a frame-time graph."""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import pygame

from game.ui.theme import Theme, load_theme

if TYPE_CHECKING:
    from game.assets.gateway import Assets

HISTORY = 120
GRAPH_HEIGHT = 40
BUDGET_MS = 1000.0 / 60.0


@dataclass
class DevOverlay:
    """Keeps the last frames' timings; draws them in the top-right corner."""

    visible: bool = False
    frames: deque[tuple[float, float, float]] = field(
        default_factory=lambda: deque(maxlen=HISTORY)
    )
    _theme: Theme | None = None

    def record(
        self, frame_s: float, update_s: float, draw_s: float, ticks: int
    ) -> None:
        self.frames.append((frame_s * 1000.0, update_s * 1000.0, draw_s * 1000.0))

    def summary(self) -> tuple[float, float, float]:
        """(frames per second, mean update ms, mean draw ms) over the history."""
        if not self.frames:
            return 0.0, 0.0, 0.0
        count = len(self.frames)
        frame = sum(f[0] for f in self.frames) / count
        update = sum(f[1] for f in self.frames) / count
        draw = sum(f[2] for f in self.frames) / count
        return (1000.0 / frame if frame else 0.0), update, draw

    def draw(self, surface: pygame.Surface, assets: Assets) -> None:
        theme = self._theme = self._theme or load_theme()
        fps, update, draw = self.summary()
        width = HISTORY + 8
        left = surface.get_width() - width - 4
        box = pygame.Rect(left, 4, width, GRAPH_HEIGHT + 34)
        surface.fill(theme["backdrop"], box)
        font = assets.fonts.regular
        font.draw(surface, f"{fps:5.1f} fps", (left + 4, 6), theme["text"])
        font.draw(
            surface,
            f"upd {update:4.2f} ms  drw {draw:4.2f} ms",
            (left + 4, 17),
            theme["text_dim"],
        )
        self._graph(surface, pygame.Rect(left + 4, 30, HISTORY, GRAPH_HEIGHT), theme)

    def _graph(self, surface: pygame.Surface, area: pygame.Rect, theme: Theme) -> None:
        scale = area.height / (2 * BUDGET_MS)
        budget_y = area.bottom - int(BUDGET_MS * scale)
        surface.fill(theme["graph_budget"], (area.left, budget_y, area.width, 1))
        for x, (_frame, update, draw) in enumerate(self.frames):
            up = min(area.height, int(update * scale) + 1)
            dr = min(area.height - up, int(draw * scale) + 1)
            surface.fill(
                theme["graph_update"], (area.left + x, area.bottom - up, 1, up)
            )
            surface.fill(
                theme["graph_draw"], (area.left + x, area.bottom - up - dr, 1, dr)
            )
