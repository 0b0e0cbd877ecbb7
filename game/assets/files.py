"""The one place image files are read: path checks, conversion and clear errors.

Every PNG the game shows (sprites, tiles, portraits, fonts, the UI kit, the
HUD) is read through `load_image`, so a missing or broken file always names
the file and says how to fix it, and a surface is converted for fast
blitting once a window exists.
"""

from __future__ import annotations

import io
from pathlib import Path

import pygame

from game.core.reading import IMAGE_BYTES, read_limited

REBUILD_HINT = "rebuild the art: python -m game.tools.build_assets"


class AssetError(FileNotFoundError):
    """An asset that is missing or cannot be read; the message names the file."""


def load_image(path: Path, hint: str = REBUILD_HINT) -> pygame.Surface:
    """The image at `path`, with per-pixel alpha once a display mode is set.
    Raises AssetError naming the file (and `hint`) if it is missing or broken."""
    if not path.is_file():
        raise AssetError(f"missing image {path} ({hint})")
    try:
        data = read_limited(path, IMAGE_BYTES)
        image = pygame.image.load(io.BytesIO(data), path.name)
    except (pygame.error, OSError, ValueError) as exc:
        raise AssetError(f"cannot read image {path}: {exc} ({hint})") from None
    if pygame.display.get_surface() is not None:
        image = image.convert_alpha()
    return image
