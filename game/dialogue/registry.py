"""The one registry of game commands and functions the dialogue may use.

Each entry has typed parameters and a doc string; the checker validates
calls against it, the runner evaluates functions through it, the writer's
guide lists it, and `write_definitions` turns it into Yarn Spinner's command
definition file (`dialogue/commands.ysls.json`) so the editor knows them too.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from game.dialogue.expr import Value
from game.dialogue.yarn_math import NUMBER_FUNCTIONS, NumberFn, round_places

TYPES = ("string", "number", "bool")
TILE_SPAN = (0.0, 1000.0)  # a map is at most 1000 tiles a side
DEFINITIONS_FILE = "commands.ysls.json"
MINIGAME_OUTCOMES = ("won", "lost", "shutdown")
OBJECTIVE_LENGTH = 60  # characters of an objective line (the pause panel's width)


class FunctionEnv(Protocol):
    """What a function implementation may read: the story and the seeded rng."""

    def visited_count(self, node: str) -> int: ...

    def random_range(self, low: float, high: float) -> float: ...

    def minigame_result(self, level: str) -> dict[str, Value]: ...

    def endings(self) -> list[str]: ...


@dataclass(frozen=True)
class Param:
    """One parameter. `optional`: may be left out (only at the end of a
    command); `max_length`: the longest literal text accepted (0 = any)."""

    name: str
    type: str  # one of TYPES
    doc: str
    choices: tuple[str, ...] = ()
    span: tuple[float, float] | None = None  # a number's allowed range
    optional: bool = False
    max_length: int = 0


@dataclass(frozen=True)
class CommandSpec:
    """A game command `<<name args>>`. `waits`: the runner's host waits for it
    to finish before continuing; `outcomes`: results the explorer tries."""

    name: str
    params: tuple[Param, ...]
    doc: str
    waits: bool = False
    outcomes: tuple[str, ...] = ()

    @property
    def signature(self) -> str:
        words = (
            f"[{p.name.upper()}]" if p.optional else p.name.upper() for p in self.params
        )
        return " ".join([self.name, *words])

    @property
    def required(self) -> int:
        """How many arguments a call must give (the non-optional ones)."""
        return sum(not p.optional for p in self.params)


@dataclass(frozen=True)
class FunctionSpec:
    """A function callable in expressions. `builtin`: part of Yarn itself
    (not written to the definitions file)."""

    name: str
    params: tuple[Param, ...]
    returns: str
    doc: str
    impl: Callable[[FunctionEnv, list[Value]], Value]
    builtin: bool = False

    @property
    def signature(self) -> str:
        inner = ", ".join(p.name for p in self.params)
        return f"{self.name}({inner})"


@dataclass
class Registry:
    commands: dict[str, CommandSpec] = field(default_factory=dict)
    functions: dict[str, FunctionSpec] = field(default_factory=dict)
    # Test-only (Yarn Spinner's own test cases): accept any command, with any
    # arguments, as Yarn Spinner's compiler does. The game never sets it.
    any_command: bool = False

    def add_command(self, spec: CommandSpec) -> None:
        self.commands[spec.name] = spec

    def add_function(self, spec: FunctionSpec) -> None:
        self.functions[spec.name] = spec


def _actor(
    doc: str = "player, an npc_id (ortho) or a speaker's name (Ortho)",
) -> Param:
    return Param("actor", "string", doc)


def _commands() -> list[CommandSpec]:
    name = Param("name", "string", "the asset's name")
    return [
        CommandSpec(
            "minigame",
            (Param("level", "string", "the level's id (maps/minigame/<level>.tmx)"),),
            "Play a nanobot level; waits for its result, then "
            "minigame_outcome(level) and minigame_score(level) tell how it went.",
            waits=True,
            outcomes=MINIGAME_OUTCOMES,
        ),
        CommandSpec(
            "objective",
            (
                Param(
                    "text",
                    "string",
                    'what to do next, e.g. "Find Malik in his lab" ("" clears it); '
                    "{$var} works",
                    max_length=OBJECTIVE_LENGTH,
                ),
            ),
            'Set the current objective ("" clears it; {$var} works): saved with '
            "the game, shown on the pause screen and as a brief notice on the map "
            "when it changes.",
        ),
        CommandSpec(
            "time_card",
            (
                Param("title", "string", 'the big line, e.g. "Day 3"'),
                Param(
                    "subtitle",
                    "string",
                    'the smaller line, e.g. "Evening, the community forum"',
                    optional=True,
                ),
            ),
            "Show a full-screen time card (fade in, hold, fade out; confirm "
            "skips it); waits until it is gone.",
            waits=True,
        ),
        CommandSpec(
            "ending",
            (Param("name", "string", "the ending's id"),),
            "Record that this playthrough reached an ending.",
        ),
        CommandSpec(
            "move",
            (
                _actor(),
                Param("x", "number", "tile column", span=TILE_SPAN),
                Param("y", "number", "tile row", span=TILE_SPAN),
            ),
            "Walk an actor to a tile; waits until it arrives.",
            waits=True,
        ),
        CommandSpec(
            "face",
            (
                _actor(),
                Param(
                    "direction",
                    "string",
                    "where to look",
                    ("up", "down", "left", "right"),
                ),
            ),
            "Turn an actor to face a direction.",
        ),
        CommandSpec(
            "fade",
            (Param("direction", "string", "out = to black, in = back", ("out", "in")),),
            "Fade the screen out to black or back in; waits for the fade.",
            waits=True,
        ),
        CommandSpec(
            "wait",
            (Param("seconds", "number", "how long", span=(0.0, 60.0)),),
            "Pause the conversation.",
            waits=True,
        ),
        CommandSpec(
            "camera",
            (_actor("who the camera follows"),),
            "Point the camera at an actor.",
        ),
        CommandSpec("sound", (name,), "Play a sound effect."),
        CommandSpec("music", (name,), "Change the music (none = silence)."),
        CommandSpec(
            "shake",
            (
                Param(
                    "strength", "number", "0.1 = a nudge, 1 = a quake", span=(0.0, 2.0)
                ),
            ),
            "Shake the screen (softened by the reduce-shake setting).",
        ),
    ]


def _visited(env: FunctionEnv, args: list[Value]) -> Value:
    return env.visited_count(str(args[0])) > 0


def _visited_count(env: FunctionEnv, args: list[Value]) -> Value:
    return float(env.visited_count(str(args[0])))


def _random_range(env: FunctionEnv, args: list[Value]) -> Value:
    return env.random_range(float(args[0]), float(args[1]))


def _dice(env: FunctionEnv, args: list[Value]) -> Value:
    return env.random_range(1.0, float(args[0]))


def _outcome(env: FunctionEnv, args: list[Value]) -> Value:
    return str(env.minigame_result(str(args[0])).get("outcome", ""))


def _score(env: FunctionEnv, args: list[Value]) -> Value:
    return float(env.minigame_result(str(args[0])).get("score", 0.0))


def _ending_reached(env: FunctionEnv, args: list[Value]) -> Value:
    return str(args[0]) in env.endings()


def _functions() -> list[FunctionSpec]:
    node = Param("node", "string", "a node title")
    level = Param("level", "string", "a minigame level id")
    return [
        FunctionSpec(
            "visited",
            (node,),
            "bool",
            "Has the node been run to its end before?",
            _visited,
            True,
        ),
        FunctionSpec(
            "visited_count",
            (node,),
            "number",
            "How many times the node has been run.",
            _visited_count,
            True,
        ),
        FunctionSpec(
            "random_range",
            (Param("low", "number", "smallest"), Param("high", "number", "largest")),
            "number",
            "A whole number from low to high inclusive (seeded: replays repeat it).",
            _random_range,
            True,
        ),
        FunctionSpec(
            "dice",
            (Param("sides", "number", "how many sides"),),
            "number",
            "A whole number from 1 to sides (seeded, like random_range).",
            _dice,
            True,
        ),
        FunctionSpec(
            "minigame_outcome",
            (level,),
            "string",
            'The level\'s last result: "won", "lost", "shutdown", or "" if not played.',
            _outcome,
        ),
        FunctionSpec(
            "minigame_score",
            (level,),
            "number",
            "The level's last score (0 if not played).",
            _score,
        ),
        FunctionSpec(
            "ending_reached",
            (Param("name", "string", "an ending id"),),
            "bool",
            "Has this playthrough reached the ending?",
            _ending_reached,
        ),
    ]


def _one_number(fn: NumberFn) -> Callable[[FunctionEnv, list[Value]], Value]:
    def call(_env: FunctionEnv, args: list[Value]) -> Value:
        return fn(float(args[0]))

    return call


def _two(
    fn: Callable[[float, float], float],
) -> Callable[[FunctionEnv, list[Value]], Value]:
    def call(_env: FunctionEnv, args: list[Value]) -> Value:
        return fn(float(args[0]), float(args[1]))

    return call


def _round_places(_env: FunctionEnv, args: list[Value]) -> Value:
    return round_places(float(args[0]), float(args[1]))


def _math_functions() -> list[FunctionSpec]:
    """Yarn Spinner's number functions (game/dialogue/yarn_math.py)."""
    n = Param("n", "number", "a number")
    found = [
        FunctionSpec(name, (n,), "number", doc, _one_number(fn), True)
        for name, fn, doc in NUMBER_FUNCTIONS
    ]
    other = Param("m", "number", "another number")
    for name, pick, doc in (
        ("min", min, "The smaller of the two numbers."),
        ("max", max, "The larger of the two numbers."),
    ):
        found.append(FunctionSpec(name, (n, other), "number", doc, _two(pick), True))
    places = Param("places", "number", "digits after the point")
    doc = "The number rounded to that many digits after the point."
    found.append(
        FunctionSpec("round_places", (n, places), "number", doc, _round_places, True)
    )
    return found


