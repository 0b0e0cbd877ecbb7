"""The dialogue box: an overlay scene that plays a conversation.

It drives a `Runner` and shows its events: a name plate in the speaker's
colour, a portrait with the line's mood, a typewriter (settings.text_speed
chars/s, 0 = instant) with a blip, CONFIRM completes the page and then
advances, long lines wrap and page. Choices by keyboard, mouse and pad;
unavailable options hidden, or greyed with a lock when the node is tagged
`show_unavailable`. BACKLOG opens the history, SKIP fast-forwards lines seen
before (stopping at choices and new lines), AUTO toggles auto-advance.
Commands go to `on_command`, which may return a poll that is true once the
command has finished (the box waits for it).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pygame

from game.core.paths import project_root
from game.dialogue.errors import DialogueError
from game.dialogue.runner import Command, End, Line, Options, Runner
from game.dialogue.speakers import Speaker, load_speakers
from game.input.actions import Action, ActionState
from game.scenes.base import Scene
from game.ui.textbox import Page, Typewriter, auto_delay, paginate

Poll = Callable[[], bool]
CommandHandler = Callable[[Command], Poll | None]

SCREEN = (640, 360)
BOX = pygame.Rect(16, 240, 608, 108)
PORTRAIT = 64
PAD = 12
LINES_PER_PAGE = 6
OPTION_ROW = 16
BLIP_EVERY = 3  # characters between text blips
SKIP_INTERVAL = 0.1  # seconds between lines while skipping
BACKLOG_LIMIT = 200


@dataclass(frozen=True)
class BacklogEntry:
    speaker: str | None
    text: str
    choice: bool = False


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
        self.speakers = (
            speakers if speakers is not None else load_speakers(project_root())[0]
        )
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
                self.ctx.messages.append(error.format().splitlines()[0])
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
        self.backlog.append(BacklogEntry(line.speaker, line.text))
        del self.backlog[:-BACKLOG_LIMIT]
        fonts = self.ctx.assets.fonts
        width = self.text_rect().width
        self.pages = paginate(
            line.text, line.spans, fonts.wrap_rich, width, LINES_PER_PAGE
        )
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
            self.scroll_backlog(actions)
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

    def scroll_backlog(self, actions: ActionState) -> None:
        step = actions.menu_step()
        if actions.was_pressed(Action.SCROLL_UP):
            step -= 1
        if actions.was_pressed(Action.SCROLL_DOWN):
            step += 1
        self.backlog_scroll = max(0, self.backlog_scroll - step)

    # -- layout -----------------------------------------------------------------
    def portrait_id(self) -> str | None:
        if self.line is None or self.line.speaker is None:
            return None
        speaker = self.speakers.get(self.line.speaker)
        return speaker.portrait if speaker else None

    def text_rect(self) -> pygame.Rect:
        left = BOX.x + PAD + (PORTRAIT + PAD if self.portrait_id() else 0)
        return pygame.Rect(
            left, BOX.y + PAD, BOX.right - PAD - left, BOX.height - 2 * PAD
        )

    def option_rects(self) -> list[pygame.Rect]:
        fonts = self.ctx.assets.fonts
        assert self.options is not None
        width = (
            max(
                [
                    fonts.measure_rich(self.options.options[i].text)[0]
                    for i in self.visible
                ]
                + [120]
            )
            + 2 * PAD
            + 12
        )
        width = min(width, BOX.width)
        height = len(self.visible) * OPTION_ROW
        top = BOX.y - 8 - height - PAD
        left = BOX.right - width
        return [
            pygame.Rect(
                left + 6, top + PAD // 2 + n * OPTION_ROW, width - 12, OPTION_ROW
            )
            for n in range(len(self.visible))
        ]

    def option_at(self, pointer: tuple[int, int] | None) -> int | None:
        if pointer is None or self.options is None:
            return None
        for n, rect in enumerate(self.option_rects()):
            if rect.collidepoint(pointer):
                return n
        return None

    # -- drawing ----------------------------------------------------------------
    def draw(self, surface: pygame.Surface, alpha: float) -> None:
        if self.finished:
            return
        if self.backlog_open:
            self.draw_backlog(surface)
            return
        ui = self.ctx.assets.ui
        ui.draw_panel(surface, BOX, "panel")
        if self.line is not None:
            self.draw_line(surface)
        if self.options is not None:
            self.draw_options(surface)
        self.draw_modes(surface)

    def draw_line(self, surface: pygame.Surface) -> None:
        assert self.line is not None and self.typewriter is not None
        fonts = self.ctx.assets.fonts
        self.draw_portrait(surface)
        self.draw_name(surface)
        rect = self.text_rect()
        shown = self.typewriter.shown
        for row, line in enumerate(self.pages[self.page].lines):
            visible = max(0, min(line.length, shown - line.start))
            y = rect.y + row * fonts.line_height
            fonts.draw_rich(
                surface, line.spans, (rect.x, y), "white", max_chars=visible
            )
        if self.typewriter.done and self.options is None and self.waiting is None:
            bob = int(self.clock * 3) % 2
            icon = self.ctx.assets.ui.icon("arrow_down")
            spot = (
                BOX.right - PAD - icon.get_width(),
                BOX.bottom - PAD - icon.get_height() + bob,
            )
            surface.blit(icon, spot)

    def draw_name(self, surface: pygame.Surface) -> None:
        assert self.line is not None
        if not self.line.speaker:
            return
        fonts = self.ctx.assets.fonts
        speaker = self.speakers.get(self.line.speaker)
        colour = speaker.colour if speaker else "white"
        width = fonts.bold.measure(self.line.speaker)[0] + 2 * PAD
        plate = pygame.Rect(BOX.x + 8, BOX.y - 18, width, 20)
        self.ctx.assets.ui.draw_panel(surface, plate, "panel")
        fonts.bold.draw(
            surface, self.line.speaker, (plate.x + PAD, plate.y + 4), colour
        )

    def draw_portrait(self, surface: pygame.Surface) -> None:
        pid = self.portrait_id()
        frame = (
            self.portrait_frame(pid, self.line.mood if self.line else None)
            if pid
            else None
        )
        if pid is None:
            return
        slot = pygame.Rect(BOX.x + PAD - 2, BOX.y + PAD - 2, PORTRAIT + 4, PORTRAIT + 4)
        self.ctx.assets.ui.draw_panel(surface, slot, "inset")
        if frame is not None:
            surface.blit(frame, (slot.x + 2, slot.y + 2))

    def portrait_frame(self, pid: str, mood: str | None) -> pygame.Surface | None:
        loaded = self.ctx.assets.portrait(pid)
        if loaded is None:
            return None
        sheet, moods = loaded
        index = moods.get(mood or "neutral", next(iter(moods.values()), 0))
        size = sheet.get_height()
        if (index + 1) * size > sheet.get_width():
            index = 0
        return sheet.subsurface((index * size, 0, size, size))

    def draw_options(self, surface: pygame.Surface) -> None:
        assert self.options is not None
        ui, fonts = self.ctx.assets.ui, self.ctx.assets.fonts
        rects = self.option_rects()
        if not rects:
            return
        frame = rects[0].unionall(rects).inflate(12, PAD)
        ui.draw_panel(surface, frame, "panel")
        for n, (index, rect) in enumerate(zip(self.visible, rects, strict=True)):
            option = self.options.options[index]
            if n == self.selected:
                ui.draw_panel(surface, rect, "button_focused")
            colour = "white" if option.available else "steel"
            x = rect.x + 6
            if not option.available:
                lock = ui.icon("lock")
                surface.blit(lock, (x, rect.y + (OPTION_ROW - lock.get_height()) // 2))
                x += lock.get_width() + 3
            fonts.draw_rich(
                surface, fonts.spans(_escape(option.text)), (x, rect.y + 2), colour
            )

    def draw_modes(self, surface: pygame.Surface) -> None:
        marks = [
            word for word, on in (("AUTO", self.auto), ("SKIP", self.skipping)) if on
        ]
        if marks:
            fonts = self.ctx.assets.fonts
            fonts.regular.draw(
                surface, "  ".join(marks), (BOX.right - PAD, BOX.y + 4), "mint", "right"
            )

    def draw_backlog(self, surface: pygame.Surface) -> None:
        ui, fonts = self.ctx.assets.ui, self.ctx.assets.fonts
        frame = pygame.Rect(32, 20, SCREEN[0] - 64, SCREEN[1] - 40)
        ui.draw_panel(surface, frame, "panel")
        fonts.bold.draw(surface, "Backlog", (frame.x + PAD, frame.y + 8), "mint")
        rows = self.backlog_rows(frame.width - 2 * PAD)
        height = (frame.height - 36) // fonts.line_height
        end = max(len(rows) - self.backlog_scroll, 0)
        self.backlog_scroll = len(rows) - end
        for n, (spans, colour) in enumerate(rows[max(end - height, 0) : end]):
            y = frame.y + 26 + n * fonts.line_height
            fonts.draw_rich(surface, spans, (frame.x + PAD, y), colour)

    def backlog_rows(self, width: int) -> list[tuple[list, str]]:
        fonts = self.ctx.assets.fonts
        rows: list[tuple[list, str]] = []
        for entry in self.backlog:
            text = _escape(entry.text)
            if entry.choice:
                rich, colour = "> " + text, "gold"
            elif entry.speaker:
                rich, colour = f"[b]{_escape(entry.speaker)}:[/b] {text}", "white"
            else:
                rich, colour = text, "silver"
            rows.extend((line, colour) for line in fonts.wrap_rich(rich, width))
        return rows


def _escape(text: str) -> str:
    """Plain text for the font's rich-text parser (`[[` is a literal `[`)."""
    return text.replace("[", "[[")
