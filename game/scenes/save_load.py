"""SaveLoadScene: the Save and Load screens over the game (or the title).

A list of slots on the left (Load: quick save, autosaves and the manual
slots; Save: the manual slots), the focused slot's thumbnail, episode,
place and date on the right. Overwriting and deleting ask first; a damaged
slot is shown as damaged, with the reason, and its backup is offered.
Reads Actions only (menu_step, CONFIRM, CANCEL, pointer). This module holds
the slot list and what choosing does; `game.scenes.slot_menus` asks first,
`game.ui.save_load_view` draws.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

import pygame

from game.input.actions import Action, ActionState
from game.play.notices import Notice, NoticeKind, success, warning
from game.save.errors import LoadError, SaveError
from game.save.model import SaveGame
from game.save.slots import SaveStore, SlotKind, SlotSummary
from game.save.thumbnail import decode_thumbnail
from game.scenes.base import Scene
from game.scenes.slot_menus import delete_confirm, slot_menu
from game.ui.menu import Menu, MenuItem
from game.ui.save_load_view import (
    draw_backup_offer,
    draw_damage,
    draw_detail_frame,
    draw_empty,
    draw_game,
    draw_header,
    draw_hint,
    draw_notice,
    draw_slot_list,
    fit_thumbnail,
)
from game.ui.scroll import ScrollWindow
from game.ui.slot_labels import slot_title
from game.ui.theme import load_theme


class Mode(Enum):
    SAVE = "save"
    LOAD = "load"


class SaveLoadScene(Scene):
    """The Save (mode='save') or Load (mode='load') screen.

    snapshot -- makes the SaveGame to write (None when saving is impossible).
    on_load  -- receives the loaded SaveGame after this screen has closed.
    store    -- the slots (default: SaveStore() in the user's data folder).
    """

    overlay = True
    blocks_update = True

    def __init__(
        self,
        ctx,
        mode: str | Mode = Mode.SAVE,
        snapshot: Callable[[], SaveGame | None] | None = None,
        on_load: Callable[[SaveGame], None] | None = None,
        store: SaveStore | None = None,
    ) -> None:
        super().__init__(ctx)
        self.mode = Mode(mode)
        self.snapshot = snapshot
        self.on_load = on_load
        self.store = store or SaveStore()
        self.theme = load_theme()
        self.summaries: list[SlotSummary] = []
        self.menu = Menu([])
        self.notice: Notice | None = None
        self.scroll = ScrollWindow(1)
        self._thumbs: dict[tuple[str, str], pygame.Surface | None] = {}

    # -- state ---------------------------------------------------------------
    def enter(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        """Re-read every slot from disk, keeping the focus."""
        summaries = self.store.list_slots()
        if self.mode is Mode.SAVE:
            summaries = [s for s in summaries if s.kind is SlotKind.MANUAL]
        self.summaries = summaries
        focus = min(self.menu.focus, len(summaries) - 1) if self.menu.items else 0
        items = [MenuItem(slot_title(s.slot), self._chooser(s)) for s in summaries]
        self.menu = Menu(items, focus=focus, rects=self.menu.rects)

    @property
    def focused(self) -> SlotSummary:
        return self.summaries[self.menu.focus]

    def _chooser(self, summary: SlotSummary) -> Callable[[], None]:
        return lambda: self.choose(summary)

    # -- input ---------------------------------------------------------------
    def update(self, actions: ActionState, dt: float) -> None:
        if actions.was_pressed(Action.CANCEL):
            self.ctx.audio.play_sound("ui_cancel")
            self.ctx.stack.pop()
            return
        before = self.menu.focus
        if self.menu.update(actions) is None and self.menu.focus != before:
            self.ctx.audio.play_sound("ui_move")
            self.notice = None

    def choose(self, summary: SlotSummary) -> None:
        """CONFIRM (or a click) on a slot."""
        self.notice = None
        if summary.empty:
            if self.mode is Mode.SAVE:
                self.write(summary.slot)
            else:
                self.ctx.audio.play_sound("error")
            return
        self.ctx.audio.play_sound("ui_confirm")
        saving = self.mode is Mode.SAVE
        self.ctx.stack.push(slot_menu(self.ctx, summary, saving, self))

    # -- actions ---------------------------------------------------------------
    def write(self, slot: str) -> None:
        game = self.snapshot() if self.snapshot else None
        if game is None:
            self._tell(warning("There is nothing to save right now."))
            return
        try:
            self.store.save(slot, game)
        except SaveError as exc:
            self._tell(warning(str(exc)))
        else:
            self.ctx.saves.note_saved(game)
            self._tell(success(f"Saved in {slot_title(slot)}."))
        self.refresh()

    def load(self, slot: str, backup: bool = False) -> None:
        try:
            game = self.store.load_backup(slot) if backup else self.store.load(slot)
        except LoadError as exc:
            self._tell(warning(exc.message))
            self.refresh()
            return
        self.ctx.stack.pop()
        if self.on_load is not None:
            self.on_load(game)

    def ask_delete(self, slot: str) -> None:
        self.ctx.stack.push(delete_confirm(self.ctx, slot, lambda: self.delete(slot)))

    def delete(self, slot: str) -> None:
        self.store.delete(slot)
        self._tell(success(f"{slot_title(slot)} was deleted."))
        self.refresh()

    def _tell(self, notice: Notice) -> None:
        """Show `notice` under the slots, with the sound of its kind."""
        self.notice = notice
        failed = notice.kind is NoticeKind.WARNING
        self.ctx.audio.play_sound("error" if failed else "ui_confirm")

    # -- drawing -------------------------------------------------------------
    def draw(self, surface: pygame.Surface, alpha: float) -> None:
        ui, fonts, theme = self.ctx.assets.ui, self.ctx.assets.fonts, self.theme
        saving = self.mode is Mode.SAVE
        draw_header(surface, ui, fonts, theme, saving)
        focus = self.menu.focus
        self.menu.rects = draw_slot_list(
            surface, ui, fonts, theme, self.summaries, focus, self.scroll
        )
        draw_detail_frame(surface, ui)
        if self.summaries:
            self._draw_detail(surface, self.focused)
        if self.notice is not None:
            draw_notice(surface, ui, fonts.regular, theme, self.notice)
        else:
            hint = self.ctx.hint("{confirm}: choose   {cancel}: back")
            draw_hint(surface, fonts.regular, theme, hint)

    def _draw_detail(self, surface: pygame.Surface, summary: SlotSummary) -> None:
        ui, fonts, theme = self.ctx.assets.ui, self.ctx.assets.fonts, self.theme
        if summary.game is not None:
            shot = self._thumbnail(summary.slot, summary.game)
            draw_game(surface, fonts, theme, summary.game, shot)
        elif summary.error is not None:
            draw_damage(surface, ui, fonts, theme, summary.error)
            if self.mode is Mode.LOAD:
                offer = (
                    self.ctx.hint("Backup available: {confirm}")
                    if summary.has_backup
                    else "No backup exists."
                )
                draw_backup_offer(surface, fonts, theme, offer, summary.has_backup)
        else:
            saving = self.mode is Mode.SAVE
            hint = self.ctx.hint("{confirm}: save here") if saving else None
            draw_empty(surface, fonts, theme, hint)

    def _thumbnail(self, slot: str, game: SaveGame) -> pygame.Surface | None:
        """The save's picture scaled to fit the frame (cached)."""
        key = (slot, game.saved_at)
        if key not in self._thumbs:
            image = decode_thumbnail(game.thumbnail)
            self._thumbs[key] = fit_thumbnail(image) if image is not None else None
        return self._thumbs[key]
