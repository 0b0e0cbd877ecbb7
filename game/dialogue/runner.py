"""The runner: plays a compiled Program and yields events (no pygame).

    runner = Runner(program, story, seen)
    runner.start("Start")
    event = runner.advance()       # Line, Options, Command or End
    runner.choose(1)               # after Options, before the next advance

It reads and writes a StoryState it does not own (variables, visits, once
flags) and a set of seen line ids (the profile keeps it across runs). A node
counts as visited when the dialogue leaves it, as in Yarn Spinner (a
<<jump>> from inside a <<detour>> leaves every node on the way back).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from game.core.story import StoryState
from game.dialogue.compile import (
    Flow,
    Goto,
    IfFalse,
    Instr,
    Offer,
    OnceGate,
    OptionSpec,
    RunCommand,
    SetVar,
    ShowLine,
)
from game.dialogue.errors import DialogueError, Pos
from game.dialogue.evaluate import Evaluator, Span, format_value
from game.dialogue.expr import Value
from game.dialogue.model import Arg, LineContent
from game.dialogue.program import Program
from game.dialogue.syntax_commands import braced_parts

if TYPE_CHECKING:
    import numpy as np


class Translator(Protocol):
    """A locale: a line's content and a speaker's name in the player's
    language (game.dialogue.locale)."""

    def content(self, content: LineContent) -> LineContent: ...

    def name(self, speaker: str) -> str: ...


# -- events --------------------------------------------------------------------
@dataclass(frozen=True)
class Line:
    speaker: str | None
    text: str
    spans: tuple[Span, ...]
    tags: tuple[str, ...]
    line_id: str  # the #line: id, or a made-up stable key
    mood: str | None
    seen: bool = False  # the player had seen this line before (skip may pass it)
    name: str | None = None  # the speaker's name translated (None: as written)


@dataclass(frozen=True)
class Option:
    text: str
    available: bool
    line_id: str
    speaker: str | None = None
    spans: tuple[Span, ...] = ()


@dataclass(frozen=True)
class Options:
    options: tuple[Option, ...]
    show_unavailable: bool = False  # node tag `show_unavailable`: grey, not hide


@dataclass(frozen=True)
class Command:
    name: str
    args: tuple[Value, ...]
    waits: bool = False


@dataclass(frozen=True)
class End:
    problem: str = ""  # why the runtime stopped a conversation, if it did


# Safety limits: a conversation that runs this many instructions without a
# line or a choice (a <<jump>> cycle that shows nothing), or detours this
# deep (a node that detours to itself), is stopped with a message.
MAX_SILENT_STEPS = 100_000
MAX_DETOUR_DEPTH = 64


Event = Line | Options | Command | End

SHOW_UNAVAILABLE_TAG = "show_unavailable"
STEP_LIMIT = 100_000  # instructions between two events; real nodes need < 1,000


@dataclass
class Frame:
    node: str
    pc: int = 0


@dataclass
class _Pending:
    offer: Offer
    available: tuple[bool, ...]


class Runner:
    """Plays one conversation at a time over a story state."""

    def __init__(
        self,
        program: Program,
        story: StoryState,
        seen: set[str] | None = None,
        rng: np.random.Generator | None = None,
        render: bool = True,
        initialise: bool = True,
        translation: Translator | None = None,
    ) -> None:
        """`initialise=False` skips giving missing variables their declared
        values (a clone's story already has them); `translation` shows lines
        and options in another language (None: as written)."""
        self.translation = translation
        self.program = program
        self.render = render  # False: events carry no text (the explorer)
        self.story = story
        self.seen = seen if seen is not None else set()
        self.rng = rng
        self.stack: list[Frame] = []
        self.pending: _Pending | None = None
        self.silent_steps = 0
        self.problem = ""
        self.evaluator = Evaluator(
            program.registry, self, self.read_var, program.source_line
        )
        if initialise:
            self.initialise_variables()

    # -- FunctionEnv ------------------------------------------------------------
    def visited_count(self, node: str) -> int:
        return self.story.visited_count(node)

    def random_range(self, low: float, high: float) -> float:
        if self.rng is None:
            import numpy as np  # deferred: numpy costs ~200 ms of launch time

            self.rng = np.random.default_rng(0)
        return float(self.rng.integers(int(low), int(high) + 1))

    def minigame_result(self, level: str) -> dict[str, Value]:
        return self.story.minigame.get(level, {})

    def endings(self) -> list[str]:
        return self.story.endings

    # -- variables --------------------------------------------------------------
    def initialise_variables(self) -> None:
        """Give every declared variable missing from the story its initial value."""
        for name, value in self.program.initial_values().items():
            self.story.variables.setdefault(name, value)

    def read_var(self, name: str, pos: Pos) -> Value:
        if name not in self.story.variables:
            if name not in self.program.declarations:
                raise self.program.error(pos, f"undeclared variable ${name}")
            self.story.variables[name] = self.program.declarations[name].value
        value = self.story.variables[name]
        if isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        return value

    # -- playing ----------------------------------------------------------------
    @property
    def finished(self) -> bool:
        return not self.stack

    @property
    def waiting_for_choice(self) -> bool:
        return self.pending is not None

    def start(self, node: str) -> None:
        """Begin a conversation at `node` (DialogueError if there is none)."""
        if node not in self.program.code:
            raise DialogueError(Pos("(dialogue)", 1, 1), f"no node called {node!r}")
        self.stack = [Frame(node)]
        self.pending = None
        self.silent_steps = 0
        self.problem = ""

    def advance(self) -> Event:
        """Run until the next event."""
        if self.pending is not None:
            raise RuntimeError("choose() an option before advancing")
        while self.stack:
            event = self.step()
            if isinstance(event, Line | Options):
                self.silent_steps = 0
            elif self.silent_steps > MAX_SILENT_STEPS:
                self.halt(
                    f"ran {MAX_SILENT_STEPS} steps without a line or a choice "
                    "(a <<jump>> cycle that shows nothing?)"
                )
            if event is not None:
                return event
        return End(self.problem)

    def looping_error(self) -> DialogueError:
        """The error for a walk that ran STEP_LIMIT steps unseen (the
        explorer's; the runner itself halts, see `halt`)."""
        title = self.stack[-1].node
        node = self.program.nodes.get(title)
        self.stack.clear()
        pos = node.pos if node is not None else Pos("(dialogue)", 1, 1)
        return self.program.error(
            pos,
            f"{title} ran {STEP_LIMIT} steps without a line or a choice "
            "(a <<jump>> loop?); the conversation was stopped",
        )

    def halt(self, why: str) -> None:
        """Stop the conversation at once, with a message in the log and in
        the End event (the game never spins on a cycle)."""
        node = self.stack[-1].node if self.stack else "?"
        self.problem = f"dialogue stopped in {node}: {why}"
        logging.getLogger(__name__).warning(self.problem)
        self.stack.clear()
        self.pending = None

    def step(self) -> Event | None:
        """Run one instruction (or leave a finished node); its event, if any."""
        frame = self.stack[-1]
        code = self.program.code[frame.node]
        if frame.pc >= len(code):
            self.leave()
            return None
        instr = code[frame.pc]
        frame.pc += 1
        self.silent_steps += 1
        return self.execute(frame, instr)

    def next_instruction(self) -> Instr | None:
        """The instruction `step` would run next (None at a node's end)."""
        if not self.stack:
            return None
        frame = self.stack[-1]
        code = self.program.code[frame.node]
        return code[frame.pc] if frame.pc < len(code) else None

    def release(self) -> None:
        """Done with this runner: break its reference cycle with its
        evaluator so it is freed at once (the explorer drops thousands of
        runners; otherwise only the cycle collector frees them). The runner
        must not be used afterwards."""
        del self.evaluator

    def clone(self) -> Runner:
        """An independent copy over a copied story (sharing `seen` and rng)."""
        old = self.story
        story = StoryState(
            old.episode,
            dict(old.variables),
            dict(old.visits),
            set(old.once),
            {k: dict(v) for k, v in old.minigame.items()},
            list(old.endings),
            old.play_time,
        )
        twin = Runner(
            self.program,
            story,
            self.seen,
            self.rng,
            self.render,
            initialise=False,
            translation=self.translation,
        )
        twin.stack = [Frame(f.node, f.pc) for f in self.stack]
        twin.pending = self.pending
        return twin

    def choose(self, index: int) -> None:
        """Pick option `index` (0-based) of the Options just delivered."""
        pending = self.pending
        if pending is None:
            raise RuntimeError("no options are waiting for a choice")
        if not 0 <= index < len(pending.available) or not pending.available[index]:
            raise ValueError(f"option {index + 1} is not available")
        spec = pending.offer.options[index]
        if spec.once_key:
            self.story.once.add(spec.once_key)
        self.seen.add(spec.key)
        self.stack[-1].pc = spec.target
        self.pending = None

    def leave(self) -> None:
        frame = self.stack.pop()
        self.story.visit(frame.node)

    def execute(self, frame: Frame, instr: Instr) -> Event | None:
        if isinstance(instr, ShowLine):
            return self.line(instr)
        if isinstance(instr, IfFalse):
            if not self.evaluator.truth(instr.expr):
                frame.pc = instr.target
        elif isinstance(instr, Goto):
            frame.pc = instr.target
        elif isinstance(instr, OnceGate):
            self.once_gate(frame, instr)
        elif isinstance(instr, Offer):
            return self.offer(frame, instr)
        elif isinstance(instr, SetVar):
            self.set_var(instr)
        elif isinstance(instr, RunCommand):
            return self.command(instr)
        elif isinstance(instr, Flow):
            self.flow(instr)
        return None

    def translated(self, content: LineContent) -> LineContent:
        """`content` in the player's language."""
        if self.translation is None:
            return content
        return self.translation.content(content)

    def line(self, instr: ShowLine) -> Line:
        content = instr.content
        text, spans = (
            self.evaluator.render(self.translated(content)) if self.render else ("", ())
        )
        seen = instr.key in self.seen
        self.seen.add(instr.key)
        speaker = content.speaker
        name = None
        if speaker is not None and self.translation is not None:
            name = self.translation.name(speaker)
        return Line(
            speaker, text, spans, content.tags, instr.key, content.mood, seen, name
        )

    def once_gate(self, frame: Frame, instr: OnceGate) -> None:
        open_ = instr.key not in self.story.once and (
            instr.expr is None or self.evaluator.truth(instr.expr)
        )
        if open_:
            self.story.once.add(instr.key)
        else:
            frame.pc = instr.target

    def offer(self, frame: Frame, instr: Offer) -> Options | None:
        available = tuple(self.option_available(spec) for spec in instr.options)
        if not any(available):
            frame.pc = instr.end  # Yarn 3.1: with nothing to choose, go on
            return None
        self.pending = _Pending(instr, available)
        if not self.render:
            return Options(
                tuple(
                    Option("", ok, s.key)
                    for s, ok in zip(instr.options, available, strict=True)
                )
            )
        options = []
        for spec, ok in zip(instr.options, available, strict=True):
            text, spans = self.evaluator.render(self.translated(spec.content))
            options.append(Option(text, ok, spec.key, spec.content.speaker, spans))
        tags = self.program.nodes[frame.node].tags
        return Options(tuple(options), SHOW_UNAVAILABLE_TAG in tags)

    def option_available(self, spec: OptionSpec) -> bool:
        condition = spec.content.condition
        if condition is None:
            return True
        if spec.once_key and spec.once_key in self.story.once:
            return False
        return condition.expr is None or self.evaluator.truth(condition.expr)

    def set_var(self, instr: SetVar) -> None:
        value = self.evaluator.value(instr.expr)
        if instr.op != "=":
            current = self.read_var(instr.var, instr.pos)
            if isinstance(current, str):
                value = current + str(value)
            else:
                sign = 1.0 if instr.op == "+=" else -1.0
                value = float(current) + sign * float(value)
        self.story.variables[instr.var] = value

    def command(self, instr: RunCommand) -> Command:
        stmt = instr.stmt
        args = tuple(self.argument(arg) for arg in stmt.args)
        spec = self.program.registry.commands.get(stmt.name)
        return Command(stmt.name, args, bool(spec and spec.waits))

    def argument(self, arg: Arg) -> Value:
        """A command argument's value; `{expressions}` inside quoted text are
        filled in, as in a line."""
        if arg.expr is not None:
            return self.evaluator.value(arg.expr)
        if not isinstance(arg.value, str) or "{" not in arg.value:
            return arg.value
        text = arg.value
        for source, expr in braced_parts(text, arg.pos):
            text = text.replace(source, format_value(self.evaluator.value(expr)), 1)
        return text

    def flow(self, instr: Flow) -> None:
        target = instr.target or ""
        if instr.kind in ("jump", "detour") and target not in self.program.code:
            # only a script the checker refused gets here (the game keeps
            # playing what compiled): stop with a message, never a KeyError
            self.halt(f"<<{instr.kind} {target}>>: there is no node called {target}")
        elif instr.kind == "jump":  # leaves every node on the stack, as in Yarn
            while self.stack:
                self.leave()
            self.stack = [Frame(target)]
        elif instr.kind == "detour" and len(self.stack) >= MAX_DETOUR_DEPTH:
            self.halt(f"detours nest deeper than {MAX_DETOUR_DEPTH} (a detour cycle?)")
        elif instr.kind == "detour":
            self.stack.append(Frame(target))
        elif instr.kind == "return":
            self.leave()
        else:  # stop
            self.leave()
            self.stack.clear()


def run_all(
    runner: Runner, node: str, choices: list[int] | None = None, limit: int = 10_000
) -> list[Event]:
    """Play `node` to the end, taking `choices` (0-based) in turn, then the
    first available option; returns every event (handy for tests)."""
    pending = list(choices or [])
    events: list[Event] = []
    runner.start(node)
    for _ in range(limit):
        event = runner.advance()
        events.append(event)
        if isinstance(event, End):
            return events
        if isinstance(event, Options):
            pick = pending.pop(0) if pending else _first_available(event)
            runner.choose(pick)
    raise RuntimeError(f"{node} did not end within {limit} events")


def _first_available(event: Options) -> int:
    return next(i for i, o in enumerate(event.options) if o.available)


__all__ = [
    "Command",
    "End",
    "Event",
    "Frame",
    "Line",
    "Option",
    "Options",
    "Runner",
    "run_all",
]
