"""Which doors stand open: a door opens as the player comes near and closes
behind them (pure, no pygame).

    doors = DoorStates(reach=10)
    doors.update(world.of_type(Door), player.box())
    for area, is_open in doors.take_changes():
        renderer.set_door(area, is_open)      # the view plays the animation
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from game.world.model import Door, Rect


@dataclass
class DoorStates:
    """Door ids open now, and the opens and closes the view has not taken yet."""

    reach: float
    open_ids: set[int] = field(default_factory=set)
    changes: list[tuple[Rect, bool]] = field(default_factory=list)

    def reset(self) -> None:
        """A new map: every door closed, nothing pending."""
        self.open_ids = set()
        self.changes = []

    def update(self, doors: Iterable[Door], player: Rect) -> None:
        """Open each door whose area, grown by `reach`, touches the player's
        box; close the others; note each change."""
        for door in doors:
            is_open = near(door.shape.rect, self.reach).overlaps(player)
            if is_open != (door.id in self.open_ids):
                self.open_ids ^= {door.id}
                self.changes.append((door.shape.rect, is_open))

    def take_changes(self) -> list[tuple[Rect, bool]]:
        """The changes since the last call, oldest first (then forgotten)."""
        if not self.changes:
            return []
        changes, self.changes = self.changes, []
        return changes


def near(area: Rect, reach: float) -> Rect:
    """`area` grown by `reach` pixels on every side."""
    return Rect(area.x - reach, area.y - reach, area.w + 2 * reach, area.h + 2 * reach)
