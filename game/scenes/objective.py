"""The current objective on screen: a brief toast when it changes (overworld)
and one line under the pause menu.

Contract: `ObjectiveToast(seconds, current)` starts having seen `current`;
`update(objective, covered, dt)` starts showing a new, non-empty objective
for `seconds` once nothing covers the map (a change made during a
conversation shows when it ends; clearing shows nothing); `draw` puts it in
a panel at the bottom of the screen. `draw_objective_line` draws the
objective (if any) centred under the pause panel.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.ui.theme import Theme

if TYPE_CHECKING:
    from game.assets.gateway import Assets
    from game.play.context import Context

HEADING = "Objective"
PAD = (10, 6)  # text inset from the panel's edge, x and y
BOTTOM_MARGIN = 12
GAP = 6  # between the heading and the objective
SIDE_MARGIN = 20  # the panel keeps this far from the screen's sides


class ObjectiveToast:
    """See the module docstring."""

    def __init__(self, seconds: float, current: str = "") -> None:
        self.seconds = seconds
        self.seen = current
        self.text = ""
        self.left = 0.0

    def update(self, objective: str, covered: bool, dt: float) -> None:
        self.left = max(0.0, self.left - dt)
        if covered or objective == self.seen:
            return
        self.seen = objective
        self.text, self.left = (objective, self.seconds) if objective else ("", 0.0)

    @property
    def showing(self) -> bool:
        return self.left > 0.0

    def draw(self, surface: pygame.Surface, assets: Assets, theme: Theme) -> None:
        """The panel sits at the bottom of the screen, centred."""
        if self.showing:
            bottom = (surface.get_width() // 2, surface.get_height())
            _draw_panel(surface, assets, theme, self.text, bottom)


def draw_objective_line(
    surface: pygame.Surface, ctx: Context, theme: Theme, top: int
) -> pygame.Rect | None:
    """The story's objective in a panel centred at `top`; the panel, or None
    without an objective."""
    objective = ctx.story.objective if ctx.story is not None else ""
    if not objective:
        return None
    midtop = (surface.get_width() // 2, top)
    return _draw_panel(surface, ctx.assets, theme, objective, midtop)


def _draw_panel(
    surface: pygame.Surface,
    assets: Assets,
    theme: Theme,
    text: str,
    midtop: tuple[int, int],
) -> pygame.Rect:
    """ "Objective" and `text` in a panel whose top centre is `midtop`; the
    text wraps to stay on screen (large text); returns the panel."""
    fonts = assets.fonts
    heading_w = fonts.bold.measure(HEADING)[0]
    room = surface.get_width() - 2 * SIDE_MARGIN - heading_w - GAP - 2 * PAD[0]
    lines = fonts.regular.wrap(text, room) or [text]
    text_w = max(fonts.regular.measure(line)[0] for line in lines)
    height = len(lines) * fonts.line_height + 2 * PAD[1]
    box = pygame.Rect(0, 0, heading_w + GAP + text_w + 2 * PAD[0], height)
    box.midtop = midtop
    box.bottom = min(box.bottom, surface.get_height() - BOTTOM_MARGIN)
    assets.ui.draw_panel(surface, box, "panel")
    at = (box.left + PAD[0], box.top + PAD[1])
    fonts.bold.draw(surface, HEADING, at, theme["accent"])
    for row, line in enumerate(lines):
        where = (at[0] + heading_w + GAP, at[1] + row * fonts.line_height)
        fonts.regular.draw(surface, line, where, theme["text"])
    return box
