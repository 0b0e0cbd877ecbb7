"""Scene: the base of every screen (title, overworld, dialogue box, minigame ...).

Scenes live on game.play.stack.SceneStack; they request stack changes and
moves between screens through their context, never by building each other.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pygame

    from game.input.actions import ActionState
    from game.play.context import Context
    from game.save.model import SaveGame


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

    def can_save(self) -> bool:
        """True if the game can be saved here now (only play scenes can)."""
        return False

    def save_snapshot(self) -> SaveGame | None:
        """A SaveGame of this moment, or None while it cannot be saved."""
        return None
