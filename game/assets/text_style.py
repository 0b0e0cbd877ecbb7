"""Text style: the player's text size and high-contrast look, applied to
rendered lines (assets/config/text_style.json holds the steps and colours).

Contract: `TextStyle(scale, high_contrast)`; `style.finish(line, shadow)` takes a
1x line image and returns it scaled (and shadowed); `style.colour(rgb)` lifts
dim colours when high contrast is on. Metrics stay 1x; callers multiply.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from typing import Any, Protocol

import pygame

from game.core.paths import assets_dir
from game.core.reading import read_text

RGB = tuple[int, int, int]


class Restylable(Protocol):
    """Fonts that can take a new style (game.assets.font.Fonts)."""

    def set_style(self, style: TextStyle) -> None: ...


class TextSettings(Protocol):
    text_size: int
    high_contrast: bool


@cache
def text_style_config() -> dict[str, Any]:
    """assets/config/text_style.json (read once)."""
    path = assets_dir() / "config" / "text_style.json"
    data: dict[str, Any] = json.loads(read_text(path))
    return data


def size_steps() -> list[tuple[str, int]]:
    """(label, scale) for each text size the settings offer."""
    return [(s["label"], int(s["scale"])) for s in text_style_config()["sizes"]]


def _luminance(rgb: RGB) -> float:
    r, g, b = rgb
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


@dataclass
class TextStyle:
    """How lines are finished: whole-number `scale`, and `high_contrast`."""

    scale: int = 1
    high_contrast: bool = False

    def colour(self, rgb: RGB) -> RGB:
        """`rgb`, lifted toward white until it is light enough (high contrast)."""
        floor = float(text_style_config()["contrast"]["min_light"])
        light = _luminance(rgb)
        if not self.high_contrast or light >= floor:
            return rgb
        mix = (floor - light) / max(1.0, 255.0 - light)
        r, g, b = (round(c + (255 - c) * mix) for c in rgb)
        return (r, g, b)

    def finish(self, line: pygame.Surface, shadow: RGB) -> pygame.Surface:
        """The 1x `line` with a 1 px drop shadow (high contrast), then scaled."""
        if self.high_contrast:
            line = _shadowed(line, shadow)
        if self.scale > 1:
            line = pygame.transform.scale_by(line, self.scale)
        return line


def _shadowed(line: pygame.Surface, shadow: RGB) -> pygame.Surface:
    """`line` over its own silhouette in `shadow`, one pixel down and right."""
    mask = pygame.mask.from_surface(line)
    dark = mask.to_surface(setcolor=(*shadow, 255), unsetcolor=(0, 0, 0, 0))
    width, height = line.get_size()
    out = pygame.Surface((width + 1, height + 1), pygame.SRCALPHA)
    out.blit(dark, (1, 1))
    out.blit(line, (0, 0))
    return out


def apply_text_style(fonts: Restylable, settings: TextSettings) -> None:
    """Draw all later text at the player's text size and contrast."""
    fonts.set_style(TextStyle(max(1, settings.text_size), settings.high_contrast))
