"""The application: window, services, and the fixed-step main loop.

`main()` parses the command line and calls `run()`. The loop pumps events
once per frame, runs whole 60 Hz updates (one per frame with `--frames`, so
headless runs are fast and deterministic), then draws once.
"""

from __future__ import annotations

import os
import secrets
import signal
import sys
import time
from dataclasses import dataclass, field, replace
from pathlib import Path

import pygame

from game.assets.text_style import apply_text_style
from game.core.clock import TICK, FixedStep
from game.core.options import LaunchOptions, parse_options
from game.core.paths import data_dir
from game.crash import write_report
from game.dev_recording import DevRecording, resume
from game.display import Display
from game.input.actions import IDLE, Action, ActionState
from game.input.bindings import Device
from game.input.devices import PAD_BUTTONS, InputMapper, init_controllers
from game.input.prompts import pad_style
from game.input.replay import Player, Recorder
from game.launch_checks import USAGE_EXIT, checked_replay, launch_problem
from game.play.context import Context
from game.play.notices import warning
from game.play.wiring import make_context
from game.save.settings import Settings, load_settings, save_settings
from game.scenes.catalog import SceneCatalog
from game.scenes.pause import PauseScene
from game.ui.dates import use_players_locale
from game.ui.dev_overlay import DevOverlay

BACKGROUND = (13, 15, 26)
CRASH_EXIT = 70  # EX_SOFTWARE: an internal error


def main(argv: list[str] | None = None) -> int:
    """Entry point of `python main.py` and the `smile-protocol` script."""
    return run(parse_options(argv))


def run(options: LaunchOptions) -> int:
    """Play until the player quits (or `--frames` runs out); return an exit code."""
    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
    replay, problem = checked_replay(options.replay)
    problem = problem or launch_problem(options)
    if problem is not None:
        print(f"smile-protocol: {problem}", file=sys.stderr)
        return USAGE_EXIT
    use_players_locale()
    seed = _choose_seed(options, replay)
    pygame.display.init()
    settings, notes = load_settings()
    display = Display(
        options.scale or settings.scale,
        options.fullscreen or settings.fullscreen,
        vsync=options.frames is None,
        position=remembered_position(settings),
    )
    ctx = build_context(options, settings, display, seed)
    ctx.messages.extend(warning(note) for note in notes)
    init_controllers()
    # Every run records its input (changes only; cheap), so a crash can be replayed.
    loop = MainLoop(ctx, display, replay, Recorder(seed))
    previous = signal.signal(signal.SIGTERM, lambda *_: _stop(ctx))
    try:
        ctx.nav.start()
        if not _resumed(ctx, replay):
            return USAGE_EXIT
        loop.run()
    except Exception as error:  # a bug: keep what reproduces it, tell the player
        return _crashed(error, options, loop)
    finally:
        signal.signal(signal.SIGTERM, previous)
    loop.finish(options)
    remember_window(settings, display)
    ctx.profile.save()
    pygame.quit()
    return 0


def _resumed(ctx: Context, replay: Player | None) -> bool:
    """Put a mid-game recording's snapshot in place; False (said on stderr)
    if the snapshot is broken."""
    if replay is None:
        return True
    try:
        resume(ctx, replay)
    except ValueError as exc:  # ShapeError, or a value out of range
        print(f"smile-protocol: the replay's start is broken: {exc}", file=sys.stderr)
        return False
    return True


def _stop(ctx: Context) -> None:
    """SIGTERM: finish this frame, save the profile and leave, like closing."""
    ctx.running = False


def _crashed(error: Exception, options: LaunchOptions, loop: MainLoop) -> int:
    assert loop.recorder is not None
    report = write_report(error, options, loop.recorder, data_dir() / "crashes")
    print(
        f"Smile Protocol hit a bug and had to stop. A report and a replay of "
        f"this run were saved in {report.parent} ({report.name}).",
        file=sys.stderr,
    )
    pygame.quit()
    return CRASH_EXIT


def remembered_position(settings: Settings) -> tuple[int, int] | None:
    """Where the window was last time (None: let the system place it)."""
    if settings.window_x < 0 or settings.window_y < 0:
        return None
    return settings.window_x, settings.window_y


def remember_window(settings: Settings, display: Display) -> None:
    """Keep the windowed position for next time, in the settings file."""
    position = display.position()
    if position is None or position == remembered_position(settings):
        return
    settings.window_x, settings.window_y = position
    save_settings(settings)


def _choose_seed(options: LaunchOptions, replay: Player | None) -> int:
    if replay is not None:
        return replay.seed
    if options.seed is not None:
        return options.seed
    return secrets.randbits(32)


def build_context(
    options: LaunchOptions, settings: Settings, display: Display | None, seed: int
) -> Context:
    """Make the services scenes share, with the player's text style and master
    volume applied; also used by tools and tests."""
    ctx = make_context(options, settings, display, seed, SceneCatalog)
    ctx.audio.set_master(settings.master_volume, settings.muted)
    if settings.text_size != 1 or settings.high_contrast:
        apply_text_style(ctx.assets.fonts, settings)  # else fonts load lazily
    return ctx


