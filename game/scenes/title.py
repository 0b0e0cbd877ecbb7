"""The title screen: illustration, logo and the main menu."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from game.core.clock import TICK_RATE
from game.core.reading import read_text
from game.input.actions import Action, ActionState
from game.scenes.base import Scene
from game.scenes.epilogue import EpilogueScene, epilogue_unlocked
from game.scenes.widgets import draw_notice
from game.ui.menu import Menu, MenuItem
from game.ui.menu_view import MenuView
from game.ui.theme import load_theme

if TYPE_CHECKING:
    from game.play.notices import Notice
    from game.save.model import SaveGame

NOTICE_SECONDS = 6
MENU_AREA = pygame.Rect(36, 196, 132, 96)


class TitleScene(Scene):
    """New game, Continue, Load, Settings, Credits, Epilogue (once every
    episode has an ending reached), Quit."""

    def __init__(self, ctx) -> None:
        super().__init__(ctx)
        self.theme = load_theme()
        self.ticks = 0
        self.notice: Notice | None = None
        self.notice_ticks = 0
        self.menu = self._build_menu()
        self.motion = _load_motion()

    def _build_menu(self) -> Menu:
        nav = self.ctx.nav
        has_saves = self._newest_save() is not None
        items = [
            MenuItem("New game", nav.episode_select),
            MenuItem("Continue", self._continue, enabled=has_saves),
            MenuItem("Load", self._load, enabled=has_saves),
            MenuItem("Settings", nav.open_settings),
            MenuItem("Credits", nav.open_credits),
        ]
        if epilogue_unlocked(self.ctx.profile):
            items.append(MenuItem("Epilogue", self._epilogue))
        return Menu([*items, MenuItem("Quit", nav.quit)])

    def _epilogue(self) -> None:
        self.ctx.stack.push(EpilogueScene(self.ctx))

    def _newest_save(self) -> tuple[str, SaveGame] | None:
        return self.ctx.saves.store().newest()

    def _continue(self) -> None:
        self.ctx.saves.continue_game()

    def _load(self) -> None:
        self.ctx.nav.open_load()

    def _draw_sparkles(self, surface: pygame.Surface, seconds: float) -> None:
        """Nanobot glints that twinkle around the tooth (assets/config/
        title_motion.json); held still when the player asked for fewer flashes."""
        motion = self.motion
        if self.ctx.settings.reduce_flashes:
            return
        colours = motion["rgb"]
        for x, y, phase in motion["sparkles"]:
            t = (seconds / motion["period"] + phase) % 1.0
            level = 1.0 - abs(t * 2.0 - 1.0)  # 0 -> 1 -> 0 over a period
            step = min(int(level * len(colours)), len(colours) - 1)
            if level < 0.25:
                continue
            colour = colours[step]
            surface.fill(colour, (x, y, 1, 1))
            if level > 0.6:  # a bright glint grows arms
                surface.fill(colour, (x - 1, y, 3, 1))
                surface.fill(colour, (x, y - 1, 1, 3))

    def resume(self) -> None:
        self.menu = self._build_menu()

    def update(self, actions: ActionState, dt: float) -> None:
        self.ticks += 1
        if self.ctx.messages and not self.notice_ticks:
            self.notice = self.ctx.messages.pop(0)
            self.notice_ticks = NOTICE_SECONDS * TICK_RATE
        self.notice_ticks = max(0, self.notice_ticks - 1)
        if self.notice_ticks and actions.was_pressed(Action.CANCEL):
            self.notice_ticks = 0
            return
        moved = self.menu.focus
        chosen = self.menu.update(actions)
        if chosen is not None:
            self.ctx.audio.play_sound("ui_confirm")
        elif moved != self.menu.focus:
            self.ctx.audio.play_sound("ui_move")

    def _menu_area(self) -> pygame.Rect:
        """MENU_AREA at normal text; taller (growing upward) at larger sizes."""
        rows = len(self.menu.items) * (self.ctx.assets.fonts.line_height + 4)
        area = MENU_AREA.copy()
        area.height = max(MENU_AREA.height, rows)
        area.width = max(MENU_AREA.width, MENU_AREA.width * rows // MENU_AREA.height)
        area.bottom = MENU_AREA.bottom
        return area

    def draw(self, surface: pygame.Surface, alpha: float) -> None:
        surface.blit(self.ctx.assets.image("title/title"), (0, 0))
        self._draw_sparkles(surface, (self.ticks + alpha) / TICK_RATE)
        fonts = self.ctx.assets.fonts
        blink = (self.ticks // 30) % 2 == 0
        view = MenuView(self._menu_area(), blink=blink, text=self.ctx.dialogue.ui_text)
        self.ctx.assets.ui.draw_panel(surface, view.area.inflate(16, 16), "panel")
        view.draw(surface, self.menu, self.ctx.assets, self.theme)
        hint = self.ctx.hint("{up} / {down}: choose   {confirm}: confirm")
        width = fonts.regular.measure(hint)[0] + 16
        plate = pygame.Rect(0, 0, width, fonts.line_height + 8)
        plate.midbottom = (320, 356)
        self.ctx.assets.ui.draw_panel(surface, plate, "plate")
        colour = self.ctx.assets.ui.text_colour("plate")
        fonts.regular.draw(surface, hint, (320, plate.top + 4), colour, align="center")
        if self.notice_ticks and self.notice is not None:
            draw_notice(surface, self.notice, self.ctx.assets, self.theme)


def _load_motion() -> dict:
    """The sparkle layout with its colours resolved to RGB."""
    import json

    from game.art.palette import load_palette
    from game.core.paths import assets_dir

    path = assets_dir() / "config" / "title_motion.json"
    motion = json.loads(read_text(path))
    palette = load_palette()
    motion["rgb"] = [palette.rgb(name) for name in motion["colours"]]
    return motion
