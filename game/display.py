"""The window: a 640x360 logical canvas scaled by a whole number (pygame.SCALED).

Every scene draws on the logical canvas; SDL scales it to the window with
nearest-neighbour filtering and integer factors, so pixels stay crisp.
"""

from __future__ import annotations

import contextlib
import warnings
from pathlib import Path

import pygame

from game.assets.files import load_image
from game.core.paths import assets_dir

LOGICAL_SIZE = (640, 360)
TITLE = "Smile Protocol"


class Display:
    """Owns the window; applies scale and fullscreen from settings."""

    def __init__(
        self,
        scale: int = 0,
        fullscreen: bool = False,
        vsync: bool = True,
        position: tuple[int, int] | None = None,
    ) -> None:
        _set_icon()
        flags = pygame.SCALED
        try:
            self.surface = pygame.display.set_mode(
                LOGICAL_SIZE, flags, vsync=int(vsync)
            )
        except pygame.error:
            # Some drivers cannot honour vsync; the fixed-step loop still paces.
            self.surface = pygame.display.set_mode(LOGICAL_SIZE, flags)
        pygame.display.set_caption(TITLE)
        with warnings.catch_warnings():
            # pygame-ce 2.5 deprecates this bridge in favour of Window-only
            # rendering, but it is the one way to resize a SCALED window.
            warnings.simplefilter("ignore", DeprecationWarning)
            self.window = pygame.Window.from_display_module()
        self.fullscreen = False
        self.apply(scale, fullscreen)
        if position is not None and not fullscreen and self._on_desktop(position):
            self.window.position = position

    def _on_desktop(self, position: tuple[int, int]) -> bool:
        """True if a window placed at `position` keeps its top-left corner on
        the first desktop (a remembered place on a monitor since unplugged is not)."""
        width, height = pygame.display.get_desktop_sizes()[0]
        return 0 <= position[0] < width and 0 <= position[1] < height

    def position(self) -> tuple[int, int] | None:
        """Where the windowed window's top-left is on the desktop (None in
        fullscreen, where there is nothing to remember)."""
        if self.fullscreen:
            return None
        x, y = self.window.position
        return int(x), int(y)

    def max_scale(self) -> int:
        """The largest whole scale whose window fits the desktop."""
        width, height = pygame.display.get_desktop_sizes()[0]
        return max(1, min(width // LOGICAL_SIZE[0], height // LOGICAL_SIZE[1]))

    def apply(self, scale: int, fullscreen: bool) -> None:
        """Scale 0 means 'largest that fits'; fullscreen letterboxes at a
        whole scale."""
        if fullscreen != self.fullscreen:
            if fullscreen:
                self.window.set_fullscreen(desktop=True)
            else:
                self.window.set_windowed()
            self.fullscreen = fullscreen
        if not fullscreen:
            factor = min(scale, self.max_scale()) if scale else self.max_scale()
            self.window.size = (LOGICAL_SIZE[0] * factor, LOGICAL_SIZE[1] * factor)

    def present(self) -> None:
        pygame.display.flip()


def icon_path() -> str:
    return str(assets_dir() / "icon" / "icon.png")


def _set_icon() -> None:
    """The window icon (built by game/art/build_icon.py); a missing file is not
    worth stopping for, the window just keeps the system's icon."""
    with contextlib.suppress(pygame.error, FileNotFoundError):
        pygame.display.set_icon(load_image(Path(icon_path())))
