"""Menu: a vertical list of choices driven by actions (no drawing here).

Keyboard/pad move the focus with wrap-around, skipping disabled items; the
mouse focuses what it hovers (hit boxes are supplied by whoever draws the
menu) and chooses with a click.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from game.input.actions import Action, ActionState


@dataclass
class MenuItem:
    label: str
    on_choose: Callable[[], None] | None = None
    enabled: bool = True
    detail: str = ""


@dataclass
class Menu:
    """Focus and choice over `items`; `rects` are the items' hit boxes (x, y, w, h)."""

    items: list[MenuItem]
    focus: int = 0
    rects: list[tuple[int, int, int, int]] = field(default_factory=list)
    _last_pointer: tuple[int, int] | None = None

    def __post_init__(self) -> None:
        if self.items and not self.items[self.focus].enabled:
            self.move(1)

    def move(self, step: int) -> bool:
        """Move focus by `step` to the next enabled item; True if it moved."""
        if not any(item.enabled for item in self.items):
            return False
        start = self.focus
        index = self.focus
        for _ in range(len(self.items)):
            index = (index + step) % len(self.items)
            if self.items[index].enabled:
                break
        self.focus = index
        return index != start

    def hit(self, point: tuple[int, int]) -> int | None:
        """The enabled item under `point`, if any."""
        for index, (x, y, w, h) in enumerate(self.rects):
            inside = x <= point[0] < x + w and y <= point[1] < y + h
            if inside and self.items[index].enabled:
                return index
        return None

    def update(self, actions: ActionState) -> MenuItem | None:
        """Apply one tick of input; return the item chosen this tick, if any."""
        step = actions.menu_step()
        if step:
            self.move(step)
        pointer = actions.pointer
        if pointer is not None and pointer != self._last_pointer:
            self._last_pointer = pointer
            hovered = self.hit(pointer)
            if hovered is not None:
                self.focus = hovered
        if actions.was_pressed(Action.CONFIRM) and self.items[self.focus].enabled:
            return self._choose(self.focus)
        if actions.was_pressed(Action.POINTER) and pointer is not None:
            clicked = self.hit(pointer)
            if clicked is not None:
                self.focus = clicked
                return self._choose(clicked)
        return None

    def _choose(self, index: int) -> MenuItem:
        item = self.items[index]
        if item.on_choose is not None:
            item.on_choose()
        return item
