"""The scene stack: scenes update and draw in order; changes wait for the tick's end.

The stack updates the top scene (and those below it while the scenes above
are overlays that do not block updates) and draws from the lowest visible
scene upwards. Scenes never change the stack while it runs: they *request*
push / pop / replace, and the stack applies the requests after the update.
It knows scenes only by the `StackScene` protocol, so it sits below the
screens that implement it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum, auto
from typing import TYPE_CHECKING, Protocol, TypeVar

if TYPE_CHECKING:
    import pygame

    from game.input.actions import ActionState

T = TypeVar("T")


class StackScene(Protocol):
    """What the stack needs of a scene (game.scenes.base.Scene provides it).

    overlay        -- the scene below is drawn first (dialogue box, pause).
    blocks_update  -- the scenes below are frozen while this one is on top.
    """

    overlay: bool
    blocks_update: bool

    def enter(self) -> None: ...

    def exit(self) -> None: ...

    def pause(self) -> None: ...

    def resume(self) -> None: ...

    def update(self, actions: ActionState, dt: float) -> None: ...

    def draw(self, surface: pygame.Surface, alpha: float) -> None: ...


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
    scene: StackScene | None = None
    call: Callable[[], None] | None = None


class SceneStack:
    """An ordered stack of scenes with deferred push/pop/replace requests."""

    def __init__(self) -> None:
        self._scenes: list[StackScene] = []
        self._requests: list[_Request] = []

    # -- requests (applied by `apply_requests`, after the tick) ----------------
    def push(self, scene: StackScene) -> None:
        self._requests.append(_Request(_Op.PUSH, scene))

    def pop(self) -> None:
        self._requests.append(_Request(_Op.POP))

    def remove(self, scene: StackScene) -> None:
        """Take `scene` off the stack, wherever it is by then; nothing happens
        if it has already left (e.g. the stack was replaced meanwhile)."""
        self._requests.append(_Request(_Op.REMOVE, scene))

    def replace(self, scene: StackScene) -> None:
        """Pop the top scene and push `scene` in its place."""
        self._requests.append(_Request(_Op.REPLACE, scene))

    def replace_all(self, scene: StackScene) -> None:
        """Empty the stack and start afresh with `scene` (e.g. back to title)."""
        self._requests.append(_Request(_Op.CLEAR))
        self._requests.append(_Request(_Op.PUSH, scene))

    def after(self, call: Callable[[], None]) -> None:
        """Run `call` after the requests queued before it have been applied."""
        self._requests.append(_Request(_Op.CALL, call=call))

    # -- queries ----------------------------------------------------------------
    @property
    def top(self) -> StackScene | None:
        return self._scenes[-1] if self._scenes else None

    @property
    def scenes(self) -> tuple[StackScene, ...]:
        return tuple(self._scenes)

    def __len__(self) -> int:
        return len(self._scenes)

    def find(self, kind: type[T]) -> T | None:
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

    def _updating(self) -> list[StackScene]:
        chosen: list[StackScene] = []
        for scene in reversed(self._scenes):
            chosen.append(scene)
            if scene.blocks_update:
                break
        return list(reversed(chosen))

    def _pop_top(self) -> None:
        self._scenes.pop().exit()
        if self._scenes:
            self._scenes[-1].resume()

    def _remove(self, scene: StackScene) -> None:
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
