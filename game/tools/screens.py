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

from game.input.actions import IDLE, ActionState


def headless_context(seed: int = 1):
    """A game context over a hidden 640x360 window (dummy drivers)."""
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
    import pygame

    from game.app import build_context
    from game.core.options import LaunchOptions
    from game.display import Display
    from game.save.settings import default_settings

    pygame.display.init()
    display = Display(vsync=False)
    return build_context(LaunchOptions(mute=True), default_settings(), display, seed)


def run_scene(ctx, make: Callable, inputs: Iterable[ActionState] = (), ticks: int = 60):
    """Push a scene, feed it `inputs` then idle ticks; return the drawn canvas."""
    ctx.stack.replace_all(make(ctx))
    ctx.stack.apply_requests()
    for actions in list(inputs) + [IDLE] * ticks:
        ctx.stack.update(actions, 1 / 60, IDLE)
    surface = ctx.display.surface
    surface.fill((13, 15, 26))
    ctx.stack.draw(surface, 1.0)
    return surface


def menu_screens() -> dict[str, Callable]:
    from game.core.episodes import episode
    from game.scenes.credits import CreditsScene
    from game.scenes.episode_intro import EpisodeIntroScene
    from game.scenes.episode_select import EpisodeSelectScene
    from game.scenes.settings_menu import SettingsScene
    from game.scenes.title import TitleScene

    def ending(ctx):
        from game.core.story import StoryState
        from game.scenes.ending import EndingScene

        ctx.story = StoryState(episode=1)
        ctx.story.variables.update(
            ep1_shutdown=True,
            ep1_june_told="truth",
            ep1_sandra_early=True,
            ep1_watchdog="open",
            ep1_final_words="holistic",
        )
        return EndingScene(ctx, episode(1), "sanctuary")

    return {
        "ending": ending,
        "title": TitleScene,
        "episode_select": EpisodeSelectScene,
        "episode_intro": lambda ctx: EpisodeIntroScene(ctx, episode(1)),
        "settings": SettingsScene,
        "credits": CreditsScene,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--scale", type=int, default=2)
    args = parser.parse_args(argv)
    import pygame

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