def default_registry() -> Registry:
    """The game's commands and functions (a new object each call)."""
    registry = Registry()
    for command in _commands():
        registry.add_command(command)
    for function in _functions() + _math_functions():
        registry.add_function(function)
    return registry


def _param_json(param: Param) -> dict[str, Any]:
    doc = param.doc + (f" ({' | '.join(param.choices)})" if param.choices else "")
    if param.span is not None:
        doc += f" ({param.span[0]:g} to {param.span[1]:g})"
    found: dict[str, Any] = {"Name": param.name, "Type": param.type}
    found["Documentation"] = doc
    if param.optional:
        found["DefaultValue"] = ""
    return found


def definitions(registry: Registry) -> dict[str, Any]:
    """The registry in Yarn Spinner's `*.ysls.json` shape."""
    commands = [
        {
            "YarnName": spec.name,
            "DefinitionName": spec.name,
            "FileName": "game/dialogue/registry.py",
            "Documentation": spec.doc,
            "Signature": spec.signature,
            "Parameters": [_param_json(p) for p in spec.params],
        }
        for spec in registry.commands.values()
    ]
    functions = [
        {
            "YarnName": spec.name,
            "DefinitionName": spec.name,
            "FileName": "game/dialogue/registry.py",
            "Documentation": spec.doc,
            "Signature": spec.signature,
            "Parameters": [_param_json(p) for p in spec.params],
            "ReturnType": spec.returns,
        }
        for spec in registry.functions.values()
        if not spec.builtin
    ]
    return {"Commands": commands, "Functions": functions}


