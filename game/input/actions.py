"""The actions a player can take and the per-tick snapshot scenes read."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum


class Action(Enum):
    """Everything a player can press. Scenes read these, never key codes."""

    UP = "up"
    DOWN = "down"
    LEFT = "left"
    RIGHT = "right"
    CONFIRM = "confirm"
    CANCEL = "cancel"
    INTERACT = "interact"
    PAUSE = "pause"
    BACKLOG = "backlog"
    SKIP = "skip"
    AUTO = "auto"
    PULSE = "pulse"
    FIREWALL = "firewall"
    SCAN = "scan"
    SHUTDOWN = "shutdown"
    NEXT_FEED = "next_feed"
    PREV_FEED = "prev_feed"
    QUICKSAVE = "quicksave"
    QUICKLOAD = "quickload"
    DEBUG_OVERLAY = "debug_overlay"
    SCREENSHOT = "screenshot"
    FULLSCREEN = "fullscreen"
    RECORD = "record"
    POINTER = "pointer"
    POINTER_ALT = "pointer_alt"
    SCROLL_UP = "scroll_up"
    SCROLL_DOWN = "scroll_down"


DIRECTIONS = (Action.UP, Action.DOWN, Action.LEFT, Action.RIGHT)


@dataclass(frozen=True)
class ActionState:
    """What the player is doing during one fixed update.

    `pressed` and `released` hold each edge for exactly one tick; `held` is
    everything down now. `pointer` is the mouse in logical canvas pixels
    (None when the mouse has not been used); `stick` is the left analog stick
    after its dead zone, each axis in -1..1.
    """

    held: frozenset[Action] = field(default_factory=frozenset)
    pressed: frozenset[Action] = field(default_factory=frozenset)
    released: frozenset[Action] = field(default_factory=frozenset)
    pointer: tuple[int, int] | None = None
    stick: tuple[float, float] = (0.0, 0.0)

    def is_held(self, action: Action) -> bool:
        return action in self.held

    def was_pressed(self, action: Action) -> bool:
        return action in self.pressed

    def was_released(self, action: Action) -> bool:
        return action in self.released

    def accepted(self) -> bool:
        """A fresh CONFIRM press or pointer click (what moves a card on)."""
        return Action.CONFIRM in self.pressed or Action.POINTER in self.pressed

    def direction(self) -> tuple[int, int]:
        """The held direction as (dx, dy), each -1, 0 or 1."""
        dx = (Action.RIGHT in self.held) - (Action.LEFT in self.held)
        dy = (Action.DOWN in self.held) - (Action.UP in self.held)
        return dx, dy

    def menu_step(self) -> int:
        """-1 for a fresh UP press, +1 for DOWN, else 0 (for vertical menus)."""
        return (Action.DOWN in self.pressed) - (Action.UP in self.pressed)

    def menu_side_step(self) -> int:
        """-1 for a fresh LEFT press, +1 for RIGHT, else 0."""
        return (Action.RIGHT in self.pressed) - (Action.LEFT in self.pressed)


IDLE = ActionState()
