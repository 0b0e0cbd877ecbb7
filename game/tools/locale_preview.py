"""See a conversation in a locale: `python -m game.tools.locale_preview OUT_DIR`.

    python -m game.tools.locale_preview shots --locale pseudo
    python -m game.tools.locale_preview shots --locale fr --node Ep1_Malik --choose 2,1
    python -m game.tools.locale_preview shots --text-size 2

Plays the conversation headless in the dialogue box, in the locale asked for,
picking options as `--choose` says (1-based, then the first), and saves PNGs
of what a player sees: the first line (first.png), the line with the most
text (longest.png), each choice (options_N.png) and the backlog at the end
(backlog.png). Use it to check that a translation fits the UI.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

import pygame

from game.core.story import StoryState
from game.dialogue.runner import Line
from game.input.actions import IDLE, Action, ActionState
from game.play.context import Context
from game.play.conversations import Conversations
from game.save.settings import default_settings
from game.tools.screens import headless_context

BACKDROP = (40, 50, 70)
TICK = 1 / 60
EVENT_LIMIT = 2_000  # presses before a conversation counts as stuck


@dataclass
class Reading:
    """What a preview saw: every line shown, every set of options."""

    lines: list[Line] = field(default_factory=list)
    options: list[list[str]] = field(default_factory=list)
    pictures: dict[str, pygame.Surface] = field(default_factory=dict)


def _press(action: Action) -> ActionState:
    return ActionState(pressed=frozenset({action}), held=frozenset({action}))


def _picture(ctx: Context) -> pygame.Surface:
    surface = pygame.Surface((640, 360))
    surface.fill(BACKDROP)
    ctx.stack.draw(surface, 1.0)
    return surface


def preview_context(locale: str, text_size: int = 1) -> Context:
    """A headless context showing `locale`, text at once, at `text_size`."""
    settings = replace(
        default_settings(), locale=locale, text_speed=0, text_size=text_size
    )
    ctx = headless_context(settings=settings)
    ctx.story = StoryState(episode=1)
    return ctx


def _choose(ctx: Context, box, number: int) -> None:
    for _ in range(min(number, len(box.visible)) - 1):
        ctx.stack.update(_press(Action.DOWN), TICK, IDLE)
    ctx.stack.update(_press(Action.CONFIRM), TICK, IDLE)


def _look(ctx: Context, box, reading: Reading, choices: list[int]) -> None:
    """Record and picture what the box shows, then answer it."""
    if box.options is not None:
        reading.options.append([box.options.options[i].text for i in box.visible])
        reading.pictures[f"options_{len(reading.options)}"] = _picture(ctx)
        _choose(ctx, box, choices.pop(0) if choices else 1)
        return
    line = box.line
    if line is not None and (not reading.lines or reading.lines[-1] is not line):
        longest = max((len(seen.text) for seen in reading.lines), default=-1)
        reading.lines.append(line)
        if len(reading.lines) == 1:
            reading.pictures["first"] = _picture(ctx)
        if len(line.text) > longest:
            reading.pictures["longest"] = _picture(ctx)
    if len(reading.lines) > 1 and "backlog" not in reading.pictures:
        ctx.stack.update(_press(Action.BACKLOG), TICK, IDLE)
        reading.pictures["backlog"] = _picture(ctx)
        ctx.stack.update(_press(Action.BACKLOG), TICK, IDLE)
    ctx.stack.update(_press(Action.CONFIRM), TICK, IDLE)


def read_conversation(ctx: Context, node: str, choices: list[int]) -> Reading:
    """Play `node` in the dialogue box to its end; what it showed."""
    conversations = Conversations(ctx)
    runner = conversations.runner()
    screen = ctx.screens.conversation(runner, node, _no_command, _nothing)
    ctx.stack.replace_all(screen)
    ctx.stack.apply_requests()
    reading, pending = Reading(), list(choices)
    for _ in range(EVENT_LIMIT):
        ctx.stack.update(IDLE, TICK, IDLE)
        box = ctx.stack.top
        if box is not screen:
            return reading
        _look(ctx, box, reading, pending)
    raise RuntimeError(f"{node} did not end within {EVENT_LIMIT} presses")


def _no_command(_event: object) -> Callable[[], bool] | None:
    return None  # world commands have no world to act on here


def _nothing() -> None:
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--locale", default="pseudo")
    parser.add_argument("--node", default="Ep1_Launch")
    parser.add_argument("--choose", default="", help="options to pick, e.g. 2,1")
    parser.add_argument("--text-size", type=int, default=1, choices=(1, 2))
    parser.add_argument("--scale", type=int, default=2)
    args = parser.parse_args(argv)
    ctx = preview_context(args.locale, args.text_size)
    choices = [int(n) for n in args.choose.split(",") if n.strip()]
    reading = read_conversation(ctx, args.node, choices)
    args.out.mkdir(parents=True, exist_ok=True)
    for name, picture in reading.pictures.items():
        path = args.out / f"{name}.png"
        pygame.image.save(pygame.transform.scale_by(picture, args.scale), str(path))
        print(path)
    print("\n".join(m.text for m in ctx.messages))
    return 0


if __name__ == "__main__":
    sys.exit(main())