def definitions_text(registry: Registry) -> str:
    """The exact text of dialogue/commands.ysls.json."""
    return json.dumps(definitions(registry), indent=2, ensure_ascii=False) + "\n"


def write_definitions(dialogue_folder: Path, registry: Registry | None = None) -> Path:
    """Write commands.ysls.json into `dialogue_folder`; returns its path."""
    path = dialogue_folder / DEFINITIONS_FILE
    path.write_text(definitions_text(registry or default_registry()), encoding="utf-8")
    return path


def main() -> None:
    """`python -m game.dialogue.registry`: regenerate dialogue/commands.ysls.json."""
    from game.core.paths import dialogue_dir

    print(f"wrote {write_definitions(dialogue_dir())}")


def reference_markdown(registry: Registry) -> str:
    """The commands and functions tables of dialogue/README.md."""
    rows = ["| command | arguments | waits | what it does |", "|---|---|---|---|"]
    for spec in registry.commands.values():
        args = ", ".join(_param_text(p) for p in spec.params)
        rows.append(
            f"| `<<{spec.signature}>>` | {args} | {'yes' if spec.waits else ''} "
            f"| {spec.doc} |"
        )
    rows += ["", "| function | returns | what it gives |", "|---|---|---|"]
    for function in registry.functions.values():
        rows.append(f"| `{function.signature}` | {function.returns} | {function.doc} |")
    return "\n".join(rows) + "\n"


def _param_text(param: Param) -> str:
    choices = f" ({' / '.join(param.choices)})" if param.choices else ""
    if param.span is not None:
        choices = f" ({param.span[0]:g} to {param.span[1]:g})"
    limit = f", at most {param.max_length} characters" if param.max_length else ""
    optional = " (optional)" if param.optional else ""
    return f"{param.name.upper()}: {param.type}{choices}{limit}{optional}"


if __name__ == "__main__":
    main()
