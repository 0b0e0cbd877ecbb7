"""Turn pygame events into one ActionState per fixed tick (pygame at the edge).

Keyboard, game controllers (SDL game-controller API, hot-plugged) and the mouse
feed one `InputMapper`. Presses are queued until the next tick takes them, so a
tap between two frames that run no tick is not lost, and a frame that runs
two ticks delivers it to the first only.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

import pygame
from pygame._sdl2 import controller

from game.input.actions import Action, ActionState
from game.input.bindings import Bindings, Device

PAD_BUTTONS = {
    pygame.CONTROLLER_BUTTON_A: "a",
    pygame.CONTROLLER_BUTTON_B: "b",
    pygame.CONTROLLER_BUTTON_X: "x",
    pygame.CONTROLLER_BUTTON_Y: "y",
    pygame.CONTROLLER_BUTTON_BACK: "back",
    pygame.CONTROLLER_BUTTON_GUIDE: "guide",
    pygame.CONTROLLER_BUTTON_START: "start",
    pygame.CONTROLLER_BUTTON_LEFTSTICK: "leftstick",
    pygame.CONTROLLER_BUTTON_RIGHTSTICK: "rightstick",
    pygame.CONTROLLER_BUTTON_LEFTSHOULDER: "leftshoulder",
    pygame.CONTROLLER_BUTTON_RIGHTSHOULDER: "rightshoulder",
    pygame.CONTROLLER_BUTTON_DPAD_UP: "dpup",
    pygame.CONTROLLER_BUTTON_DPAD_DOWN: "dpdown",
    pygame.CONTROLLER_BUTTON_DPAD_LEFT: "dpleft",
    pygame.CONTROLLER_BUTTON_DPAD_RIGHT: "dpright",
}
MOUSE_BUTTONS = {1: Action.POINTER, 3: Action.POINTER_ALT}
ALT_PREFIX = "alt+"
ALT_KEYS = frozenset({"left alt", "right alt"})
STICK_FULL = 32767.0


@dataclass
class InputMapper:
    """Collects device events between ticks; `take()` hands out one tick's state."""

    bindings: Bindings
    dead_zone: float
    press_threshold: float
    _down: set[tuple[str, str]] = field(default_factory=set)
    _pressed: set[Action] = field(default_factory=set)
    _released: set[Action] = field(default_factory=set)
    _pointer: tuple[int, int] | None = None
    _stick: list[float] = field(default_factory=lambda: [0.0, 0.0])
    _pads: dict[int, controller.Controller] = field(default_factory=dict)
    last_device: Device | None = None
    pad_name: str = ""  # the SDL name of the pad used last ("" before any)

    # -- events ---------------------------------------------------------------
    def handle(self, event: pygame.event.Event) -> None:
        """Feed one pygame event; events that are not input are ignored."""
        handler = _HANDLERS.get(event.type)
        if handler is not None:
            handler(self, event)

    def _key(self, event: pygame.event.Event, down: bool) -> None:
        """A key with Alt held is its own input ("alt+return"), so Alt+Enter
        never also confirms; a key let go ends both its forms."""
        self.last_device = Device.KEYS
        name = pygame.key.name(event.key)
        if down:
            self._source(("key", _with_alt(name, getattr(event, "mod", 0))), True)
        else:
            self._source(("key", name), False)
            self._source(("key", ALT_PREFIX + name), False)

    def _pad_button(self, event: pygame.event.Event, down: bool) -> None:
        name = PAD_BUTTONS.get(event.button)
        pad = self._pads.get(getattr(event, "instance_id", -1))
        if pad is not None:
            self.pad_name = pad.name
        if name is not None:
            self.last_device = Device.PAD
            self._source(("pad", name), down)

    def _pad_axis(self, event: pygame.event.Event) -> None:
        if event.axis not in (
            pygame.CONTROLLER_AXIS_LEFTX,
            pygame.CONTROLLER_AXIS_LEFTY,
        ):
            return
        value = event.value / STICK_FULL
        value = 0.0 if abs(value) < self.dead_zone else max(-1.0, min(1.0, value))
        axis = 0 if event.axis == pygame.CONTROLLER_AXIS_LEFTX else 1
        self._stick[axis] = value
        negative, positive = ("left", "right") if axis == 0 else ("up", "down")
        self._source(("stick", negative), value <= -self.press_threshold)
        self._source(("stick", positive), value >= self.press_threshold)
        if value:
            self.last_device = Device.PAD

    def _mouse_button(self, event: pygame.event.Event, down: bool) -> None:
        self._pointer = (int(event.pos[0]), int(event.pos[1]))
        if event.button in MOUSE_BUTTONS:
            self._source(("mouse", str(event.button)), down)

    def _mouse_motion(self, event: pygame.event.Event) -> None:
        self._pointer = (int(event.pos[0]), int(event.pos[1]))

    def _wheel(self, event: pygame.event.Event) -> None:
        if event.y > 0:
            self._pressed.add(Action.SCROLL_UP)
        elif event.y < 0:
            self._pressed.add(Action.SCROLL_DOWN)

    def _pad_added(self, event: pygame.event.Event) -> None:
        if controller.is_controller(event.device_index):
            pad = controller.Controller(event.device_index)
            self._pads[pad.id] = pad
            self.pad_name = pad.name

    def _pad_removed(self, event: pygame.event.Event) -> None:
        self._pads.pop(event.instance_id, None)
        self._down = {s for s in self._down if s[0] not in ("pad", "stick")}
        self._stick = [0.0, 0.0]

    # -- state ----------------------------------------------------------------
    def _actions_of(self, source: tuple[str, str]) -> list[Action]:
        kind, name = source
        if kind == "key":
            return self.bindings.actions_for(Device.KEYS, name)
        if kind == "pad":
            return self.bindings.actions_for(Device.PAD, name)
        if kind == "stick":
            return [Action(name)]
        return [MOUSE_BUTTONS[int(name)]]

    def _source(self, source: tuple[str, str], down: bool) -> None:
        before = self.held()
        if down:
            self._down.add(source)
        else:
            self._down.discard(source)
        after = self.held()
        self._pressed |= after - before
        self._released |= before - after

    def held(self) -> frozenset[Action]:
        actions: set[Action] = set()
        for source in self._down:
            actions.update(self._actions_of(source))
        return frozenset(actions)

    def take(self) -> ActionState:
        """This tick's state; queued presses and releases are handed out once."""
        state = ActionState(
            held=self.held(),
            pressed=frozenset(self._pressed),
            released=frozenset(self._released),
            pointer=self._pointer,
            stick=(self._stick[0], self._stick[1]),
        )
        self._pressed.clear()
        self._released.clear()
        return state

    def release_all(self) -> None:
        """Forget everything held (the window lost focus; bindings changed)."""
        self._released |= self.held()
        self._down.clear()
        self._stick = [0.0, 0.0]