@dataclass
class MainLoop:
    """Runs frames: input, whole fixed updates, one draw, present."""

    ctx: Context
    display: Display
    replay: Player | None
    recorder: Recorder | None
    clock: pygame.time.Clock = field(default_factory=pygame.time.Clock)
    step: FixedStep = field(default_factory=FixedStep)
    overlay: DevOverlay = field(default_factory=DevOverlay)
    dev_recording: DevRecording = field(default_factory=DevRecording)
    frames: int = 0
    pause_pending: bool = False

    def __post_init__(self) -> None:
        settings = self.ctx.settings
        self.mapper = InputMapper(
            settings.bindings, settings.stick_dead_zone, settings.stick_press_threshold
        )
        self.overlay.visible = self.ctx.options.dev

    def run(self) -> None:
        limit = self.ctx.options.frames
        while self.ctx.running and len(self.ctx.stack):
            self.frame(
                TICK if limit else self.clock.tick(240) / 1000.0, fixed=bool(limit)
            )
            self.frames += 1
            if limit and self.frames >= limit:
                break

    def frame(self, frame_seconds: float, fixed: bool = False) -> None:
        """One frame: events, updates (exactly one when `fixed`), draw, present."""
        self._pump()
        ticks = 1 if fixed else self.step.advance(frame_seconds)
        start = time.perf_counter()
        for _ in range(ticks):
            self.tick(self._next_actions())
        mid = time.perf_counter()
        self.draw(1.0 if fixed else self.step.alpha)
        end = time.perf_counter()
        self.overlay.record(frame_seconds, mid - start, end - mid, ticks)
        self.display.present()

    def _pump(self) -> None:
        self.ctx.last_device = self.mapper.last_device or self.ctx.last_device
        if self.mapper.pad_name:
            self.ctx.pad_style = pad_style(self.mapper.pad_name)
        focused: bool | None = None  # the frame's last word on focus
        for event in pygame.event.get():
            if event.type == pygame.QUIT:
                self.ctx.running = False
            elif event.type in (pygame.WINDOWFOCUSLOST, pygame.WINDOWFOCUSGAINED):
                focused = event.type == pygame.WINDOWFOCUSGAINED
            if self._captured(event):
                continue
            elif self.replay is None:
                self.mapper.handle(event)
        if focused is not None:
            self.focus_changed(focused)

    def focus_changed(self, focused: bool) -> None:
        """The window went to the background (go quiet, pause the play at the
        next tick) or came back (sound again; the pause menu stays open).
        Only a frame's net change counts: making or resizing a window loses
        and regains focus within one batch of events, which is no real loss."""
        self.ctx.audio.suspend(not focused)
        if not focused:
            self.pause_pending = True

    def _with_pause(self, actions: ActionState) -> ActionState:
        """Add a PAUSE press for a focus loss; a pause menu already on top is
        left alone (a second PAUSE would close it)."""
        self.pause_pending = False
        if isinstance(self.ctx.stack.top, PauseScene):
            return actions
        return replace(actions, pressed=actions.pressed | {Action.PAUSE})

    def _captured(self, event: pygame.event.Event) -> bool:
        """Route a raw key or pad button to an armed rebinding capture."""
        capture = self.ctx.capture
        if not capture.armed:
            return False
        if event.type == pygame.KEYDOWN:
            return capture.offer(Device.KEYS, pygame.key.name(event.key), "escape")
        if event.type == pygame.CONTROLLERBUTTONDOWN and event.button in PAD_BUTTONS:
            return capture.offer(Device.PAD, PAD_BUTTONS[event.button], "start")
        return False

    def _next_actions(self) -> ActionState:
        actions = self.replay.take() if self.replay else self.mapper.take()
        if self.pause_pending and self.replay is None:
            actions = self._with_pause(actions)
        if self.recorder is not None:
            self.recorder.record(actions)
        self.dev_recording.record(actions)
        return actions

    def tick(self, actions: ActionState) -> None:
        """One fixed update of the whole game."""
        if actions.was_pressed(Action.DEBUG_OVERLAY):
            self.overlay.visible = not self.overlay.visible
        if actions.was_pressed(Action.SCREENSHOT):
            self.save_screenshot(_screenshot_path())
        if actions.was_pressed(Action.FULLSCREEN):
            self.toggle_fullscreen()
        if actions.was_pressed(Action.RECORD) and self._may_record():
            self.dev_recording.toggle(self.ctx)
        self.mapper.bindings = self.ctx.settings.bindings
        self.ctx.stack.update(actions, TICK, IDLE)
        self.ctx.audio.update(TICK)
        if self.ctx.story is not None:
            self.ctx.story.play_time += TICK
            self.ctx.profile.add_play_time(TICK)

    def _may_record(self) -> bool:
        """RECORD works in --dev only, and not in a replay (whose own RECORD
        presses are history)."""
        return self.ctx.options.dev and self.replay is None

    def toggle_fullscreen(self) -> None:
        """F11 / Alt+Enter: flip fullscreen, apply it, and remember it."""
        settings = self.ctx.settings
        settings.fullscreen = not settings.fullscreen
        self.display.apply(settings.scale, settings.fullscreen)
        save_settings(settings)

    def draw(self, alpha: float) -> None:
        surface = self.display.surface
        surface.fill(BACKGROUND)
        self.ctx.stack.draw(surface, alpha)
        if self.overlay.visible:
            self.overlay.draw(surface, self.ctx.assets)

    def save_screenshot(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        pygame.image.save(self.display.surface, str(path))

    def finish(self, options: LaunchOptions) -> None:
        """After the last frame: the screenshot and the recording, if asked for."""
        if options.screenshot:
            self.save_screenshot(options.screenshot)
        if self.recorder is not None and options.record:
            self.recorder.save(options.record)
        if self.dev_recording.recorder is not None:
            self.dev_recording.toggle(self.ctx)  # closed while recording: keep it


def _screenshot_path() -> Path:
    stamp = time.strftime("%Y%m%d-%H%M%S")
    return (
        data_dir()
        / "screenshots"
        / f"smile-{stamp}-{time.perf_counter_ns() % 1000:03d}.png"
    )
