"""Conversations: the world's StoryPort, backed by the game's dialogue.

`run_dialogue` pushes a conversation screen over the current scene;
`condition` evaluates map `requires` with the dialogue's own evaluator;
dialogue commands that act on the world go to the stage (move and fade wait
until done, wait counts fixed ticks, face/camera/shake are immediate),
sound and music to the audio, `minigame` to the level service and `ending`
to navigation. An ACTOR is found by its name, then as a speaker's
character (game/dialogue/actors.py); an actor the map does not have is a
notice in ctx.messages and the log, and the conversation goes on.
`objective` sets the story's objective line (the overworld
shows it); `time_card` pushes a time card and waits until it is gone.
"""

from __future__ import annotations

import copy
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from game.core.clock import TICK
from game.core.paths import project_root
from game.core.story import StoryState
from game.dialogue.actors import actor_keys
from game.dialogue.command_args import BadArgument, bounded_args
from game.dialogue.conditions import compile_condition, evaluate_condition
from game.dialogue.errors import DialogueError
from game.dialogue.expr import Expr
from game.dialogue.model import CommandStmt, JumpStmt, walk_statements
from game.dialogue.program import Program
from game.dialogue.runner import Command, Line, Runner
from game.dialogue.speakers import Speaker, load_speakers
from game.play.notices import warning

if TYPE_CHECKING:
    from game.dialogue.level_results import LevelResult
    from game.play.context import Context
    from game.play.ports import MapScreen, Poll

DIRECTIONS = ("down", "up", "left", "right")
BARK_LINES = 32  # the most lines a bark node gives (one-liners, a few each)


