"""Render the menu screens to PNG: `python -m game.tools.screens OUT_DIR`.

Each screen runs a few fixed updates with scripted input, then is drawn at
the given scale, so designers can look at every screen without playing to it.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Iterable
from pathlib import Path

import pygame

from game.app import build_context
from game.core.episodes import episode
from game.core.options import LaunchOptions
from game.core.story import StoryState
from game.display import Display
from game.input.actions import IDLE, ActionState
from game.play.context import Context
from game.play.stack import StackScene
from game.save.settings import Settings, default_settings


def headless_context(
    seed: int = 1,
    settings: Settings | None = None,
    options: LaunchOptions | None = None,
) -> Context:
    """A game context over a hidden 640x360 window (dummy drivers), muted
    unless `options` say otherwise: the one way tools and tests make one."""
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
    pygame.display.init()
    display = Display(vsync=False)
    return build_context(
        options or LaunchOptions(mute=True),
        settings or default_settings(),
        display,
        seed,
    )


def run_scene(
    ctx: Context,
    make: Callable[[Context], StackScene],
    inputs: Iterable[ActionState] = (),
    ticks: int = 60,
) -> pygame.Surface:
    """Push a scene, feed it `inputs` then idle ticks; return the drawn canvas."""
    ctx.stack.replace_all(make(ctx))
    ctx.stack.apply_requests()
    for actions in list(inputs) + [IDLE] * ticks:
        ctx.stack.update(actions, 1 / 60, IDLE)
    surface = pygame.display.get_surface()
    if surface is None:
        raise RuntimeError("run_scene draws on the display: set a mode first")
    surface.fill((13, 15, 26))
    ctx.stack.draw(surface, 1.0)
    return surface


def _ending(ctx: Context) -> StackScene:
    ctx.story = StoryState(episode=1)
    ctx.story.variables.update(
        ep1_shutdown=True,
        ep1_june_told="truth",
        ep1_sandra_early=True,
        ep1_watchdog="open",
        ep1_ortho_trusted=True,
        ep1_teach_result="won",
        ep1_final_words="holistic",
    )
    return ctx.screens.ending(episode(1), "sanctuary")


def menu_screens() -> dict[str, Callable[[Context], StackScene]]:
    """The menu screens by name, each made from a context's scene catalog."""
    return {
        "ending": _ending,
        "title": lambda ctx: ctx.screens.title(),
        "episode_select": lambda ctx: ctx.screens.episode_select(),
        "episode_intro": lambda ctx: ctx.screens.episode_intro(episode(1)),
        "settings": lambda ctx: ctx.screens.settings(),
        "credits": lambda ctx: ctx.screens.credits(),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--scale", type=int, default=2)
    args = parser.parse_args(argv)
    ctx = headless_context()
    args.out.mkdir(parents=True, exist_ok=True)
    for name, make in menu_screens().items():
        surface = run_scene(ctx, make)
        pygame.image.save(
            pygame.transform.scale_by(surface, args.scale),
            str(args.out / f"{name}.png"),
        )
        print(args.out / f"{name}.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
