"""Assets: logical names to files under assets/, loaded once and cached.

`image("ui/ui")` loads assets/ui/ui.png converted for fast blitting. Loading
needs a display mode (pygame converts to the screen's format), so an Assets is
made after the window and nothing loads at import.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pygame

from game.core.paths import assets_dir


class AssetError(FileNotFoundError):
    """A named asset that is not on disk; the message names the file."""


class Assets:
    """A cache of images and JSON metadata under one root folder."""

    def __init__(self, root: Path | None = None) -> None:
        self.root = root or assets_dir()
        self._images: dict[str, pygame.Surface] = {}
        self._data: dict[str, Any] = {}
        self._fonts: Any = None
        self._ui: Any = None

    def path(self, name: str, suffix: str) -> Path:
        path = self.root / f"{name}{suffix}"
        if not path.exists():
            raise AssetError(
                f"missing asset {path} (rebuild: python -m game.tools.build_assets)"
            )
        return path

    def image(self, name: str) -> pygame.Surface:
        """The PNG `assets/<name>.png`, with per-pixel alpha, cached."""
        surface = self._images.get(name)
        if surface is None:
            surface = pygame.image.load(self.path(name, ".png")).convert_alpha()
            self._images[name] = surface
        return surface

    def data(self, name: str) -> Any:
        """The JSON file `assets/<name>.json`, parsed once."""
        if name not in self._data:
            self._data[name] = json.loads(
                self.path(name, ".json").read_text(encoding="utf-8")
            )
        return self._data[name]

    def exists(self, name: str, suffix: str = ".png") -> bool:
        return (self.root / f"{name}{suffix}").exists()

    @property
    def fonts(self) -> Any:
        """The game's bitmap fonts (regular and bold), loaded on first use."""
        if self._fonts is None:
            from game.ui.font import load_fonts

            self._fonts = load_fonts(folder=self.root / "fonts")
        return self._fonts

    @property
    def ui(self) -> Any:
        """The UI kit (9-slice frames, icons, cursor), loaded on first use."""
        if self._ui is None:
            from game.ui.panel import UiKit

            self._ui = UiKit.load(self.root / "ui")
        return self._ui

    def clear(self) -> None:
        """Forget everything cached (hot reload)."""
        self._images.clear()
        self._data.clear()
        self._fonts = None
        self._ui = None
