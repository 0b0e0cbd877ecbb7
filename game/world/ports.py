"""The small interface between the world and the story systems.

The overworld never imports the dialogue or minigame code directly: it calls
a `StoryPort`. The dialogue system provides the real port; until then (and in
world-only tests) `PlainStoryPort` shows a node's name in a plain box.

Dialogue commands that act on the world (`move`, `face`, `camera`, `fade`,
`shake`) arrive the other way, through the `WorldStage` the overworld scene
implements.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol


class StoryPort(Protocol):
    """What the world asks of the story systems."""

    def condition(self, expression: str, where: str) -> bool:
        """Evaluate a map `requires` condition ('' is always true).
        `where` names the map object, for error messages."""

    def run_dialogue(
        self, node: str, on_done: Callable[[], None] | None = None
    ) -> None:
        """Start a conversation at `node` over the current scene."""

    def start_minigame(
        self, level: str, intro_node: str | None, on_done: Callable[[], None] | None
    ) -> None:
        """Run the optional intro node, then the minigame level (a map path)."""

    def bark_lines(self, node: str) -> list[str]:
        """The texts of `node`'s lines the story allows now, in order (an
        NPC's ambient one-liners); [] for a missing node."""


class WorldStage(Protocol):
    """What dialogue commands may ask of the world (the overworld scene)."""

    def move_actor(self, actor: str, tile_x: float, tile_y: float) -> bool:
        """Start walking `actor` to a tile; False if the actor is unknown."""

    def actor_busy(self, actor: str) -> bool:
        """True while `actor` is still walking (the runner waits)."""

    def face_actor(self, actor: str, direction: str) -> bool: ...

    def camera_follow(self, actor: str) -> bool: ...

    def fade(self, direction: str) -> None:
        """Start a fade 'out' (to black) or 'in'."""

    def fading(self) -> bool: ...

    def shake(self, strength: float) -> None: ...
