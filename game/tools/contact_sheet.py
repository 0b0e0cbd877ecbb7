"""Portraits beside overworld sprites, to judge that they match:
`python -m game.tools.contact_sheet OUT.png`.

One cell per character with a sprite sheet: its id, its neutral portrait (an
empty frame when it has none), then the sprite facing down, left, right and
up (idle frame 0) and its first walk frame facing right, on a neutral
background, the whole picture scaled 2x.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

import pygame

from game.assets.files import load_image
from game.assets.font import BitmapFont
from game.core.paths import assets_dir

SCALE = 2
COLUMNS = 2
PORTRAIT = 64
GAP = 4
LABEL = 10
CELL = (PORTRAIT + 6 * (16 + GAP) + GAP, LABEL + PORTRAIT + GAP)
BACKGROUND, FRAME, TEXT = "silver", "mist", "ink"
VIEWS = (("down", "idle"), ("left", "idle"), ("right", "idle"), ("up", "idle"))


def character_ids(folder: Path) -> list[str]:
    """Every character with a built sprite sheet, sorted."""
    return sorted(path.stem for path in folder.glob("*.json"))


def sprite_frames(folder: Path, character: str) -> list[pygame.Surface]:
    """Idle frame 0 in the four directions, then walk frame 0 facing right."""
    meta = json.loads((folder / f"{character}.json").read_text(encoding="utf-8"))
    sheet = load_image(folder / meta["image"])
    fw, fh = meta["frame_width"], meta["frame_height"]
    views = [*VIEWS, ("right", "walk")]
    return [
        sheet.subsurface(
            (meta["animations"][kind]["first"] * fw, meta["rows"][facing] * fh, fw, fh)
        )
        for facing, kind in views
    ]


def portrait(folder: Path, character: str) -> pygame.Surface | None:
    """The neutral mood of the character's portrait, or None without one."""
    meta_path = folder / f"{character}.json"
    if not meta_path.is_file():
        return None
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    width, height = meta["size"]
    column = meta["moods"]["neutral"]
    image = load_image(folder / f"{character}.png")
    return image.subsurface((column * width, 0, width, height))


def draw_cell(
    target: pygame.Surface, font: BitmapFont, character: str, origin: tuple[int, int]
) -> None:
    """The id, the portrait (or its empty frame) and the sprite views."""
    x, y = origin
    font.draw(target, character, (x, y), TEXT)
    top = y + LABEL
    face = portrait(assets_dir() / "portraits", character)
    pygame.draw.rect(target, font.rgb(FRAME), (x, top, PORTRAIT, PORTRAIT), 1)
    if face is not None:
        target.blit(face, (x, top))
    left = x + PORTRAIT + GAP
    for index, frame in enumerate(
        sprite_frames(assets_dir() / "characters", character)
    ):
        target.blit(
            frame, (left + index * (16 + GAP), top + PORTRAIT - frame.get_height())
        )


def render(out: Path) -> None:
    """Draw every character's cell on one sheet and save it at SCALE."""
    pygame.display.init()
    pygame.display.set_mode((1, 1))
    font = BitmapFont.load()
    ids = character_ids(assets_dir() / "characters")
    rows = -(-len(ids) // COLUMNS)
    canvas = pygame.Surface((CELL[0] * COLUMNS + GAP, CELL[1] * rows + GAP))
    canvas.fill(font.rgb(BACKGROUND))
    for index, character in enumerate(ids):
        column, row = index // rows, index % rows
        draw_cell(
            canvas, font, character, (GAP + column * CELL[0], GAP + row * CELL[1])
        )
    size = (canvas.get_width() * SCALE, canvas.get_height() * SCALE)
    pygame.image.save(pygame.transform.scale(canvas, size), str(out))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Portraits beside sprites, to PNG.")
    parser.add_argument("out", type=Path)
    args = parser.parse_args(argv)
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    render(args.out)
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
