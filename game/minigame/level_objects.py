"""A level's objects -> the spec's seeds, glitch sources, nerves, waves, feeds.

Objects come from game.tiled (templates merged, properties typed). Classes:
CavitySeed, GlitchSource, NervePoint, SabotageWave (points or rects; a
rect's centre and half its smaller side), PatientFeed (rects exactly one
screen big). Positions become tissue cells. Pure, no pygame.
"""

from __future__ import annotations

from typing import Any

from game.minigame.level_report import Report
from game.minigame.spec import (
    CELLS_PER_TILE,
    FEED_H,
    FEED_W,
    CavitySeed,
    GlitchSource,
    NervePoint,
    PatientFeed,
    SabotageWave,
)
from game.tiled.errors import object_where
from game.tiled.model import TiledMap, TiledObject

OBJECT_CLASSES = (
    "CavitySeed",
    "GlitchSource",
    "NervePoint",
    "SabotageWave",
    "PatientFeed",
)


def _where(obj: TiledObject, cls: str, scale: float) -> str:
    tile = (int(obj.x // scale), int(obj.y // scale))
    return object_where(obj.layer, obj.id, obj.name, cls, tile)


def _prop(
    obj: TiledObject,
    name: str,
    kind: type[float],
    r: Report,
    where: str,
    default: object = None,
) -> Any:
    value = obj.properties.get(name, default)
    if value is None:
        r.error(
            f"property {name} is missing",
            where,
            f"add a {kind.__name__} property {name}",
        )
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        r.error(f"property {name} must be a number, got {value!r}", where)
        return None
    if value < 0:
        r.error(f"property {name} must not be negative", where)
        return None
    return kind(value)


def _centre(obj: TiledObject, cell: float) -> tuple[float, float, float]:
    """(x, y, radius) in cells: a point's position, or a rect's centre and half size."""
    w, h = (obj.width or 0) * cell, (obj.height or 0) * cell
    return obj.x * cell + w / 2, obj.y * cell + h / 2, min(w, h) / 2


class LevelObjects:
    """Reads the map's objects into spec dataclasses (`read()` fills the lists)."""

    def __init__(self, doc: TiledMap, r: Report) -> None:
        self.doc, self.r = doc, r
        self.cell = CELLS_PER_TILE / doc.tile_width
        self.size = (doc.width * CELLS_PER_TILE, doc.height * CELLS_PER_TILE)
        self.seeds: list[CavitySeed] = []
        self.sources: list[GlitchSource] = []
        self.nerves: list[NervePoint] = []
        self.waves: list[SabotageWave] = []
        self.feeds: list[PatientFeed] = []

    def read(self) -> None:
        for layer in self.doc.object_layers():
            for obj in layer.objects:
                self._one(obj)

    def _radius(self, obj: TiledObject, where: str, fallback: float) -> float | None:
        _, _, size = _centre(obj, self.cell)
        default = size if size > 0 else fallback
        radius: float | None = _prop(obj, "radius", float, self.r, where, default)
        return radius

    def _one(self, obj: TiledObject) -> None:
        cls = obj.object_class
        where = _where(obj, cls or "no class", self.doc.tile_width)
        if cls not in OBJECT_CLASSES:
            self.r.warn(
                f"object class {cls!r} means nothing in a minigame level",
                where,
                f"use one of {', '.join(OBJECT_CLASSES)}",
            )
            return
        x, y, _ = _centre(obj, self.cell)
        if not (0 <= x <= self.size[0] and 0 <= y <= self.size[1]):
            self.r.error("object lies outside the map", where, "move it onto the tooth")
            return
        getattr(self, f"_{cls}")(obj, x, y, where)

    def _CavitySeed(self, obj: TiledObject, x: float, y: float, where: str) -> None:
        radius = self._radius(obj, where, 8.0)
        if radius is not None:
            self.seeds.append(CavitySeed(x, y, radius))

    def _GlitchSource(self, obj: TiledObject, x: float, y: float, where: str) -> None:
        radius = self._radius(obj, where, 8.0)
        count = _prop(obj, "count", int, self.r, where)
        time = _prop(obj, "time", float, self.r, where, 0.0)
        if radius is not None and None not in (count, time):
            self.sources.append(GlitchSource(x, y, radius, count, time))

    def _NervePoint(self, obj: TiledObject, x: float, y: float, where: str) -> None:
        self.nerves.append(NervePoint(x, y))

    def _SabotageWave(self, obj: TiledObject, x: float, y: float, where: str) -> None:
        radius = self._radius(obj, where, 8.0)
        count = _prop(obj, "count", int, self.r, where)
        time = _prop(obj, "time", float, self.r, where)
        if radius is not None and None not in (count, time):
            self.waves.append(SabotageWave(x, y, radius, count, time))

    def _PatientFeed(self, obj: TiledObject, x: float, y: float, where: str) -> None:
        left, top = round(obj.x * self.cell), round(obj.y * self.cell)
        w, h = round(obj.width * self.cell), round(obj.height * self.cell)
        if (w, h) != (FEED_W, FEED_H) or left % FEED_W or top % FEED_H:
            self.r.error(
                f"a PatientFeed must cover exactly one screen, got {w}x{h} cells",
                where,
                "make it an 80x45-tile rect aligned to a screen",
            )
            return
        name = (
            obj.properties.get("patient") or obj.name or f"Feed {len(self.feeds) + 1}"
        )
        self.feeds.append(PatientFeed(str(name), left, top, w, h))
