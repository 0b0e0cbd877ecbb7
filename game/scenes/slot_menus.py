"""What the Save and Load screens ask before acting on a filled slot.

A slot's menu (Load / Overwrite it, Delete, Cancel), the damaged slot's
menu (its backup offered when loading) and the delete confirmation. The
answers call back into `SlotActions` (the screen).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from game.save.errors import LoadError
from game.save.slots import SlotSummary
from game.scenes.confirm import ChoiceScene, confirm
from game.ui.menu import MenuItem
from game.ui.slot_labels import episode_title, short_date, slot_title


class SlotActions(Protocol):
    """What a slot's menu can do to it."""

    def write(self, slot: str) -> None: ...
    def load(self, slot: str, backup: bool = False) -> None: ...
    def ask_delete(self, slot: str) -> None: ...


def slot_menu(
    ctx, summary: SlotSummary, saving: bool, actions: SlotActions
) -> ChoiceScene:
    """The menu for a slot that holds a save (or a damaged one)."""
    name = slot_title(summary.slot)
    delete = MenuItem("Delete", lambda: actions.ask_delete(summary.slot))
    error, game = summary.error, summary.game
    if error is not None:
        return damaged_menu(ctx, summary, error, delete, saving, actions)
    if game is None:
        raise ValueError(f"{summary.slot} is empty: an empty slot has no menu")
    described = f"{episode_title(game.episode)}, {summary.location}"
    if saving:
        overwrite = MenuItem("Overwrite it", lambda: actions.write(summary.slot))
        body = f"{name} holds a save ({described}). Overwrite it with this game?"
        return ChoiceScene(
            ctx, name, body, [overwrite, delete, MenuItem("Cancel")], focus=2
        )
    load = MenuItem("Load", lambda: actions.load(summary.slot))
    body = f"{described}, saved {short_date(summary.saved_at)}."
    return ChoiceScene(ctx, name, body, [load, delete, MenuItem("Cancel")])


def damaged_menu(
    ctx,
    summary: SlotSummary,
    error: LoadError,
    delete: MenuItem,
    saving: bool,
    actions: SlotActions,
) -> ChoiceScene:
    """A damaged slot: overwrite it (Save) or load its backup (Load)."""
    name = slot_title(summary.slot)
    if saving:
        body = f"{error.message} Saving here replaces it."
        first = MenuItem("Overwrite it", lambda: actions.write(summary.slot))
    else:
        backup = (
            "Its previous save is still there."
            if summary.has_backup
            else "There is no backup."
        )
        body = f"{error.message} {backup}"
        first = MenuItem(
            "Load the backup",
            lambda: actions.load(summary.slot, backup=True),
            enabled=summary.has_backup,
        )
    # Loading a backup harms nothing, so it takes the focus; overwriting does not.
    focus = 0 if not saving and summary.has_backup else 2
    return ChoiceScene(
        ctx,
        f"{name} is damaged",
        body,
        [first, delete, MenuItem("Cancel")],
        focus=focus,
    )


def delete_confirm(ctx, slot: str, on_delete: Callable[[], None]) -> ChoiceScene:
    """'Delete Slot N?' with Delete and Keep it."""
    name = slot_title(slot)
    body = f"Delete the save in {name} and its backup? This cannot be undone."
    return confirm(ctx, f"Delete {name}?", body, on_delete, "Delete", "Keep it")
