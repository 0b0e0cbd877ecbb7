"""SaveLoadScene: the Save and Load screens over the game (or the title).

A list of slots on the left (Load: quick save, autosaves and the manual
slots; Save: the manual slots), the focused slot's thumbnail, episode,
place and date on the right. Overwriting and deleting ask first; a damaged
slot is shown as damaged, with the reason, and its backup is offered.
Reads Actions only (menu_step, CONFIRM, CANCEL, pointer).
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

import pygame

from game.input.actions import Action, ActionState
from game.save.errors import LoadError, SaveError
from game.save.model import SaveGame, parse_time
from game.save.slots import SaveStore, SlotKind, SlotSummary
from game.save.thumbnail import decode_thumbnail
from game.scenes.base import Scene
from game.scenes.confirm import ChoiceScene, confirm
from game.ui.dates import local_date_time
from game.ui.menu import Menu, MenuItem
from game.ui.scroll import ScrollWindow
from game.ui.theme import load_theme

LIST = pygame.Rect(12, 34, 276, 296)
DETAIL = pygame.Rect(298, 34, 330, 296)
ROW = 20
SHOT = pygame.Rect(DETAIL.left + 5, DETAIL.top + 5, 320, 180)


class Mode(Enum):
    SAVE = "save"
    LOAD = "load"


def slot_title(slot: str) -> str:
    """The slot's name on screen: 'Quick save', 'Autosave 2', 'Slot 7'."""
    if slot == "quick":
        return "Quick save"
    kind, _, number = slot.partition("-")
    return f"Autosave {number}" if kind == "auto" else f"Slot {number}"


def episode_title(number: int) -> str:
    from game.core.episodes import episode

    try:
        return f"Episode {number}: {episode(number).title}"
    except (KeyError, OSError, ValueError):
        return f"Episode {number}"


def short_date(saved_at: str) -> str:
    """The save time in local time, dated the player's way ('' if unreadable)."""
    moment = parse_time(saved_at)
    return local_date_time(moment) if moment else ""