class Conversations:
    """The StoryPort over the context's dialogue library and story state."""

    def __init__(self, ctx: Context, stage: MapScreen | None = None) -> None:
        self.ctx = ctx
        self.stage = stage
        self.program: Program = ctx.dialogue.program()
        self._conditions: dict[str, Expr | None] = {}
        # The speakers table of the episode it was read for (an episode may
        # have its own "Elara"): read again when another episode is played.
        self._speakers: tuple[int | None, dict[str, Speaker]] | None = None
        self._commands: dict[str, Callable[..., Poll | None]] = {
            "move": self._move,
            "face": self._face,
            "camera": self._camera,
            "shake": self._shake,
            "fade": self._fade,
            "wait": self._wait,
            "sound": self._sound,
            "music": self._music,
            "minigame": self._minigame,
            "ending": self._ending,
            "objective": self._objective,
            "time_card": self._time_card,
        }

    @property
    def story(self) -> StoryState:
        if self.ctx.story is None:
            self.ctx.story = StoryState()
        return self.ctx.story

    def _latest(self) -> None:
        """Pick up a reloaded program (dev hot reload) before using it."""
        program = self.ctx.dialogue.program()
        if program is not self.program:
            self.program = program
            self._conditions.clear()

    def runner(self) -> Runner:
        self._latest()
        seen = self.ctx.profile.seen_lines
        translation = self.ctx.dialogue.translation()
        return Runner(
            self.program, self.story, seen, self.ctx.rng, translation=translation
        )

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
            self.ctx.messages.append(warning(err.format()))
            return False

    def run_dialogue(
        self, node: str, on_done: Callable[[], None] | None = None
    ) -> None:
        """Push the conversation. One that leads to a minigame level is a beat:
        autosave before it starts and after it ends (never in the middle,
        where a save could not resume the conversation)."""
        beat = leads_to(self.program, node, "minigame")
        if beat:
            self._autosave()

        def done() -> None:
            self.ctx.profile.save()  # seen lines (for skip) outlive this run
            if beat:
                self._autosave()
            if on_done is not None:
                on_done()

        screen = self.ctx.screens.conversation(self.runner(), node, self.command, done)
        self.ctx.stack.push(screen)

    def _autosave(self) -> None:
        if self.stage is not None and not self.story.endings:
            self.ctx.saves.autosave(self.stage.save_snapshot)

    def bark_lines(self, node: str) -> list[str]:
        """The texts of `node`'s lines the story allows now: the node is run
        on a copy of the story (it changes nothing), up to its first choice
        or command; [] if it does not exist or cannot run."""
        self._latest()
        if node not in self.program.nodes:
            return []
        runner = Runner(self.program, copy.deepcopy(self.story), set())
        try:
            runner.start(node)
            return _lines_until_stop(runner)
        except DialogueError as err:
            self.ctx.messages.append(warning(err.format().splitlines()[0]))
            return []

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
        def finished(_result: LevelResult) -> None:
            if on_done is not None:
                on_done()

        self.ctx.levels.play(level, finished)

    # -- dialogue commands ----------------------------------------------------------
    def command(self, event: Command) -> Poll | None:
        """Carry out a command; a poll that turns true when it is done, or None."""
        handler = self._commands.get(event.name)
        spec = self.program.registry.commands.get(event.name)
        if handler is None or spec is None:
            return None
        try:
            args = bounded_args(spec, list(event.args))
        except BadArgument as bad:  # only a script the checker refused
            self.ctx.messages.append(warning(f"{bad}: the command was skipped"))
            return None
        return handler(*args)

    def _speakers_now(self) -> dict[str, Speaker]:
        """The speakers table of the episode being played."""
        story = self.ctx.story
        episode = story.episode if story is not None else None
        if self._speakers is None or self._speakers[0] != episode:
            self._speakers = (episode, load_speakers(project_root(), episode)[0])
        return self._speakers[1]

    def _actor(
        self, command: str, actor: str, act: Callable[[str], bool]
    ) -> str | None:
        """The first key the actor answers to that `act` accepts, or None
        (after a notice) if the map has no such actor."""
        for key in actor_keys(str(actor), self._speakers_now()):
            if act(key):
                return key
        notice = (
            f"<<{command} {actor}>>: this map has no actor {actor!r} "
            "(player, an npc_id or a speaker's name)"
        )
        logging.getLogger(__name__).warning(notice)
        self.ctx.messages.append(warning(notice))
        return None

    def _move(self, actor: str, x: float, y: float) -> Poll | None:
        stage = self.stage
        if stage is None:
            return None
        key = self._actor(
            "move", actor, lambda k: stage.move_actor(k, float(x), float(y))
        )
        return None if key is None else (lambda: not stage.actor_busy(key))

    def _face(self, actor: str, direction: str) -> None:
        stage = self.stage
        if stage is not None and direction in DIRECTIONS:
            self._actor("face", actor, lambda key: stage.face_actor(key, direction))

    def _camera(self, actor: str) -> None:
        if self.stage is not None:
            self._actor("camera", actor, self.stage.camera_follow)

    def _shake(self, strength: float) -> None:
        if self.stage is not None:
            self.stage.shake(float(strength))

    def _fade(self, direction: str) -> Poll | None:
        stage = self.stage
        if stage is None:
            return None
        stage.fade(direction)
        return lambda: not stage.fading()

    def _wait(self, seconds: float) -> Poll:
        ticks = [round(float(seconds) / TICK)]

        def poll() -> bool:  # called once per fixed update
            ticks[0] -= 1
            return ticks[0] < 0

        return poll

    def _sound(self, name: str) -> None:
        self.ctx.audio.play_sound(str(name))

    def _music(self, name: str) -> None:
        if name == "none":
            self.ctx.audio.stop_music()
        else:
            self.ctx.audio.play_music(str(name))

    def _minigame(self, level: str) -> Poll:
        done = [False]

        def finished() -> None:
            done[0] = True

        self._launch(str(level), finished)
        return lambda: done[0]

    def _objective(self, text: str) -> None:
        self.story.objective = str(text).strip()

    def _time_card(self, title: str, subtitle: str = "") -> Poll:
        done = [False]

        def finished() -> None:
            done[0] = True

        card = self.ctx.screens.time_card(str(title), str(subtitle), finished)
        self.ctx.stack.push(card)
        return lambda: done[0]

    def _ending(self, name: str) -> None:
        self.story.endings.append(str(name))
        self.ctx.nav.end_episode(str(name))


def _lines_until_stop(runner: Runner, limit: int = BARK_LINES) -> list[str]:
    """The texts of the lines the runner shows before anything else happens."""
    found: list[str] = []
    while len(found) < limit:
        event = runner.advance()
        if not isinstance(event, Line):
            break
        found.append(event.text)
    return found


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
