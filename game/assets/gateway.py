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

from game.assets.files import AssetError, load_image
from game.assets.font import Fonts, load_fonts
from game.assets.uikit import UiKit
from game.core.paths import assets_dir
from game.core.reading import read_text

__all__ = ["AssetError", "Assets"]


class Assets:
    """A cache of images, portraits and JSON metadata under one root folder."""

    def __init__(self, root: Path | None = None) -> None:
        self.root = root or assets_dir()
        self._images: dict[str, pygame.Surface] = {}
        self._data: dict[str, Any] = {}
        self._portraits: dict[str, tuple[pygame.Surface, dict[str, int]] | None] = {}
        self._fonts: Fonts | None = None
        self._ui: UiKit | None = None

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
            surface = load_image(self.path(name, ".png"))
            self._images[name] = surface
        return surface

    def data(self, name: str) -> Any:
        """The JSON file `assets/<name>.json`, parsed once."""
        if name not in self._data:
            self._data[name] = json.loads(read_text(self.path(name, ".json")))
        return self._data[name]

    def exists(self, name: str, suffix: str = ".png") -> bool:
        return (self.root / f"{name}{suffix}").exists()

    def portrait(self, pid: str) -> tuple[pygame.Surface, dict[str, int]] | None:
        """assets/portraits/<pid>.png (a strip of square frames) and its mood
        map (mood -> frame index); None if either file is missing or broken."""
        if pid not in self._portraits:
            self._portraits[pid] = self._read_portrait(pid)
        return self._portraits[pid]

    def _read_portrait(self, pid: str) -> tuple[pygame.Surface, dict[str, int]] | None:
        folder = self.root / "portraits"
        try:
            data = json.loads(read_text(folder / f"{pid}.json"))
            image = load_image(folder / f"{pid}.png")
            moods = data.get("moods", {})
            if isinstance(moods, list):
                moods = {name: i for i, name in enumerate(moods)}
            return image, {str(k): int(v) for k, v in moods.items()}
        except (OSError, ValueError, TypeError, AttributeError):
            return None  # the art checks report broken portraits; play goes on

    @property
    def fonts(self) -> Fonts:
        """The game's bitmap fonts (regular and bold), loaded on first use."""
        if self._fonts is None:
            self._fonts = load_fonts(folder=self.root / "fonts")
        return self._fonts

    @property
    def ui(self) -> UiKit:
        """The UI kit (9-slice frames, icons, cursor), loaded on first use."""
        if self._ui is None:
            self._ui = UiKit.load(self.root / "ui")
        return self._ui

    def clear(self) -> None:
        """Forget everything cached (hot reload)."""
        self._images.clear()
        self._data.clear()
        self._portraits.clear()
        self._fonts = None
        self._ui = None
