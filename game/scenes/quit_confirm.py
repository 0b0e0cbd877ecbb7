"""The question before "Quit to title": quitting ends the play in progress.

Contract: `quit_confirm(ctx, on_quit, in_level)` makes a ChoiceScene that
runs `on_quit` on Quit and does nothing on Keep playing (focused first). Its
body says that progress will be lost when `ctx.saves.unsaved_progress()` is
true; otherwise that the nanobot session in progress ends (`in_level`), or
that nothing is lost.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from game.scenes.confirm import ChoiceScene, confirm

if TYPE_CHECKING:
    from game.play.context import Context

TITLE = "Quit to title?"
LOSES = "Progress since your last save will be lost."
LEVEL = "This nanobot session ends unfinished; your story is saved."
KEEPS = "Your progress is saved; nothing will be lost."


def quit_confirm(
    ctx: Context, on_quit: Callable[[], None], in_level: bool = False
) -> ChoiceScene:
    """Quit / Keep playing, with what quitting now would lose."""
    saved_body = LEVEL if in_level else KEEPS
    body = LOSES if ctx.saves.unsaved_progress() else saved_body
    return confirm(ctx, TITLE, body, on_quit, "Quit", "Keep playing")
