"""The question before "Quit to title": quitting ends the play in progress.

Contract: `quit_confirm(ctx, on_quit)` makes a ChoiceScene that runs
`on_quit` on Quit and does nothing on Keep playing (focused first). Its body
says that progress will be lost when `ctx.saves.unsaved_progress()` is true,
and that the game can be continued from the last save when it is not.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from game.scenes.confirm import ChoiceScene, confirm

if TYPE_CHECKING:
    from game.play.context import Context

TITLE = "Quit to title?"
LOSES = "Progress since your last save will be lost."
KEEPS = "Nothing is lost: Continue on the title screen picks up from your last save."


def quit_confirm(ctx: Context, on_quit: Callable[[], None]) -> ChoiceScene:
    """Quit / Keep playing, with what quitting now would lose."""
    body = LOSES if ctx.saves.unsaved_progress() else KEEPS
    return confirm(ctx, TITLE, body, on_quit, "Quit", "Keep playing")
