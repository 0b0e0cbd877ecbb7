"""Fades and going through doors, as state machines (pure, no pygame).

    fade = Fade(seconds=0.35)            # level 0 clear .. 1 black
    passage = Passage(fade)
    passage.through(MapChange(path, "from_lobby"), cut=False)  # fades out
    change = passage.advance(dt)         # the MapChange at full black, once;
                                         # then the fade turns back in

A door with a "cut" transition changes the map at once. While a door's fade
runs, `holds_world()` says the player and NPCs stand still; a scripted fade
(dialogue `fade out`) holds them only while it darkens.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

MIN_SECONDS = 1e-3  # a zero-length fade still takes one tick


@dataclass
class Fade:
    """A cover over the view: `level` 0 (clear) .. 1 (black); `direction`
    +1 while darkening, -1 while clearing, 0 at rest."""

    seconds: float
    level: float = 0.0
    direction: int = 0

    def start(self, direction: str) -> None:
        """Fade 'out' (to black) or 'in' (anything else: back to clear)."""
        self.direction = 1 if direction == "out" else -1

    @property
    def running(self) -> bool:
        return self.direction != 0

    def advance(self, dt: float) -> bool:
        """Move the level by `dt` seconds' worth; True on the tick it
        reaches full black."""
        if not self.direction:
            return False
        self.level += self.direction * dt / max(self.seconds, MIN_SECONDS)
        if self.level >= 1.0:
            self.level, self.direction = 1.0, 0
            return True
        if self.level <= 0.0:
            self.level, self.direction = 0.0, 0
        return False


@dataclass(frozen=True)
class MapChange:
    """Where a door leads: a map file and a spawn name (None: its default)."""

    path: Path
    spawn: str | None


@dataclass
class Passage:
    """Going through a door: pending door -> fade out -> change map -> fade in."""

    fade: Fade
    target: MapChange | None = None

    def through(self, change: MapChange, cut: bool) -> MapChange | None:
        """Start through a door: a cut returns the change to make now; a
        fade starts darkening and returns None (see `advance`)."""
        if cut:
            return change
        self.target = change
        self.fade.start("out")
        return None

    def advance(self, dt: float) -> MapChange | None:
        """Advance the fade; the door's change when it reaches full black
        (the fade then turns back in), else None."""
        if not self.fade.advance(dt) or self.target is None:
            return None
        change, self.target = self.target, None
        self.fade.start("in")
        return change

    def holds_world(self) -> bool:
        """True while the world should stand still: a door is pending or the
        view is darkening."""
        return self.target is not None or self.fade.direction > 0

    def busy(self) -> bool:
        """True while a fade runs or a door is pending (no saving then)."""
        return self.fade.running or self.target is not None