def clock_text(seconds: float) -> str:
    """Play time as '2h 05m' (or '7m' under an hour)."""
    hours, minutes = divmod(int(seconds) // 60, 60)
    return f"{hours}h {minutes:02}m" if hours else f"{minutes}m"


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
        self.notice = ""
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
            self.notice = ""

    def choose(self, summary: SlotSummary) -> None:
        """CONFIRM (or a click) on a slot."""
        self.notice = ""
        if summary.empty:
            if self.mode is Mode.SAVE:
                self.write(summary.slot)
            else:
                self.ctx.audio.play_sound("error")
            return
        self.ctx.audio.play_sound("ui_confirm")
        self.ctx.stack.push(self._slot_menu(summary))

    def _slot_menu(self, summary: SlotSummary) -> ChoiceScene:
        name = slot_title(summary.slot)
        delete = MenuItem("Delete", lambda: self.ask_delete(summary.slot))
        error, game = summary.error, summary.game
        if error is not None:
            return self._damaged_menu(summary, error, delete)
        if game is None:
            raise ValueError(f"{summary.slot} is empty: an empty slot has no menu")
        described = f"{episode_title(game.episode)}, {summary.location}"
        if self.mode is Mode.SAVE:
            overwrite = MenuItem("Overwrite it", lambda: self.write(summary.slot))
            body = f"{name} holds a save ({described}). Overwrite it with this game?"
            return ChoiceScene(
                self.ctx, name, body, [overwrite, delete, MenuItem("Cancel")], focus=2
            )
        load = MenuItem("Load", lambda: self.load(summary.slot))
        body = f"{described}, saved {short_date(summary.saved_at)}."
        return ChoiceScene(self.ctx, name, body, [load, delete, MenuItem("Cancel")])

    def _damaged_menu(
        self, summary: SlotSummary, error: LoadError, delete: MenuItem
    ) -> ChoiceScene:
        name = slot_title(summary.slot)
        if self.mode is Mode.SAVE:
            body = f"{error.message} Saving here replaces it."
            first = MenuItem("Overwrite it", lambda: self.write(summary.slot))
        else:
            backup = (
                "Its previous save is still there."
                if summary.has_backup
                else "There is no backup."
            )
            body = f"{error.message} {backup}"
            first = MenuItem(
                "Load the backup",
                lambda: self.load(summary.slot, backup=True),
                enabled=summary.has_backup,
            )
        # Loading a backup harms nothing, so it takes the focus; overwriting does not.
        focus = 0 if self.mode is Mode.LOAD and summary.has_backup else 2
        return ChoiceScene(
            self.ctx,
            f"{name} is damaged",
            body,
            [first, delete, MenuItem("Cancel")],
            focus=focus,
        )

    # -- actions ---------------------------------------------------------------
    def write(self, slot: str) -> None:
        game = self.snapshot() if self.snapshot else None
        if game is None:
            self._tell("There is nothing to save right now.", "error")
            return
        try:
            self.store.save(slot, game)
        except SaveError as exc:
            self._tell(str(exc), "error")
        else:
            self._tell(f"Saved in {slot_title(slot)}.", "ui_confirm")
        self.refresh()

    def load(self, slot: str, backup: bool = False) -> None:
        try:
            game = self.store.load_backup(slot) if backup else self.store.load(slot)
        except LoadError as exc:
            self._tell(exc.message, "error")
            self.refresh()
            return
        self.ctx.stack.pop()
        if self.on_load is not None:
            self.on_load(game)

    def ask_delete(self, slot: str) -> None:
        name = slot_title(slot)
        body = f"Delete the save in {name} and its backup? This cannot be undone."
        self.ctx.stack.push(
            confirm(
                self.ctx,
                f"Delete {name}?",
                body,
                lambda: self.delete(slot),
                "Delete",
                "Keep it",
            )
        )

    def delete(self, slot: str) -> None:
        self.store.delete(slot)
        self._tell(f"{slot_title(slot)} was deleted.", "ui_confirm")
        self.refresh()

    def _tell(self, text: str, sound: str) -> None:
        self.notice = text
        self.ctx.audio.play_sound(sound)

    # -- drawing -------------------------------------------------------------
    def draw(self, surface: pygame.Surface, alpha: float) -> None:
        fonts, theme = self.ctx.assets.fonts, self.theme
        shade = pygame.Surface(surface.get_size())
        shade.fill(theme["backdrop"])
        shade.set_alpha(200)  # the game below stays faintly visible
        surface.blit(shade, (0, 0))
        title = "Save game" if self.mode is Mode.SAVE else "Load game"
        self.ctx.assets.ui.draw_panel(surface, (LIST.left, 8, 18, 18), "inset")
        icon = self.ctx.assets.ui.icon("save" if self.mode is Mode.SAVE else "load")
        surface.blit(icon, icon.get_rect(center=(LIST.left + 9, 17)))
        fonts.bold.draw(surface, title, (LIST.left + 26, 12), theme["accent"])
        self._draw_list(surface)
        self._draw_detail(surface)
        self._draw_footer(surface)

    def _draw_list(self, surface: pygame.Surface) -> None:
        self.ctx.assets.ui.draw_panel(surface, LIST, "panel")
        top, height = LIST.top + 8, max(ROW, self.ctx.assets.fonts.line_height + 4)
        self.scroll.fits = (LIST.height - 16) // height
        shown = self.scroll.follow(self.menu.focus, len(self.summaries))
        self.menu.rects = [(0, 0, 0, 0)] * len(self.summaries)
        for place, index in enumerate(shown):
            row = pygame.Rect(
                LIST.left + 6, top + place * height, LIST.width - 12, height
            )
            self.menu.rects[index] = (row.x, row.y, row.w, row.h)
            self._draw_row(
                surface, row, self.summaries[index], index == self.menu.focus
            )
        self._draw_more(surface)

    def _draw_more(self, surface: pygame.Surface) -> None:
        """Arrows on the list's frame when slots are scrolled out of sight."""
        font, accent = self.ctx.assets.fonts.regular, self.theme["accent"]
        x = LIST.right - 12
        if self.scroll.more_above():
            font.draw(surface, "^", (x, LIST.top - 2), accent)
        if self.scroll.more_below(len(self.summaries)):
            font.draw(surface, "v", (x, LIST.bottom - font.line_height + 2), accent)

    def _draw_row(
        self,
        surface: pygame.Surface,
        row: pygame.Rect,
        summary: SlotSummary,
        focused: bool,
    ) -> None:
        fonts, theme = self.ctx.assets.fonts, self.theme
        text_y = row.top + (row.height - fonts.regular.line_height) // 2 + 1
        if focused:
            self.ctx.assets.ui.draw_panel(surface, row, "button_focused")
            fonts.regular.draw(surface, ">", (row.left + 4, text_y), theme["highlight"])
        name_colour = theme["highlight"] if focused else theme["text"]
        fonts.bold.draw(
            surface, slot_title(summary.slot), (row.left + 14, text_y), name_colour
        )
        right = (row.right - 6, text_y)
        if summary.error is not None:
            width = fonts.regular.measure("Damaged")[0]
            warn = self.ctx.assets.ui.icon("warning")
            surface.blit(
                warn,
                (
                    right[0] - width - warn.get_width() - 4,
                    row.centery - warn.get_height() // 2,
                ),
            )
            fonts.regular.draw(
                surface, "Damaged", right, theme["warning"], align="right"
            )
        elif summary.game is None:
            fonts.regular.draw(
                surface, "Empty", right, theme["text_disabled"], align="right"
            )
        else:
            text = f"Ep {summary.game.episode}  {short_date(summary.saved_at)}"
            name = fonts.bold.measure(slot_title(summary.slot))[0]
            if name + fonts.regular.measure(text)[0] + 30 > row.width:
                text = f"Ep {summary.game.episode}"  # large text: date in the detail
            fonts.regular.draw(surface, text, right, theme["text_dim"], align="right")

    def _draw_detail(self, surface: pygame.Surface) -> None:
        self.ctx.assets.ui.draw_panel(surface, DETAIL, "panel")
        self.ctx.assets.ui.draw_panel(surface, SHOT.inflate(6, 6), "inset")
        if not self.summaries:
            return
        summary = self.focused
        if summary.game is not None:
            self._draw_game(surface, summary.game)
        elif summary.error is not None:
            self._draw_damage(surface, summary, summary.error)
        else:
            self._draw_empty(surface)

    def _draw_game(self, surface: pygame.Surface, game: SaveGame) -> None:
        fonts, theme = self.ctx.assets.fonts, self.theme
        shot = self._thumbnail(self.focused.slot, game)
        if shot is not None:
            surface.blit(shot, shot.get_rect(center=SHOT.center))
        else:
            fonts.regular.draw(
                surface, "No picture", SHOT.center, theme["text_dim"], align="center"
            )
        x, y = DETAIL.left + 10, SHOT.bottom + 12
        fonts.bold.draw(surface, episode_title(game.episode), (x, y), theme["accent"])
        fonts.regular.draw(surface, game.label or game.map, (x, y + 16), theme["text"])
        fonts.regular.draw(
            surface,
            f"Saved {short_date(game.saved_at)}",
            (x, y + 32),
            theme["text_dim"],
        )
        fonts.regular.draw(
            surface,
            f"Played {clock_text(game.play_time)}",
            (DETAIL.right - 10, y + 32),
            theme["text_dim"],
            align="right",
        )
        if game.game_version:
            fonts.regular.draw(
                surface,
                f"Version {game.game_version}",
                (x, y + 48),
                theme["text_disabled"],
            )

    def _draw_damage(
        self, surface: pygame.Surface, summary: SlotSummary, error: LoadError
    ) -> None:
        fonts, theme = self.ctx.assets.fonts, self.theme
        warn = self.ctx.assets.ui.icon("warning")
        surface.blit(warn, warn.get_rect(center=(SHOT.centerx, SHOT.centery - 10)))
        fonts.bold.draw(
            surface,
            "This save is damaged",
            (SHOT.centerx, SHOT.centery + 2),
            theme["warning"],
            align="center",
        )
        x, y = DETAIL.left + 10, SHOT.bottom + 12
        lines = fonts.regular.wrap(error.message, DETAIL.width - 20)
        for i, line in enumerate(lines[:4]):
            fonts.regular.draw(
                surface, line, (x, y + i * fonts.regular.line_height), theme["text"]
            )
        if self.mode is Mode.LOAD:
            offer = (
                self.ctx.hint("Backup available: {confirm}")
                if summary.has_backup
                else "No backup exists."
            )
            colour = theme["good"] if summary.has_backup else theme["text_dim"]
            fonts.regular.draw(surface, offer, (x, DETAIL.bottom - 20), colour)

    def _draw_empty(self, surface: pygame.Surface) -> None:
        fonts, theme = self.ctx.assets.fonts, self.theme
        fonts.regular.draw(
            surface, "Empty slot", SHOT.center, theme["text_dim"], align="center"
        )
        if self.mode is Mode.SAVE:
            x, y = DETAIL.left + 10, SHOT.bottom + 12
            fonts.regular.draw(
                surface, self.ctx.hint("{confirm}: save here"), (x, y), theme["text"]
            )

    def _draw_footer(self, surface: pygame.Surface) -> None:
        """The controls hint, or in its place the last outcome (saved, an error)."""
        font, theme = self.ctx.assets.fonts.regular, self.theme
        if not self.notice:
            hint = self.ctx.hint("{confirm}: choose   {cancel}: back")
            font.draw(
                surface,
                hint,
                (
                    DETAIL.right - 4,
                    min(LIST.bottom + 10, surface.get_height() - font.line_height),
                ),
                theme["text_dim"],
                align="right",
            )
            return
        width = DETAIL.right - LIST.left
        lines = font.wrap(self.notice, width - 20)
        height = 12 + len(lines) * font.line_height
        box = pygame.Rect(LIST.left, surface.get_height() - height - 2, width, height)
        self.ctx.assets.ui.draw_panel(surface, box, "panel")
        for i, line in enumerate(lines):
            font.draw(
                surface,
                line,
                (box.left + 10, box.top + 6 + i * font.line_height),
                theme["highlight"],
            )

    def _thumbnail(self, slot: str, game: SaveGame) -> pygame.Surface | None:
        """The save's picture scaled by a whole number to fit the frame (cached)."""
        key = (slot, game.saved_at)
        if key not in self._thumbs:
            image = decode_thumbnail(game.thumbnail)
            if image is not None:
                factor = max(
                    1,
                    min(
                        SHOT.width // image.get_width(),
                        SHOT.height // image.get_height(),
                    ),
                )
                image = pygame.transform.scale_by(image, factor)
            self._thumbs[key] = image
        return self._thumbs[key]
