"""Theme: UI colour roles mapped to palette colours (assets/config/theme.json)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from game.art.palette import Palette, load_palette
from game.core.paths import assets_dir
from game.core.reading import read_text

RGB = tuple[int, int, int]


@dataclass(frozen=True)
class Theme:
    """Role name -> RGB colour, every one taken from the palette."""

    colors: dict[str, RGB]

    def __getitem__(self, role: str) -> RGB:
        return self.colors[role]


def load_theme(path: Path | None = None, palette: Palette | None = None) -> Theme:
    path = path or assets_dir() / "config" / "theme.json"
    palette = palette or load_palette()
    raw = json.loads(read_text(path))
    return Theme(
        {
            role: palette.rgb(name)
            for role, name in raw.items()
            if not role.startswith("_")
        }
    )
