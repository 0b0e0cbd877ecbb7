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
from game.minigame.hud import exact_percent, floor_percent, load_words
from game.minigame.result import MinigameResult
from game.scenes.base import Scene
from game.ui.menu import Menu, MenuItem

if TYPE_CHECKING:
    from game.play.context import Context

PANEL = pygame.Rect(112, 20, 416, 302)
PLOT = pygame.Rect(150, 132, 340, 104)
BUTTON_W, BUTTON_H, BUTTON_Y = 112, 20, 286
OUTCOME_LOOK = {
    "won": ("lime", "check"),
    "lost": ("coral", "warning"),
    "shutdown": ("gold", "lock"),
}


CLOCK_REASONS = ("time", "heart")  # losses where the shortfall is the cause


def headline(result: MinigameResult, words: dict[str, str]) -> str:
    """The outcome's title; a level may have its own (`result_won_LEVEL`)."""
    general = words.get(f"result_{result.outcome}", result.outcome)
    return words.get(f"result_{result.outcome}_{result.level}", general)


def cause(result: MinigameResult, words: dict[str, str]) -> str:
    """Why the run ended, in words; a run that ran out of time (or beats)
    also says what it was still short of (integrity, glitched bots, pigment)."""
    parts = [words.get(f"reason_{result.reason}", "")]
    if result.reason in CLOCK_REASONS:
        values = {
            "integrity": floor_percent(result.integrity),
            "target": exact_percent(result.integrity_target),
            "count": result.glitched_left,
        }
        parts += [words[f"missing_{name}"].format(**values) for name in result.missing]
    return " ".join(part for part in parts if part)


def integrity_floor(values: np.ndarray) -> float:
    """The plot's lowest integrity: a 5% step under the run's lowest value,
    at most 90%, so small losses still show."""
    low = float(values.min()) if values.size else 1.0
    return min(max(np.floor((low - 0.02) * 20) / 20, 0.0), 0.9)


