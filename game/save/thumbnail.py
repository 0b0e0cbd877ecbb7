"""Thumbnails: a frame Surface <-> small PNG bytes. The one pygame edge of saves.

The frame is shrunk by whole-pixel sampling (no smoothing), so the thumbnail
keeps the palette's colours and crisp pixels. If a busy frame still encodes
above the 20 KB limit, smaller sizes are tried; the smallest always fits.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import TYPE_CHECKING

from game.save.model import MAX_THUMBNAIL_BYTES

if TYPE_CHECKING:
    import pygame

THUMBNAIL_SIZES = ((160, 90), (128, 72), (96, 54))


def encode_thumbnail(frame: pygame.Surface) -> bytes:
    """PNG bytes (<= MAX_THUMBNAIL_BYTES) of `frame` shrunk to 160x90 or less."""
    import pygame

    for size in THUMBNAIL_SIZES:
        small = pygame.transform.scale(frame, size).convert(24)
        data = _png_bytes(small)
        if len(data) <= MAX_THUMBNAIL_BYTES:
            return data
    raise ValueError("thumbnail could not be made small enough")  # unreachable


def decode_thumbnail(data: bytes) -> pygame.Surface | None:
    """The thumbnail as a Surface, or None if there is none or it is broken."""
    import pygame

    if not data:
        return None
    try:
        return pygame.image.load(io.BytesIO(data), "thumbnail.png")
    except (pygame.error, ValueError):
        return None


def _png_bytes(surface: pygame.Surface) -> bytes:
    import pygame

    buffer = io.BytesIO()
    pygame.image.save(surface, buffer, "thumbnail.png")
    return buffer.getvalue()


def capture_thumbnail(
    draw: Callable[[pygame.Surface], None], size: tuple[int, int] = (640, 360)
) -> bytes:
    """Draw a frame with `draw(surface)` off-screen and encode it: how a
    scene's save snapshot makes its picture without the overlays above it."""
    import pygame

    frame = pygame.Surface(size)
    draw(frame)
    return encode_thumbnail(frame)
