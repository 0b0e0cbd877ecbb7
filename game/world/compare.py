"""Pixel comparison of two RGBA images (used to prove render_map == tmxrasterizer)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pygame

from game.assets.files import load_image


def rgba(path: Path) -> np.ndarray:
    """(h, w, 4) uint8; fully transparent pixels zeroed so their RGB never counts."""
    image = load_image(path, "render it again")
    rgb = pygame.surfarray.array3d(image).transpose(1, 0, 2)
    alpha = pygame.surfarray.array_alpha(image).T[..., None]
    out = np.concatenate([rgb, alpha], axis=2).astype(np.uint8)
    out[out[..., 3] == 0] = 0
    return out


def differing_pixels(a: Path, b: Path) -> int:
    """How many pixels differ (-1 if the sizes differ)."""
    left, right = rgba(a), rgba(b)
    if left.shape != right.shape:
        return -1
    return int(np.any(left != right, axis=2).sum())
