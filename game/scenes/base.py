"""Scenes and the stack that runs them.

A scene is one screen: title, overworld, dialogue box, minigame, pause ...
The stack updates the top scene (and those below it while the scenes above
are overlays that do not block updates) and draws from the lowest visible
scene upwards. Scenes never change the stack while it runs: they *request*
push / pop / replace, and the stack applies the requests after the update.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum, auto
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pygame

    from game.context import Context
    from game.input import ActionState


class Scene:
    """Base scene with no-op lifecycle hooks.

    Class flags:
      overlay        -- the scene below is drawn first (dialogue box, pause).
      blocks_update  -- the scenes below are frozen while this one is on top.
    """

    overlay: bool = False
    blocks_update: bool = True

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def enter(self) -> None:
        """Called once when the scene is pushed (or replaces another)."""

    def exit(self) -> None:
        """Called once when the scene leaves the stack."""

    def pause(self) -> None:
        """Another scene was pushed on top of this one."""

    def resume(self) -> None:
        """The scene above this one was popped."""

    def update(self, actions: ActionState, dt: float) -> None:
        """Advance one fixed tick of `dt` seconds."""

    def draw(self, surface: pygame.Surface, alpha: float) -> None:
        """Draw onto the logical canvas; `alpha` is the interpolation fraction."""


class _Op(Enum):
    PUSH = auto()
    POP = auto()
    REMOVE = auto()
    REPLACE = auto()
    CLEAR = auto()
    CALL = auto()


@dataclass
class _Request:
    op: _Op
    scene: Scene | None = None
    call: Callable[[], None] | None = None


class SceneStack:
    """An ordered stack of scenes with deferred push/pop/replace requests."""

    def __init__(self) -> None:
        self._scenes: list[Scene] = []
        self._requests: list[_Request] = []

    # -- requests (applied by `apply_requests`, after the tick) ----------------
    def push(self, scene: Scene) -> None:
        self._requests.append(_Request(_Op.PUSH, scene))

    def pop(self) -> None:
        self._requests.append(_Request(_Op.POP))

    def remove(self, scene: Scene) -> None:
        """Take `scene` off the stack, wherever it is by then; nothing happens
        if it has already left (e.g. the stack was replaced meanwhile)."""
        self._requests.append(_Request(_Op.REMOVE, scene))

    def replace(self, scene: Scene) -> None:
        """Pop the top scene and push `scene` in its place."""
        self._requests.append(_Request(_Op.REPLACE, scene))

    def replace_all(self, scene: Scene) -> None:
        """Empty the stack and start afresh with `scene` (e.g. back to title)."""
        self._requests.append(_Request(_Op.CLEAR))
        self._requests.append(_Request(_Op.PUSH, scene))

    def after(self, call: Callable[[], None]) -> None:
        """Run `call` after the requests queued before it have been applied."""
        self._requests.append(_Request(_Op.CALL, call=call))

    # -- queries ----------------------------------------------------------------
    @property
    def top(self) -> Scene | None:
        return self._scenes[-1] if self._scenes else None

    @property
    def scenes(self) -> tuple[Scene, ...]:
        return tuple(self._scenes)

    def __len__(self) -> int:
        return len(self._scenes)

    def find(self, kind: type[Scene]) -> Scene | None:
        """The topmost scene of a type, or None."""
        for scene in reversed(self._scenes):
            if isinstance(scene, kind):
                return scene
        return None

    # -- running --------------------------------------------------------------
    def update(self, actions: ActionState, dt: float, idle: ActionState) -> None:
        """Update the top scene with `actions`; scenes it does not block get `idle`."""
        for scene in self._updating():
            scene.update(actions if scene is self.top else idle, dt)
        self.apply_requests()

    def draw(self, surface: pygame.Surface, alpha: float) -> None:
        start = len(self._scenes) - 1
        while start > 0 and self._scenes[start].overlay:
            start -= 1
        for scene in self._scenes[max(start, 0) :]:
            scene.draw(surface, alpha)

    def apply_requests(self) -> None:
        """Apply queued requests in order; requests made meanwhile run too."""
        while self._requests:
            request = self._requests.pop(0)
            self._apply(request)

    def _updating(self) -> list[Scene]:
        chosen: list[Scene] = []
        for scene in reversed(self._scenes):
            chosen.append(scene)
            if scene.blocks_update:
                break
        return list(reversed(chosen))

    def _pop_top(self) -> None:
        self._scenes.pop().exit()
        if self._scenes:
            self._scenes[-1].resume()

    def _remove(self, scene: Scene) -> None:
        if scene is self._scenes[-1]:
            self._pop_top()
        else:
            self._scenes.remove(scene)
            scene.exit()

    def _apply(self, request: _Request) -> None:
        if request.op is _Op.PUSH and request.scene is not None:
            if self._scenes:
                self._scenes[-1].pause()
            self._scenes.append(request.scene)
            request.scene.enter()
        elif request.op is _Op.POP and self._scenes:
            self._pop_top()
        elif request.op is _Op.REMOVE and request.scene in self._scenes:
            self._remove(request.scene)
        elif request.op is _Op.REPLACE and request.scene is not None:
            if self._scenes:
                self._scenes.pop().exit()
            self._scenes.append(request.scene)
            request.scene.enter()
        elif request.op is _Op.CLEAR:
            while self._scenes:
                self._scenes.pop().exit()
        elif request.op is _Op.CALL and request.call is not None:
            request.call()
