"""Character looks: frames from assets/characters/<id>.png + .json, or a plain
stand-in figure while a character has no sheet yet.

Sheet JSON (written by game/art/build_characters.py):
  {"frame_width": 16, "frame_height": 32, "anchor": [8, 31],
   "rows": {"down": 0, "left": 1, "right": 2, "up": 3},
   "animations": {"idle": {"first": 0, "count": 2, "durations_ms": [620, 620]},
                  "walk": {"first": 2, "count": 4, "durations_ms": [130, ...]}}}
An animation's frames are `count` columns from `first` in the direction's
row; `anchor` is the feet point inside a frame.
"""

from __future__ import annotations

import json
import re
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pygame

from game.art.palette import Palette, load_palette
from game.assets.files import load_image
from game.core.paths import assets_dir
from game.core.reading import read_text

STAND_IN_COLOURS = ("teal", "blue", "coral", "violet", "moss", "ochre", "steel")


CHARACTER_ID = re.compile(r"[a-z0-9_]{1,64}")  # ids name files: no paths


@dataclass
class CharacterLook:
    """Frames per (direction, animation); `anchor` is the feet point in a frame."""

    frames: dict[tuple[str, str], list[pygame.Surface]]
    durations: dict[str, int]
    anchor: tuple[int, int]

    def frame(self, facing: str, moving: bool, clock_ms: int) -> pygame.Surface:
        kind = "walk" if moving else "idle"
        frames = self.frames.get((facing, kind)) or self.frames[("down", "idle")]
        step = max(self.durations.get(kind, 200), 1)
        return frames[(clock_ms // step) % len(frames)]


def load_look(character: str, folder: Path | None = None) -> CharacterLook:
    """The character's sheet if it exists and reads, else a stand-in figure."""
    folder = folder or assets_dir() / "characters"
    if not CHARACTER_ID.fullmatch(character):
        return stand_in(character[:32])  # the checker reports unknown npc ids
    sheet, meta = folder / f"{character}.png", folder / f"{character}.json"
    if sheet.is_file() and meta.is_file():
        try:
            return _from_sheet(sheet, json.loads(read_text(meta)))
        except (KeyError, ValueError, TypeError, OSError, pygame.error):
            pass  # the art checks report bad sheets; the world keeps running
    return stand_in(character)


def _from_sheet(path: Path, meta: dict[str, Any]) -> CharacterLook:
    image = load_image(path)
    fw, fh = meta["frame_width"], meta["frame_height"]
    frames: dict[tuple[str, str], list[pygame.Surface]] = {}
    durations: dict[str, int] = {}
    for direction, row in meta["rows"].items():
        for kind, spec in meta["animations"].items():
            columns = range(spec["first"], spec["first"] + spec["count"])
            frames[(direction, kind)] = [
                image.subsurface((col * fw, row * fh, fw, fh)) for col in columns
            ]
            durations[kind] = int(spec["durations_ms"][0])
    return CharacterLook(frames, durations, tuple(meta["anchor"]))


def stand_in(character: str, palette: Palette | None = None) -> CharacterLook:
    """A small figure in a colour picked from the id: clearly a placeholder."""
    palette = palette or load_palette()
    body = palette.rgb(
        STAND_IN_COLOURS[zlib.crc32(character.encode()) % len(STAND_IN_COLOURS)]
    )
    frames: dict[tuple[str, str], list[pygame.Surface]] = {}
    for direction in ("down", "up", "left", "right"):
        idle = _figure(palette, body, direction, 0)
        frames[(direction, "idle")] = [idle]
        frames[(direction, "walk")] = [_figure(palette, body, direction, 1), idle]
    return CharacterLook(frames, {"idle": 400, "walk": 160}, (8, 23))


def _figure(
    palette: Palette, body: tuple[int, int, int], facing: str, bob: int
) -> pygame.Surface:
    surface = pygame.Surface((16, 24), pygame.SRCALPHA)
    ink, skin, hair = palette.rgb("ink"), palette.rgb("peach"), palette.rgb("umber")
    top = 1 + bob
    pygame.draw.rect(surface, ink, (3, top + 8, 10, 14))
    pygame.draw.rect(surface, body, (4, top + 9, 8, 12))
    pygame.draw.rect(surface, ink, (4, top, 8, 9))
    pygame.draw.rect(surface, skin, (5, top + 1, 6, 7))
    pygame.draw.rect(surface, hair, (5, top + 1, 6, 2 if facing != "up" else 7))
    eyes = {"down": (6, 9), "left": (5,), "right": (10,)}.get(facing, ())
    for ex in eyes:
        surface.set_at((ex, top + 5), ink)
    surface.set_at((4, 23), ink)
    surface.set_at((11, 23), ink)
    return surface
