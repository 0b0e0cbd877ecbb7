"""UI frames from the built sheet assets/ui/ui.png + ui.json: 9-slice panels,
icons, cursor and pointer.

Load with `load_ui()` after the display mode is set. Composed panels are
cached per (style, size), so redrawing a still menu costs one blit.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pygame

from game.assets.files import load_image
from game.core.paths import assets_dir
from game.core.reading import read_text

RectLike = pygame.Rect | tuple[int, int, int, int]
CACHE_LIMIT = 256


@dataclass(frozen=True)
class Region:
    """A named picture on the sheet and what ui.json says about it."""

    rect: tuple[int, int, int, int]
    slice: tuple[int, int, int, int] | None = None
    text: str | None = None
    hotspot: tuple[int, int] = (0, 0)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Region:
        return cls(
            tuple(data["rect"]),
            tuple(data["slice"]) if "slice" in data else None,
            data.get("text"),
            tuple(data.get("hotspot", (0, 0))),
        )


class UiKit:
    """The UI sheet: `draw_panel`, `icon`, `image`, `text_colour`."""

    def __init__(self, sheet: pygame.Surface, regions: dict[str, Region]):
        self._sheet = sheet
        self.regions = regions
        self._images: dict[str, pygame.Surface] = {}
        self._panels: dict[tuple[str, int, int], pygame.Surface] = {}

    @classmethod
    def load(cls, folder: Path | None = None) -> UiKit:
        folder = folder or assets_dir() / "ui"
        data = json.loads(read_text(folder / "ui.json"))
        sheet = load_image(folder / "ui.png")
        regions = {name: Region.from_json(r) for name, r in data["regions"].items()}
        return cls(sheet, regions)

    def region(self, name: str) -> Region:
        try:
            return self.regions[name]
        except KeyError:
            known = ", ".join(sorted(self.regions))
            raise KeyError(f"no UI region {name!r}; known: {known}") from None

    def image(self, name: str) -> pygame.Surface:
        """The region's picture (a shared surface: do not draw on it)."""
        image = self._images.get(name)
        if image is None:
            image = self._sheet.subsurface(self.region(name).rect)
            self._images[name] = image
        return image

    def icon(self, name: str) -> pygame.Surface:
        """An icon by short name ('check', 'lock', 'gear', 'save', 'load',
        'speaker', 'music', 'keyboard', 'gamepad', 'star', 'arrow_down',
        'warning')."""
        return self.image(f"icon_{name}")

    def text_colour(self, style: str) -> str:
        """The palette colour name for text on frame `style`."""
        return self.region(style).text or "white"

    def hotspot(self, name: str) -> tuple[int, int]:
        return self.region(name).hotspot

    def panel(self, style: str, size: tuple[int, int]) -> pygame.Surface:
        """Frame `style` 9-sliced to exactly `size` (cached)."""
        key = (style, max(size[0], 0), max(size[1], 0))
        panel = self._panels.get(key)
        if panel is None:
            if len(self._panels) >= CACHE_LIMIT:
                del self._panels[next(iter(self._panels))]
            panel = self._nine_slice(style, key[1], key[2])
            self._panels[key] = panel
        return panel

    def draw_panel(
        self, surface: pygame.Surface, rect: RectLike, style: str = "panel"
    ) -> pygame.Rect:
        """Draw frame `style` filling `rect`; styles: panel, inset, plate,
        button, button_focused, button_pressed, button_disabled, bar, bar_fill."""
        rect = pygame.Rect(rect)
        return surface.blit(self.panel(style, rect.size), rect.topleft)

    def _nine_slice(self, style: str, width: int, height: int) -> pygame.Surface:
        region = self.region(style)
        if region.slice is None:
            raise KeyError(f"UI region {style!r} is not a 9-slice frame")
        source = self.image(style)
        out = pygame.Surface((width, height), pygame.SRCALPHA)
        for src, dst in _slice_pairs(source.get_size(), region.slice, (width, height)):
            _tile(out, source.subsurface(src), dst)
        return out


def _spans(
    size: int, low: int, high: int, target: int
) -> list[tuple[int, int, int, int]]:
    """(src_start, src_len, dst_start, dst_len) for the three bands of one axis."""
    middle = size - low - high
    return [
        (0, low, 0, low),
        (low, middle, low, max(target - low - high, 0)),
        (size - high, high, target - high, high),
    ]


def _slice_pairs(
    size: tuple[int, int], margins: tuple[int, int, int, int], target: tuple[int, int]
) -> list[tuple[pygame.Rect, pygame.Rect]]:
    """Source and destination rects of the nine pieces, centre first, corners last."""
    left, top, right, bottom = margins
    cols = _spans(size[0], left, right, target[0])
    rows = _spans(size[1], top, bottom, target[1])
    order = [(1, 1), (1, 0), (1, 2), (0, 1), (2, 1), (0, 0), (2, 0), (0, 2), (2, 2)]
    pairs = []
    for col, row in order:
        sx, sw, dx, dw = cols[col]
        sy, sh, dy, dh = rows[row]
        if dw > 0 and dh > 0:
            pairs.append((pygame.Rect(sx, sy, sw, sh), pygame.Rect(dx, dy, dw, dh)))
    return pairs


def _tile(out: pygame.Surface, piece: pygame.Surface, dst: pygame.Rect) -> None:
    """Repeat `piece` over `dst`, clipped to it."""
    pw, ph = piece.get_size()
    clip = out.get_clip()
    out.set_clip(dst.clip(clip))
    for y in range(dst.top, dst.bottom, ph):
        for x in range(dst.left, dst.right, pw):
            out.blit(piece, (x, y))
    out.set_clip(clip)


def load_ui(folder: Path | None = None) -> UiKit:
    """The UI kit from assets/ui (call after pygame.display.set_mode)."""
    return UiKit.load(folder)
