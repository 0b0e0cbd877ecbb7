"""The real StoryPort: the world runs conversations and conditions through it.

`run_dialogue` pushes a DialogueBoxScene over the current scene; `condition`
evaluates map `requires` with the dialogue's own evaluator; dialogue
commands that act on the world go to the WorldStage (move and fade wait
until done, wait counts fixed ticks, face/camera/shake are immediate),
sound and music to ctx.audio, minigame and ending to callbacks the lead
wires (`launch_minigame(level, on_result)` and `record_ending(name)`).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from game.core.clock import TICK
from game.core.story import StoryState
from game.dialogue.conditions import compile_condition, evaluate_condition
from game.dialogue.errors import DialogueError
from game.dialogue.expr import Expr, Value
from game.dialogue.model import CommandStmt, JumpStmt, walk_statements
from game.dialogue.program import Program
from game.dialogue.runner import Command, Runner
from game.scenes.dialogue_box import DialogueBoxScene, Poll
from game.world.story_port import WorldStage

MinigameLauncher = Callable[[str, Callable[[dict[str, Value]], None]], None]


class DialogueStoryPort:
    """StoryPort over a compiled Program and the context's story state."""

    def __init__(
        self,
        ctx,
        program: Program,
        stage: WorldStage | None = None,
        launch_minigame: MinigameLauncher | None = None,
        record_ending: Callable[[str], None] | None = None,
        refresh: Callable[[], Program] | None = None,
    ) -> None:
        self.ctx = ctx
        self.program = program
        self.refresh = refresh
        self.stage = stage
        self.launch_minigame = launch_minigame
        self.record_ending = record_ending
        self._conditions: dict[str, Expr | None] = {}

    @property
    def story(self) -> StoryState:
        if self.ctx.story is None:
            self.ctx.story = StoryState()
        return self.ctx.story

    def _latest(self) -> None:
        """Pick up a reloaded program (dev hot reload) before using it."""
        if self.refresh is not None:
            program = self.refresh()
            if program is not self.program:
                self.program = program
                self._conditions.clear()

    def runner(self) -> Runner:
        self._latest()
        profile = getattr(self.ctx, "profile", None)
        seen = getattr(profile, "seen_lines", None)
        return Runner(self.program, self.story, seen, self.ctx.rng)

    # -- StoryPort --------------------------------------------------------------
    def condition(self, expression: str, where: str) -> bool:
        """The value of a `requires` condition; a broken one counts as false
        and is reported once in ctx.messages."""
        self._latest()
        try:
            if expression not in self._conditions:
                self._conditions[expression] = compile_condition(
                    expression, where, self.program
                )
            expr = self._conditions[expression]
            return evaluate_condition(expr, self.program, self.story, self.ctx.rng)
        except DialogueError as err:
            self._conditions[expression] = None
            self.ctx.messages.append(err.format())
            return False

    def run_dialogue(
        self, node: str, on_done: Callable[[], None] | None = None
    ) -> None:
        """Push the dialogue box. A conversation that leads to a minigame level
        is a beat: autosave before it starts and after it ends (never in the
        middle, where a save could not resume the conversation)."""
        beat = leads_to(self.program, node, "minigame")
        if beat:
            self._autosave()

        def done() -> None:
            self._remember_seen_lines()
            if beat:
                self._autosave()
            if on_done is not None:
                on_done()

        scene = DialogueBoxScene(self.ctx, self.runner(), node, self.command, done)
        self.ctx.stack.push(scene)

    def _remember_seen_lines(self) -> None:
        """Seen lines (for skip) outlive this run: keep the profile on disk."""
        profile = getattr(self.ctx, "profile", None)
        if profile is not None:
            profile.save()

    def _autosave(self) -> None:
        flow = getattr(self.ctx, "flow", None)
        snapshot = getattr(self.stage, "save_snapshot", None)
        if flow is not None and snapshot is not None and not self.story.endings:
            flow.autosave(snapshot)

    def start_minigame(
        self, level: str, intro_node: str | None, on_done: Callable[[], None] | None
    ) -> None:
        def launch() -> None:
            self._launch(level, on_done)

        if intro_node:
            self.run_dialogue(intro_node, launch)
        else:
            launch()

    def _launch(self, level: str, on_done: Callable[[], None] | None) -> None:
        def finished(result: dict[str, Value]) -> None:
            # Stations name levels by path, scripts by id: key results by id.
            self.story.minigame[Path(level).stem] = dict(result)
            if on_done is not None:
                on_done()

        if self.launch_minigame is None:
            self.ctx.messages.append(
                f"No minigame can be played here ({level}); skipped."
            )
            finished({"outcome": "", "score": 0.0})
        else:
            self.launch_minigame(level, finished)

    # -- dialogue commands ----------------------------------------------------------
    def command(self, event: Command) -> Poll | None:
        """Carry out a command; a poll that turns true when it is done, or None."""
        handler = getattr(self, f"_do_{event.name}", None)
        if handler is None:
            return None
        return handler(*event.args)

    def _do_move(self, actor: str, x: float, y: float) -> Poll | None:
        stage = self.stage
        if stage is None or not stage.move_actor(actor, float(x), float(y)):
            return None
        return lambda: not stage.actor_busy(actor)

    def _do_face(self, actor: str, direction: str) -> None:
        if self.stage is not None:
            self.stage.face_actor(actor, direction)

    def _do_camera(self, actor: str) -> None:
        if self.stage is not None:
            self.stage.camera_follow(actor)

    def _do_shake(self, strength: float) -> None:
        if self.stage is not None:
            self.stage.shake(float(strength))

    def _do_fade(self, direction: str) -> Poll | None:
        stage = self.stage
        if stage is None:
            return None
        stage.fade(direction)
        return lambda: not stage.fading()

    def _do_wait(self, seconds: float) -> Poll:
        ticks = [round(float(seconds) / TICK)]

        def poll() -> bool:  # called once per fixed update
            ticks[0] -= 1
            return ticks[0] < 0

        return poll

    def _do_sound(self, name: str) -> None:
        if hasattr(self.ctx.audio, "play_sound"):
            self.ctx.audio.play_sound(name)

    def _do_music(self, name: str) -> None:
        audio = self.ctx.audio
        if name == "none" and hasattr(audio, "stop_music"):
            audio.stop_music()
        elif name != "none" and hasattr(audio, "play_music"):
            audio.play_music(name)

    def _do_minigame(self, level: str) -> Poll:
        done = [False]

        def finished() -> None:
            done[0] = True

        self._launch(str(level), finished)
        return lambda: done[0]

    def _do_ending(self, name: str) -> None:
        self.story.endings.append(str(name))
        if self.record_ending is not None:
            self.record_ending(str(name))


def leads_to(program: Program, node: str, command: str) -> bool:
    """True if running `node` can reach `<<command>>`, following jumps and
    detours."""
    todo, seen = [node], set()
    while todo:
        title = todo.pop()
        if title in seen or title not in program.nodes:
            continue
        seen.add(title)
        for stmt in walk_statements(program.nodes[title].body):
            if isinstance(stmt, CommandStmt) and stmt.name == command:
                return True
            if isinstance(stmt, JumpStmt):
                todo.append(stmt.target)
    return False
