"""The result screen after a minigame level: outcome, score, a plot of
integrity and stress over the level, then Continue (hands the result to
`on_done`) or Retry (plays the level again)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import pygame

from game.art.palette import load_palette
from game.input.actions import ActionState
from game.minigame.hud import load_words
from game.minigame.result import MinigameResult
from game.scenes.base import Scene
from game.ui.menu import Menu, MenuItem

if TYPE_CHECKING:
    from game.context import Context

PLOT = pygame.Rect(170, 150, 300, 100)
OUTCOME_COLOURS = {"won": "lime", "lost": "coral", "shutdown": "gold"}


def plot_points(
    values: np.ndarray, top: float, rect: pygame.Rect
) -> list[tuple[int, int]]:
    """Up to one point per pixel column of `values` (0..top) inside `rect`."""
    if values.size == 0:
        return []
    columns = np.linspace(0, values.size - 1, num=min(rect.width, values.size)).astype(
        int
    )
    share = np.clip(values[columns] / max(top, 1e-6), 0.0, 1.0)
    xs = rect.left + np.linspace(0, rect.width - 1, num=columns.size).astype(int)
    ys = rect.bottom - 1 - (share * (rect.height - 1)).astype(int)
    return list(zip(xs.tolist(), ys.tolist(), strict=True))


class MinigameResultScene(Scene):
    """Shows `result`; Continue calls `on_done(result)` (or leaves)."""

    def __init__(
        self,
        ctx: Context,
        result: MinigameResult,
        on_done: Callable[[MinigameResult], None] | None,
        level_path: Path,
    ) -> None:
        super().__init__(ctx)
        self.result = result
        self.on_done = on_done
        self.level_path = level_path
        self.words = load_words()
        self.palette = load_palette()
        self.menu = Menu(
            [
                MenuItem(self.words["continue"], self._continue),
                MenuItem(self.words["retry"], self._retry),
            ]
        )

    def enter(self) -> None:
        self.ctx.audio.play_sound("win" if self.result.outcome == "won" else "lose")

    def _continue(self) -> None:
        self.ctx.stack.pop()
        if self.on_done is not None:
            done, result = self.on_done, self.result
            self.ctx.stack.after(lambda: done(result))

    def _retry(self) -> None:
        from game.scenes.minigame import MinigameScene

        self.ctx.stack.replace(MinigameScene(self.ctx, self.level_path, self.on_done))

    def update(self, actions: ActionState, dt: float) -> None:
        self.menu.update(actions)

    # -- drawing ---------------------------------------------------------------
    def rgb(self, name: str) -> tuple[int, int, int]:
        return self.palette.rgb(name)

    def draw(self, surface: pygame.Surface, alpha: float) -> None:
        fonts = self.ctx.assets.fonts
        r, w = self.result, self.words
        surface.fill(self.rgb("ink"))
        panel = pygame.Rect(150, 30, 340, 300)
        pygame.draw.rect(surface, self.rgb("night"), panel)
        pygame.draw.rect(surface, self.rgb("teal"), panel, 1)
        colour = OUTCOME_COLOURS.get(r.outcome, "white")
        fonts.bold.draw(
            surface, w[f"result_{r.outcome}"], (320, 42), colour, align="center"
        )
        reason = w.get(f"reason_{r.reason}", "")
        for i, line in enumerate(fonts.regular.wrap(reason, 310)):
            fonts.regular.draw(
                surface, line, (320, 58 + i * 12), "mist", align="center"
            )
        rows = [
            (w["score"], f"{r.score}"),
            (w["time"], f"{int(r.time) // 60}:{int(r.time) % 60:02d}"),
            (w["peak_stress"], f"{r.peak_stress:.0f}"),
            (w["final_integrity"], f"{r.integrity * 100:.1f}%"),
        ]
        for i, (label, value) in enumerate(rows):
            y = 86 + i * 13
            fonts.regular.draw(surface, label, (180, y), "silver")
            fonts.bold.draw(surface, value, (460, y), "white", align="right")
        self._plot(surface)
        self._menu(surface)

    def _plot(self, surface: pygame.Surface) -> None:
        fonts, w = self.ctx.assets.fonts, self.words
        pygame.draw.rect(surface, self.rgb("ink"), PLOT)
        pygame.draw.rect(surface, self.rgb("slate"), PLOT, 1)
        inner = PLOT.inflate(-4, -4)
        stress = plot_points(self.result.stress_history, 100.0, inner)
        integrity = plot_points(self.result.integrity_history, 1.0, inner)
        if len(stress) > 1:
            pygame.draw.lines(surface, self.rgb("gold"), False, stress, 1)
        if len(integrity) > 1:
            pygame.draw.lines(surface, self.rgb("lime"), False, integrity, 2)
        y = PLOT.bottom + 3
        fonts.regular.draw(
            surface, "= " + w["plot_integrity"], (PLOT.left + 12, y), "lime"
        )
        fonts.regular.draw(
            surface, "- " + w["plot_stress"], (PLOT.left + 150, y), "gold"
        )

    def _menu(self, surface: pygame.Surface) -> None:
        fonts = self.ctx.assets.fonts
        self.menu.rects = []
        for i, item in enumerate(self.menu.items):
            rect = pygame.Rect(200 + i * 130, 282, 110, 16)
            self.menu.rects.append((rect.x, rect.y, rect.w, rect.h))
            focused = i == self.menu.focus
            pygame.draw.rect(
                surface, self.rgb("tealdark" if focused else "slate"), rect
            )
            pygame.draw.rect(surface, self.rgb("gold" if focused else "steel"), rect, 1)
            colour = "gold" if focused else "white"
            fonts.regular.draw(
                surface, item.label, (rect.centerx, rect.y + 2), colour, align="center"
            )