_HANDLERS = {
    pygame.KEYDOWN: lambda m, e: m._key(e, True),
    pygame.KEYUP: lambda m, e: m._key(e, False),
    pygame.CONTROLLERBUTTONDOWN: lambda m, e: m._pad_button(e, True),
    pygame.CONTROLLERBUTTONUP: lambda m, e: m._pad_button(e, False),
    pygame.CONTROLLERAXISMOTION: lambda m, e: m._pad_axis(e),
    pygame.CONTROLLERDEVICEADDED: lambda m, e: m._pad_added(e),
    pygame.CONTROLLERDEVICEREMOVED: lambda m, e: m._pad_removed(e),
    pygame.MOUSEBUTTONDOWN: lambda m, e: m._mouse_button(e, True),
    pygame.MOUSEBUTTONUP: lambda m, e: m._mouse_button(e, False),
    pygame.MOUSEMOTION: lambda m, e: m._mouse_motion(e),
    pygame.MOUSEWHEEL: lambda m, e: m._wheel(e),
    pygame.WINDOWFOCUSLOST: lambda m, e: m.release_all(),
}


def _with_alt(name: str, mod: int) -> str:
    if mod & pygame.KMOD_ALT and name not in ALT_KEYS:
        return ALT_PREFIX + name
    return name


def init_controllers() -> None:
    """Start SDL's game-controller subsystem (hot-plug events follow). Buttons
    are read by position, so "a" is the bottom face button on every pad
    (prompts name it in the pad's own style)."""
    os.environ.setdefault("SDL_GAMECONTROLLER_USE_BUTTON_LABELS", "0")
    controller.init()
