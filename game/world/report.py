"""Findings about one map, each object addressed the contract's way (no pygame).

    report = MapReport(world)
    report.error(obj, "what is wrong", "how to fix it")

`file › layer › #id "name" (Class) @ tile x,y`; `at` overrides the tile
(a patrol path names the point where it hits a wall, not its first point).
Each object gets at most one placement message (`placed`): one root cause,
one line.
"""

from __future__ import annotations

from game.core.findings import Finding, error, warning
from game.tiled.errors import display_path, object_where
from game.world.model import MapObject, Unknown, WorldMap

Point = tuple[float, float]


class MapReport:
    """Collects findings about one map."""

    def __init__(self, world: WorldMap) -> None:
        self.world = world
        self.file = display_path(world.path)
        self.findings: list[Finding] = list(world.warnings)
        self.misplaced: set[int] = set()

    def tile(self, x: float, y: float) -> tuple[int, int]:
        return int(x // self.world.tile_width), int(y // self.world.tile_height)

    def where(self, obj: MapObject, at: Point | None = None) -> str:
        cls = obj.object_class if isinstance(obj, Unknown) else obj.kind
        rect = obj.shape.rect
        tile = self.tile(*(at or (rect.x, rect.y)))
        return object_where(obj.layer, obj.id, obj.name, cls, tile)

    def error(
        self, obj: MapObject | None, what: str, fix: str, at: Point | None = None
    ) -> None:
        where = self.where(obj, at) if obj else ""
        self.findings.append(error(self.file, what, where, fix))

    def warn(self, obj: MapObject | None, what: str, fix: str) -> None:
        where = self.where(obj) if obj else ""
        self.findings.append(warning(self.file, what, where, fix))

    def misplace(
        self, obj: MapObject, what: str, fix: str, at: Point | None = None
    ) -> None:
        """A placement error, only the first one for `obj`."""
        if obj.id not in self.misplaced:
            self.misplaced.add(obj.id)
            self.error(obj, what, fix, at)


def through_door(
    world: WorldMap, door: MapObject, found: list[Finding]
) -> list[Finding]:
    """`found` (a door's target failing to load) re-addressed to the door:
    each finding's place becomes the door's own `file › layer › #id …`, and
    the target's own place leads its message."""
    report = MapReport(world)
    where = report.where(door)
    return [
        Finding(f.severity, report.file, f"{_place(f)}: {f.message}", where, f.hint)
        for f in found
    ]


def _place(finding: Finding) -> str:
    return f"{finding.file} › {finding.where}" if finding.where else finding.file
