"""The minigame scene: play one level, then show its result.

Actions -> commands: the reticle follows the mouse (ActionState.pointer, in
canvas pixels; 2 px per tissue cell), the direction keys or the left stick;
PULSE held charges and its release fires; FIREWALL pressed twice places a
wall from the first point to the second (CANCEL drops the first point);
SCAN scans; SHUTDOWN asks for CONFIRM (CANCEL backs out); NEXT_FEED and
PREV_FEED switch patients; PAUSE opens the pause menu with Retry.
A level that cannot be loaded shows its problems instead of crashing.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import pygame

from game.core.paths import project_root
from game.dialogue.speakers import load_speakers
from game.input.actions import Action, ActionState
from game.minigame.hud import Hud, load_words
from game.minigame.levels import LevelError, load_level
from game.minigame.render import MinigameRenderer
from game.minigame.result import MinigameResult
from game.minigame.sim import Commands, make_state, result_of, step
from game.minigame.spec import FEED_H, FEED_W, Hint, LevelSpec
from game.minigame.state import Outcome, SimState
from game.minigame.tips import Tip, load_tips, seen_id
from game.minigame.view import CELL_PX

if TYPE_CHECKING:
    from game.play.context import Context

from game.scenes.base import Scene

RETICLE_SPEED = 2.5  # cells per tick with keys or stick
HINT_SECONDS = 6.0
BANNER_SECONDS = 3.0  # the level's title shows this long at the start
TIP_SECONDS = 9.0  # a first-time tip shows this long (play goes on)
END_PAUSE = 60  # ticks the final frame stays before the result screen
EVENT_SOUNDS = {
    "pulse": "pulse",
    "scan": "scan",
    "firewall": "firewall",
    "fizzle": "error",
    "wave": "alarm",
    "alarm": "alarm",
    "shutdown": "shutdown",
    "won": "win",
    "lost": "lose",
}
EVENT_TRIGGERS = {
    "pulse": "after_pulse",
    "firewall": "after_firewall",
    "scan": "after_scan",
    "wave": "wave",
    "alarm": "alarm",
}


# A level file named epN_... belongs to episode N.
LEVEL_EPISODE = re.compile(r"ep(\d+)_")


class MinigameScene(Scene):
    """Plays the level at `level_path`; `on_done(result)` runs when the
    player leaves the result screen with Continue (not on quit to title)."""

    def __init__(
        self,
        ctx: Context,
        level_path: Path,
        on_done: Callable[[MinigameResult], None] | None = None,
    ) -> None:
        super().__init__(ctx)
        self.level_path = Path(level_path)
        self.on_done = on_done
        self.error: LevelError | None = None
        self.spec: LevelSpec | None = None
        try:
            self.spec = load_level(self.level_path)
        except LevelError as exc:
            self.error = exc
        self.state: SimState | None = None
        self.cursor = (FEED_W / 2, FEED_H / 2)
        self.anchor: tuple[float, float] | None = None
        self.confirming = False
        self.hint: tuple[str, float] | None = None
        self.shown: set[int] = set()
        self.seen_events = 0
        self.end_wait = 0
        self.last_pointer: tuple[int, int] | None = None
        self.words = load_words()
        self.tip: Tip | None = None
        self.tip_from: float | None = None

    # -- lifecycle ------------------------------------------------------------
    def enter(self) -> None:
        if self.spec is None:
            return
        seed = int(self.ctx.rng.integers(0, 2**31 - 1))
        assist = self.ctx.settings.minigame_assist
        self.state = make_state(self.spec, seed, assist)
        flashes = self.ctx.settings.reduce_flashes
        self.renderer = MinigameRenderer(
            self.state, None, flashes, self.ctx.settings.colourblind_palette
        )
        self.renderer.tissue.prepare()  # no build hitch on a feed switch
        assets = self.ctx.assets
        palette = self.renderer.effects.palette
        self.hud = Hud(
            self.state, assets.fonts, palette, self.words, assets.ui, flashes
        )
        self.speaker = self._speaker(self.spec.hint_speaker)
        self.tip = self._unseen_tip()
        self.ctx.audio.play_music("minigame")
        self._trigger("start")

    def _unseen_tip(self) -> Tip | None:
        """The level's glitch kind's tip, unless this profile has seen it."""
        kind = self.state.tuning.glitch_kind if self.state else None
        if kind is None or self.ctx.profile.has_seen(seen_id(kind)):
            return None
        return load_tips().get(kind)

    def _speaker(self, name: str) -> tuple[pygame.Surface | None, str]:
        """The hint speaker's neutral portrait (None: the console picture) and
        name colour, from the speakers of the episode playing (or, for a level
        started on its own, of the episode its name starts with: ep2_...);
        anything missing or broken falls back to the console picture."""
        speakers, _problems = load_speakers(project_root(), self._episode())
        entry = speakers.get(name)
        if entry is None:
            return None, "teallite"
        if not entry.portrait:
            return None, entry.colour
        return self._portrait(entry.portrait), entry.colour

    def _episode(self) -> int | None:
        if self.ctx.story is not None:
            return self.ctx.story.episode
        found = LEVEL_EPISODE.match(self.level_path.stem)
        return int(found.group(1)) if found else None

    def _portrait(self, pid: str) -> pygame.Surface | None:
        loaded = self.ctx.assets.portrait(pid)
        if loaded is None:
            return None
        sheet, moods = loaded
        size = sheet.get_height()
        index = moods.get("neutral", 0)
        if (index + 1) * size > sheet.get_width():
            index = 0
        return sheet.subsurface((index * size, 0, size, size))

    def retry(self) -> None:
        """Start the level afresh (from the pause menu or the result screen)."""
        self.ctx.stack.replace(self.ctx.screens.minigame(self.level_path, self.on_done))

    # -- input ---------------------------------------------------------------
    def _aim(self, actions: ActionState) -> None:
        x, y = self.cursor
        if actions.pointer is not None and actions.pointer != self.last_pointer:
            self.last_pointer = actions.pointer
            x, y = actions.pointer[0] / CELL_PX, actions.pointer[1] / CELL_PX
        dx, dy = actions.direction()
        sx, sy = actions.stick
        x += (dx + sx) * RETICLE_SPEED
        y += (dy + sy) * RETICLE_SPEED
        self.cursor = (min(max(x, 0.0), FEED_W - 1.0), min(max(y, 0.0), FEED_H - 1.0))

    def _firewall(
        self, actions: ActionState
    ) -> tuple[float, float, float, float] | None:
        if actions.was_pressed(Action.CANCEL):
            self.anchor = None
        if not actions.was_pressed(Action.FIREWALL):
            return None
        if self.anchor is None:
            self.anchor = self.cursor
            return None
        segment = (*self.anchor, *self.cursor)
        self.anchor = None
        return segment

    def _shutdown(self, actions: ActionState) -> bool:
        if self.confirming:
            if actions.was_pressed(Action.CONFIRM):
                return True
            if actions.was_pressed(Action.CANCEL):
                self.confirming = False
            return False
        if actions.was_pressed(Action.SHUTDOWN):
            self.confirming = True
        return False

    def commands(self, actions: ActionState) -> Commands:
        """This tick's commands from the player's actions."""
        self._aim(actions)
        shutdown = self._shutdown(actions)
        feed = actions.was_pressed(Action.NEXT_FEED) - actions.was_pressed(
            Action.PREV_FEED
        )
        return Commands(
            x=self.cursor[0],
            y=self.cursor[1],
            pulse=actions.is_held(Action.PULSE) and not self.confirming,
            firewall=self._firewall(actions),
            scan=actions.was_pressed(Action.SCAN),
            shutdown=shutdown,
            feed_step=feed,
        )

    # -- update ----------------------------------------------------------------
    def update(self, actions: ActionState, dt: float) -> None:
        if self.state is None:
            if actions.was_pressed(Action.CONFIRM) or actions.was_pressed(
                Action.CANCEL
            ):
                self.ctx.stack.pop()
            return
        if actions.was_pressed(Action.PAUSE):
            self._pause()
            return
        s = self.state
        if s.vitals.outcome is Outcome.PLAYING:
            step(s, self.commands(actions))
            self._react(s)
            self._timed_hints(s)
            self._first_tip(s)
            return
        self.end_wait += 1
        if self.end_wait == END_PAUSE:
            self._finish(s)

    def _pause(self) -> None:
        self.ctx.nav.open_pause(retry=self._retry_from_pause)

    def _retry_from_pause(self) -> None:
        self.ctx.stack.pop()
        self.ctx.stack.after(self.retry)

    def _finish(self, s: SimState) -> None:
        result = result_of(s)
        screen = self.ctx.screens.minigame_result(result, self.level_path, self.on_done)
        self.ctx.stack.replace(screen)

    def _react(self, s: SimState) -> None:
        """Sounds and hints for the sim's new events."""
        events = list(s.events)
        fresh = [e for e in events if e.tick >= s.vitals.tick - 1]
        for event in fresh[-4:]:
            sound = EVENT_SOUNDS.get(event.kind)
            if sound:
                self.ctx.audio.play_sound(sound)
            trigger = EVENT_TRIGGERS.get(event.kind)
            if trigger:
                self._trigger(trigger)
        if s.vitals.glitched and s.vitals.tick > 1:
            self._trigger("glitch_seen")

    def _timed_hints(self, s: SimState) -> None:
        seconds = s.time
        for i, hint in enumerate(self._hints()):
            if i in self.shown or not hint.trigger.startswith("t="):
                continue
            if seconds >= float(hint.trigger[2:]):
                self._show(i, hint)
        if self.hint and seconds - self.hint[1] > HINT_SECONDS:
            self.hint = None

    def _first_tip(self, s: SimState) -> None:
        """Show the glitch kind's tip once its bots are on screen (hidden ones
        at once) and the title has gone; the profile remembers it."""
        if self.tip is None or self.tip_from is not None or s.time < BANNER_SECONDS:
            return
        if s.vitals.glitched or s.spec.behaviour.hidden:
            self.tip_from = s.time
            self.ctx.profile.mark_seen(seen_id(s.tuning.glitch_kind))
            self.ctx.profile.save()

    def _tip_showing(self) -> bool:
        if self.tip_from is None or self.state is None:
            return False
        return self.state.time - self.tip_from < TIP_SECONDS

    def _hints(self) -> tuple[Hint, ...]:
        return self.spec.hints if self.spec else ()

    def _trigger(self, trigger: str) -> None:
        for i, hint in enumerate(self._hints()):
            if hint.trigger == trigger and i not in self.shown:
                self._show(i, hint)
                return

    def _show(self, index: int, hint: Hint) -> None:
        self.shown.add(index)
        text = self.ctx.hint(hint.text)  # {pulse} -> the player's own key
        self.hint = (text, self.state.time if self.state else 0.0)

    # -- draw --------------------------------------------------------------------
    def draw(self, surface: pygame.Surface, alpha: float) -> None:
        if self.state is None:
            self._draw_error(surface)
            return
        self.renderer.draw(surface)
        effects = self.renderer.effects
        mode = "scan" if self.state.spec.behaviour.hidden else "pulse"
        if self.anchor is not None:
            effects.firewall_preview(surface, self.anchor, self.cursor)
        effects.reticle(surface, *self.cursor, mode)
        x, y = int(self.cursor[0] * CELL_PX), int(self.cursor[1] * CELL_PX)
        self.hud.charge_label(surface, x, y)
        self.hud.draw(surface)
        if self.state.time < BANNER_SECONDS and self.spec and self.spec.title:
            self.hud.banner(surface, self.spec.title)
        bottom = self._boxes(surface)
        if self.tip is not None and self._tip_showing():
            text = self.ctx.hint(self.tip.text)
            self.hud.tip(surface, self.tip.title, text, bottom)

    def _boxes(self, surface: pygame.Surface) -> int:
        """The shutdown question or the current hint, along the bottom;
        returns the y a tip must stay above."""
        if self.confirming:
            return self.hud.confirm(
                surface,
                self.words["shutdown_title"],
                self.ctx.hint(self.words["shutdown_prompt"]),
            )
        if self.hint and self.spec:
            portrait, colour = self.speaker
            return self.hud.hint(
                surface, self.spec.hint_speaker, self.hint[0], portrait, colour
            )
        return 356

    def _draw_error(self, surface: pygame.Surface) -> None:
        surface.fill((13, 15, 26))
        font = self.ctx.assets.fonts.regular
        y = 20
        lines = [self.words["level_error"], *str(self.error).splitlines()]
        for line in lines[:20]:
            for part in font.wrap(line, 600):
                font.draw(surface, part, (20, y), "coral")
                y += font.line_height