def plot_points(
    values: np.ndarray, top: float, rect: pygame.Rect, bottom: float = 0.0
) -> list[tuple[int, int]]:
    """Up to one point per pixel column of `values` (bottom..top) inside `rect`."""
    if values.size == 0:
        return []
    columns = np.linspace(0, values.size - 1, num=min(rect.width, values.size)).astype(
        int
    )
    span = max(top - bottom, 1e-6)
    share = np.clip((values[columns] - bottom) / span, 0.0, 1.0)
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
        self.ctx.stack.remove(self)
        if self.on_done is not None:
            done, result = self.on_done, self.result
            self.ctx.stack.after(lambda: done(result))

    def _retry(self) -> None:
        self.ctx.stack.replace(self.ctx.screens.minigame(self.level_path, self.on_done))

    def update(self, actions: ActionState, dt: float) -> None:
        self.menu.move(actions.menu_side_step())
        self.menu.update(actions)

    # -- drawing ---------------------------------------------------------------
    def rgb(self, name: str) -> tuple[int, int, int]:
        return self.palette.rgb(name)

    def draw(self, surface: pygame.Surface, alpha: float) -> None:
        ui, fonts = self.ctx.assets.ui, self.ctx.assets.fonts
        r, w = self.result, self.words
        surface.fill(self.rgb("ink"))
        ui.draw_panel(surface, PANEL, "panel")
        colour, icon = OUTCOME_LOOK.get(r.outcome, ("white", "star"))
        title = headline(r, w)
        width = fonts.bold.measure(title)[0] + 16
        x = 320 - width // 2
        surface.blit(ui.icon(icon), (x, 31))
        fonts.bold.draw(surface, title, (x + 16, 31), colour)
        reason = cause(r, w)
        for i, line in enumerate(fonts.regular.wrap(reason, PANEL.width - 40)[:2]):
            fonts.regular.draw(
                surface, line, (320, 48 + i * 12), "mist", align="center"
            )
        self._stats(surface)
        self._plot(surface)
        self._menu(surface)

    def _stats(self, surface: pygame.Surface) -> None:
        ui, fonts = self.ctx.assets.ui, self.ctx.assets.fonts
        r, w = self.result, self.words
        cells = [
            (w["score"], f"{r.score}"),
            (w["time"], f"{int(r.time) // 60}:{int(r.time) % 60:02d}"),
            (w["peak_stress"], f"{r.peak_stress:.0f}"),
            (w["final_integrity"], f"{floor_percent(r.integrity)}%"),
        ]
        cell_w = (PANEL.width - 32 - 3 * 6) // 4
        for i, (label, value) in enumerate(cells):
            rect = pygame.Rect(PANEL.x + 16 + i * (cell_w + 6), 78, cell_w, 34)
            ui.draw_panel(surface, rect, "inset")
            fonts.regular.draw(
                surface, label, (rect.centerx, rect.y + 3), "mist", "center"
            )
            fonts.bold.draw(
                surface, value, (rect.centerx, rect.y + 17), "white", "center"
            )

    def _plot(self, surface: pygame.Surface) -> None:
        ui, fonts, w = self.ctx.assets.ui, self.ctx.assets.fonts, self.words
        r = self.result
        ui.draw_panel(surface, PLOT, "inset")
        inner = PLOT.inflate(-6, -6)
        for k in (1, 2, 3):  # quarter grid lines, dotted
            y = inner.bottom - 1 - k * (inner.height - 1) // 4
            for x in range(inner.left, inner.right, 4):
                surface.set_at((x, y), self.rgb("slate"))
        low = integrity_floor(r.integrity_history)
        stress = plot_points(r.stress_history, 100.0, inner)
        integrity = plot_points(r.integrity_history, 1.0, inner, low)
        for i in range(0, len(stress) - 1, 2):  # stress: a dashed line
            pygame.draw.line(surface, self.rgb("gold"), stress[i], stress[i + 1], 1)
        if len(integrity) > 1:
            pygame.draw.lines(surface, self.rgb("lime"), False, integrity, 2)
        self._axes(surface, low)
        y = PLOT.bottom + 16
        pygame.draw.line(
            surface, self.rgb("lime"), (PLOT.left, y + 6), (PLOT.left + 14, y + 6), 2
        )
        fonts.regular.draw(surface, w["plot_integrity"], (PLOT.left + 20, y), "silver")
        x = PLOT.centerx + 20
        for dx in range(0, 14, 4):
            pygame.draw.line(
                surface, self.rgb("gold"), (x + dx, y + 6), (x + dx + 1, y + 6)
            )
        fonts.regular.draw(surface, w["plot_stress"], (x + 20, y), "silver")

    def _axes(self, surface: pygame.Surface, low: float) -> None:
        """Integrity's range on the left, stress's on the right, time below."""
        font = self.ctx.assets.fonts.regular
        top, bottom = PLOT.top - 2, PLOT.bottom - 11
        font.draw(surface, "100%", (PLOT.left - 4, top), "lime", align="right")
        font.draw(
            surface, f"{low * 100:.0f}%", (PLOT.left - 4, bottom), "lime", align="right"
        )
        font.draw(surface, "100", (PLOT.right + 4, top), "gold")
        font.draw(surface, "0", (PLOT.right + 4, bottom), "gold")
        end = int(self.result.time)
        font.draw(surface, "0:00", (PLOT.left, PLOT.bottom + 2), "mist")
        font.draw(
            surface,
            f"{end // 60}:{end % 60:02d}",
            (PLOT.right, PLOT.bottom + 2),
            "mist",
            "right",
        )

    def _menu(self, surface: pygame.Surface) -> None:
        ui, fonts = self.ctx.assets.ui, self.ctx.assets.fonts
        self.menu.rects = []
        count = len(self.menu.items)
        left = 320 - (count * BUTTON_W + (count - 1) * 16) // 2
        for i, item in enumerate(self.menu.items):
            rect = pygame.Rect(left + i * (BUTTON_W + 16), BUTTON_Y, BUTTON_W, BUTTON_H)
            self.menu.rects.append((rect.x, rect.y, rect.w, rect.h))
            style = "button_focused" if i == self.menu.focus else "button"
            ui.draw_panel(surface, rect, style)
            fonts.bold.draw(
                surface,
                item.label,
                (rect.centerx, rect.y + 4),
                ui.text_colour(style),
                "center",
            )
