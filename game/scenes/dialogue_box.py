"""The dialogue box: an overlay scene that plays a conversation (its state and
input; `game.ui.dialogue_view` and `game.ui.backlog` draw it).

It drives a `Runner` and shows its events: a name plate in the speaker's
colour, a portrait with the line's mood, a typewriter (settings.text_speed
chars/s, 0 = instant) with a blip, CONFIRM completes the page and then
advances, long lines wrap and page. Choices by keyboard, mouse and pad;
unavailable options hidden, or greyed with a lock when the node is tagged
`show_unavailable`. BACKLOG opens the history, SKIP fast-forwards lines seen
before (stopping at choices and new lines), AUTO toggles auto-advance.
PAUSE (also sent when the window loses focus) opens the pause menu, which
holds the conversation still: no typing, auto-advance or skipping under it.
Commands go to `on_command`, which may return a poll that is true once the
command has finished (the box waits for it).
"""

from __future__ import annotations

from collections.abc import Callable

import pygame

from game.core.paths import project_root
from game.dialogue.errors import DialogueError
from game.dialogue.runner import Command, End, Line, Options, Runner
from game.dialogue.speakers import Speaker, load_speakers
from game.input.actions import Action, ActionState
from game.play.notices import warning
from game.scenes.base import Scene
from game.ui.backlog import BACKLOG_LIMIT, BacklogEntry, draw_backlog, scroll_step
from game.ui.dialogue_view import (
    BOX,
    draw_modes,
    draw_more_arrow,
    draw_name_plate,
    draw_options,
    draw_page,
    draw_portrait,
    option_rects,
    portrait_frame,
    row_at,
    text_rect,
)
from game.ui.textbox import Page, Typewriter, auto_delay, paginate

Poll = Callable[[], bool]
CommandHandler = Callable[[Command], Poll | None]

LINES_PER_PAGE = 6
BLIP_EVERY = 3  # characters between text blips
SKIP_INTERVAL = 0.1  # seconds between lines while skipping


