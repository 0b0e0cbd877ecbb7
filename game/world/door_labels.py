"""Which door's plate shows, and what it says (pure, no pygame).

    labels = DoorLabels(reach=32, title_of=map_title)
    found = labels.near(world.of_type(Door), player.box(), world.path)
    if found: draw_plate(found.door.shape.rect, found.text)

The plate is for the nearest door whose area, grown by `reach`, touches the
player's box. It says the door's `label`, or else the display name of the
map it leads to (read once per map through `title_of`); a door with neither
shows no plate.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from game.world.doors import near
from game.world.model import Door, Rect


@dataclass(frozen=True)
class DoorLabel:
    """The door whose plate shows, and its words."""

    door: Door
    text: str


@dataclass
class DoorLabels:
    """See the module docstring."""

    reach: float
    title_of: Callable[[Path], str]
    _titles: dict[Path, str] = field(default_factory=dict)

    def near(
        self, doors: Iterable[Door], player: Rect, map_path: Path
    ) -> DoorLabel | None:
        """The plate for the nearest door in reach, or None."""
        close = [d for d in doors if near(d.shape.rect, self.reach).overlaps(player)]
        close.sort(key=lambda door: _distance(door.shape.rect, player))
        for door in close:
            text = self.text(door, map_path)
            if text:
                return DoorLabel(door, text)
        return None

    def text(self, door: Door, map_path: Path) -> str:
        """The door's label, or the target map's display name."""
        if door.label.strip():
            return door.label.strip()
        if not door.target_map:
            return ""
        target = (Path(map_path).parent / door.target_map).resolve()
        if target not in self._titles:
            self._titles[target] = self.title_of(target)
        return self._titles[target]


def _distance(area: Rect, player: Rect) -> float:
    """Squared distance between the centres of two rectangles."""
    dx = (area.x + area.w / 2) - (player.x + player.w / 2)
    dy = (area.y + area.h / 2) - (player.y + player.h / 2)
    return dx * dx + dy * dy
