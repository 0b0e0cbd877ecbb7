"""`python -m game.tools.talk PATH NODE`: play a dialogue node in the terminal.

    python -m game.tools.talk dialogue/sample SampleStart --choose 2,1
    python -m game.tools.talk draft.yarn Start --set trust=2 --minigame ep1_teach=won

PATH is a folder (its .yarn files, subfolders included) or one .yarn file
anywhere; files under dialogue/ are played together with all the project's
files (dialogue/**/*.yarn: their declarations and nodes). Options are
numbered from 1 as the player sees them (hidden options are listed
unnumbered and not counted); with no `--choose` left, the tool prints the options and
stops. `--minigame LEVEL=OUTCOME[ SCORE[ PEAK_STRESS]]` stores a level's
result as the game does (minigame_outcome(LEVEL), $minigame_outcome,
$minigame_score, $minigame_peak_stress; missing numbers get plausible
values) before the conversation and again when `<<minigame LEVEL>>` runs.
`--plan` prints the transcript as test-plan steps, ready to paste into
tests/dialogue/NAME.testplan. `--locale CODE` plays it in a translation
(dialogue/locales/CODE.csv, or `pseudo`), as the game would show it.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

from game.core.paths import project_root
from game.core.story import StoryState
from game.dialogue.defined import register
from game.dialogue.errors import DialogueError
from game.dialogue.level_results import LevelResult, apply_result, parse_result
from game.dialogue.locale import Translation, available_locales, load_translation
from game.dialogue.program import Program, load_program
from game.dialogue.registry import default_registry
from game.dialogue.runner import Command, End, Event, Options, Runner
from game.dialogue.speakers import load_speakers
from game.dialogue.testplan import set_variable
from game.dialogue.transcript import plan_items, shown_options, transcript_lines

EVENT_LIMIT = 10_000


def dialogue_files(path: Path, root: Path) -> list[Path]:
    """The files to play: PATH's own, plus the project's when under dialogue/."""
    path = path.resolve()
    own = sorted(path.rglob("*.yarn")) if path.is_dir() else [path]
    project = (root / "dialogue").resolve()
    inside = path == project or project in path.parents
    extra = sorted(project.rglob("*.yarn")) if inside else []
    return own + [p for p in extra if p not in own]


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m game.tools.talk", description="Play a dialogue node headless."
    )
    parser.add_argument("path", type=Path, help="a .yarn file or a folder")
    parser.add_argument("node", help="the node to start at")
    parser.add_argument("--choose", default="", help="options to pick, e.g. 2,1,3")
    parser.add_argument("--set", action="append", default=[], metavar="NAME=VALUE")
    parser.add_argument(
        "--minigame",
        action="append",
        default=[],
        metavar="LEVEL=OUTCOME",
        help="a level's result: won, lost or shutdown, optionally with score "
        'and peak stress ("won 900 85")',
    )
    parser.add_argument(
        "--function",
        action="append",
        default=[],
        metavar="DEFINITION",
        help='a function the dialogue calls: "double(x: number) -> number = $x * 2"',
    )
    parser.add_argument("--seed", type=int, default=0, help="seed for random_range")
    parser.add_argument("--plan", action="store_true", help="print test-plan steps")
    parser.add_argument("--locale", metavar="CODE", help="play it in a translation")
    return parser.parse_args(argv)


def _choices(text: str) -> list[int]:
    try:
        return [int(part) for part in text.split(",") if part.strip()]
    except ValueError:
        raise SystemExit(f"--choose takes numbers like 2,1,3, not {text!r}") from None


class _Session:
    def __init__(
        self,
        program: Program,
        args: argparse.Namespace,
        translation: Translation | None = None,
    ) -> None:
        self.story = StoryState()
        rng = np.random.default_rng(args.seed)
        self.runner = Runner(program, self.story, set(), rng, translation=translation)
        self.results: dict[str, LevelResult] = {}
        for text in args.minigame:
            level, _, outcome = text.partition("=")
            self.results[level.strip()] = parse_result(outcome)
            apply_result(self.story, level.strip(), self.results[level.strip()])
        for assignment in args.set:
            set_variable(program, self.story, assignment)
        self.choices = _choices(args.choose)
        self.plan = args.plan
        self.out: list[str] = []
        self.failed = False

    def show(self, event: Event) -> None:
        if self.plan:
            self.out.extend(f"{k}: {t}" if t else k for k, t in plan_items(event))
        else:
            self.out.extend(transcript_lines(event))

    def play(self, node: str) -> int:
        if self.plan:
            self.out.append(f"node: {node}")
        self.runner.start(node)
        for _ in range(EVENT_LIMIT):
            try:
                event = self.runner.advance()
            except DialogueError as error:
                self.out.append(f"(stopped: {error.format()})")
                return 1
            self.show(event)
            if isinstance(event, End):
                if event.problem:
                    self.out.append(f"({event.problem})")
                return 1 if event.problem else 0
            if isinstance(event, Command):
                self.command(event)
            if isinstance(event, Options) and not self.choose(event):
                return 1 if self.failed else 0
        self.out.append(f"(stopped after {EVENT_LIMIT} events: a loop?)")
        return 1

    def command(self, event: Command) -> None:
        """What the game would do for the commands that change the story."""
        if event.name == "ending" and event.args:
            self.story.endings.append(str(event.args[0]))
        elif event.name == "minigame" and event.args:
            level = str(event.args[0])
            if level in self.results:
                apply_result(self.story, level, self.results[level])
            else:
                self.out.append(f"(no --minigame {level}=OUTCOME: result unchanged)")

    def choose(self, event: Options) -> bool:
        """Pick the next --choose number, counted as the player sees the
        options (hidden ones are not counted)."""
        if not self.choices:
            if not self.plan:
                self.out.append("(choose with --choose N,...)")
            return False
        pick = self.choices.pop(0)
        shown = shown_options(event)
        index = shown[pick - 1] if 0 < pick <= len(shown) else -1
        try:
            self.runner.choose(index)
        except ValueError:
            self.out.append(f"(option {pick} is not available here)")
            self.failed = True
            return False
        chosen = event.options[index]
        self.out.append(
            f"select: {index + 1}" if self.plan else f"-> {pick}) {chosen.text}"
        )
        return True


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    root = project_root()
    if not args.path.exists():
        print(f"{args.path}: no such file or folder", file=sys.stderr)
        return 2
    try:
        registry = register(default_registry(), args.function)
        program = load_program(dialogue_files(args.path, root), root, registry)
        session = _Session(program, args, _translation(root, args.locale, program))
        code = session.play(args.node)
    except DialogueError as err:
        print(err.format(), file=sys.stderr)
        return 1
    except LookupError as err:
        print(err.args[0], file=sys.stderr)
        return 2
    print("\n".join(session.out))
    return code


def _translation(
    root: Path, locale: str | None, program: Program
) -> Translation | None:
    """The translation `--locale` asks for (LookupError if there is none);
    what cannot be loaded is said on stderr, as the game would say it."""
    if locale is None:
        return None
    known = available_locales(root)
    if locale not in known:
        raise LookupError(f"no locale {locale!r} (known: {', '.join(known)})")
    speakers = load_speakers(root)[0]
    translation, messages = load_translation(root, locale, program.files, speakers)
    for message in messages:
        print(message, file=sys.stderr)
    return translation


if __name__ == "__main__":
    raise SystemExit(main())