class DialogueBoxScene(Scene):
    """Plays `node` with `runner` over the scene below."""

    overlay = True
    # The world beneath keeps running its scripted moves and fades, which
    # `move` and `fade` commands wait for; it holds everything else still.
    blocks_update = False

    def __init__(
        self,
        ctx,
        runner: Runner,
        node: str,
        on_command: CommandHandler | None = None,
        on_done: Callable[[], None] | None = None,
        speakers: dict[str, Speaker] | None = None,
    ) -> None:
        super().__init__(ctx)
        self.runner = runner
        self.node = node
        self.on_command = on_command
        self.on_done = on_done
        if speakers is None:
            story = ctx.story
            episode = story.episode if story is not None else None
            speakers = load_speakers(project_root(), episode)[0]
        self.speakers = speakers
        self.line: Line | None = None
        self.pages: list[Page] = []
        self.page = 0
        self.typewriter: Typewriter | None = None
        self.options: Options | None = None
        self.visible: list[int] = []  # option indices shown
        self.selected = 0
        self.waiting: Poll | None = None
        self.backlog: list[BacklogEntry] = []
        self.backlog_open = False
        self.backlog_scroll = 0
        self.skipping = False
        self.auto = ctx.settings.auto_advance
        self.auto_timer = 0.0
        self.skip_timer = 0.0
        self.blip_count = 0
        self.clock = 0.0
        self.finished = False

    # -- lifecycle --------------------------------------------------------------
    def enter(self) -> None:
        self.runner.start(self.node)
        self.next_event()

    def next_event(self) -> None:
        """Advance the runner until something needs the player or time."""
        self.options = None  # the last line stays on screen under choices
        while not self.finished:
            try:
                event = self.runner.advance()
            except DialogueError as error:  # a loop or a runtime fault in the text
                self.ctx.messages.append(warning(error.format().splitlines()[0]))
                self.finish()
                return
            if isinstance(event, Line):
                self.show_line(event)
                return
            if isinstance(event, Options):
                self.show_options(event)
                return
            if isinstance(event, Command) and self.run_command(event):
                return
            if isinstance(event, End):
                if event.problem:  # the runtime stopped a faulty conversation
                    self.ctx.messages.append(warning(event.problem))
                self.finish()

    def finish(self) -> None:
        self.finished = True
        self.ctx.stack.remove(self)
        if self.on_done is not None:
            self.ctx.stack.after(self.on_done)

    def run_command(self, event: Command) -> bool:
        """Hand a command on; True if the box must wait for it."""
        poll = self.on_command(event) if self.on_command else None
        if poll is not None and not poll():
            self.waiting = poll
            return True
        return False

    def show_line(self, line: Line) -> None:
        self.line = line
        self.backlog.append(BacklogEntry(line.name or line.speaker, line.text))
        del self.backlog[:-BACKLOG_LIMIT]
        fonts = self.ctx.assets.fonts
        rect = self.text_rect()
        rows = max(1, min(LINES_PER_PAGE, rect.height // fonts.line_height))
        self.pages = paginate(line.text, line.spans, fonts.wrap_rich, rect.width, rows)
        self.start_page(0)
        if self.skipping and not line.seen:
            self.skipping = False

    def start_page(self, index: int) -> None:
        self.page = index
        page = self.pages[index]
        cps = float(self.ctx.settings.text_speed)
        spans = self.line.spans if self.line else ()
        self.typewriter = Typewriter(page.start, page.end, cps, spans)
        self.auto_timer = 0.0

    def show_options(self, options: Options) -> None:
        self.options = options
        if self.typewriter is not None:
            self.typewriter.complete()
        self.visible = [
            i
            for i, o in enumerate(options.options)
            if o.available or options.show_unavailable
        ]
        self.selected = next(
            (n for n, i in enumerate(self.visible) if options.options[i].available), 0
        )
        self.skipping = False

    # -- update -----------------------------------------------------------------
    def update(self, actions: ActionState, dt: float) -> None:
        self.clock += dt
        if self.finished:
            return
        if actions.was_pressed(Action.BACKLOG) or (
            self.backlog_open and actions.was_pressed(Action.CANCEL)
        ):
            self.backlog_open = not self.backlog_open
            self.backlog_scroll = 0
            return
        if self.backlog_open:
            self.backlog_scroll = max(0, self.backlog_scroll - scroll_step(actions))
            return
        if actions.was_pressed(Action.PAUSE):
            self.ctx.nav.open_pause()
            return
        if actions.was_pressed(Action.AUTO):
            self.auto = not self.auto
        if actions.was_pressed(Action.SKIP):
            self.skipping = not self.skipping
        if self.waiting is not None:
            self.update_waiting()
        elif self.options is not None:
            self.update_options(actions)
        elif self.typewriter is not None:
            self.update_line(actions, dt)

    def update_waiting(self) -> None:
        if self.waiting is not None and self.waiting():
            self.waiting = None
            self.next_event()

    def update_line(self, actions: ActionState, dt: float) -> None:
        writer = self.typewriter
        assert writer is not None
        if self.skipping and self.line is not None and self.line.seen:
            self.skip_timer += dt
            if self.skip_timer >= SKIP_INTERVAL:
                self.skip_timer = 0.0
                self.advance()
            return
        self.blip(writer.update(dt))
        if actions.was_pressed(Action.CONFIRM) or self.clicked(actions):
            if writer.done:
                self.advance()
            else:
                writer.complete()
            return
        if self.auto and writer.done:
            self.auto_timer += dt
            if self.auto_timer >= self.auto_wait():
                self.advance()

    def auto_wait(self) -> float:
        page = self.pages[self.page]
        base = float(self.ctx.settings.auto_advance_base)
        per_char = float(self.ctx.settings.auto_advance_per_char)
        return auto_delay(page.end - page.start, base, per_char)

    def advance(self) -> None:
        """Next page of this line, or the next event."""
        if self.page + 1 < len(self.pages):
            self.start_page(self.page + 1)
        else:
            self.next_event()

    def blip(self, appeared: int) -> None:
        if appeared <= 0:
            return
        self.blip_count += appeared
        if self.blip_count >= BLIP_EVERY:
            self.blip_count = 0
            self.ctx.audio.play_sound("blip")

    def clicked(self, actions: ActionState) -> bool:
        return actions.was_pressed(Action.POINTER)

    def update_options(self, actions: ActionState) -> None:
        if not self.visible:
            return
        step = actions.menu_step()
        if step:
            self.selected = (self.selected + step) % len(self.visible)
        hovered = self.option_at(actions.pointer)
        if hovered is not None:
            self.selected = hovered
        pointer_pick = actions.was_pressed(Action.POINTER) and hovered is not None
        if actions.was_pressed(Action.CONFIRM) or pointer_pick:
            self.pick(self.visible[self.selected])

    def pick(self, index: int) -> None:
        assert self.options is not None
        option = self.options.options[index]
        if not option.available:
            return
        self.backlog.append(BacklogEntry(option.speaker, option.text, choice=True))
        self.runner.choose(index)
        self.ctx.audio.play_sound("ui_confirm")
        self.next_event()

    # -- layout -----------------------------------------------------------------
    def portrait_id(self) -> str | None:
        if self.line is None or self.line.speaker is None:
            return None
        speaker = self.speakers.get(self.line.speaker)
        return speaker.portrait if speaker else None

    def text_rect(self) -> pygame.Rect:
        return text_rect(self.portrait_id() is not None)

    def option_rects(self) -> list[pygame.Rect]:
        assert self.options is not None
        texts = [self.options.options[i].text for i in self.visible]
        return option_rects(self.ctx.assets.fonts, texts)

    def option_at(self, pointer: tuple[int, int] | None) -> int | None:
        if self.options is None:
            return None
        return row_at(self.option_rects(), pointer)

    # -- drawing ----------------------------------------------------------------
    def draw(self, surface: pygame.Surface, alpha: float) -> None:
        if self.finished:
            return
        ui, fonts = self.ctx.assets.ui, self.ctx.assets.fonts
        if self.backlog_open:
            self.backlog_scroll = draw_backlog(
                surface, ui, fonts, self.backlog, self.backlog_scroll
            )
            return
        ui.draw_panel(surface, BOX, "panel")
        if self.line is not None:
            self.draw_line(surface)
        if self.options is not None:
            shown = list(zip(self.visible, self.option_rects(), strict=True))
            draw_options(surface, ui, fonts, self.options, shown, self.selected)
        draw_modes(surface, fonts, self.auto, self.skipping)

    def draw_line(self, surface: pygame.Surface) -> None:
        assert self.line is not None and self.typewriter is not None
        ui, fonts = self.ctx.assets.ui, self.ctx.assets.fonts
        pid = self.portrait_id()
        if pid is not None:
            frame = portrait_frame(self.ctx.assets.portrait(pid), self.line.mood)
            draw_portrait(surface, ui, frame)
        if self.line.speaker:
            speaker = self.speakers.get(self.line.speaker)
            colour = speaker.colour if speaker else "white"
            role = speaker.role if speaker else None
            name = self.line.name or self.line.speaker
            draw_name_plate(surface, ui, fonts, name, colour, role)
        page = self.pages[self.page]
        draw_page(surface, fonts, page, self.text_rect(), self.typewriter.shown)
        if self.typewriter.done and self.options is None and self.waiting is None:
            draw_more_arrow(surface, ui, self.clock)
