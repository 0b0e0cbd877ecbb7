"""Random-input soak: `python -m game.tools.soak --minutes 5 --seed 1`.

Runs the whole game headless (title, menus, episodes, conversations, levels)
on seeded random input, one fixed update a frame, drawing every frame, for
the given wall-clock time; any exception stops it with the seed and tick, so
the run can be repeated exactly. Prints frames, screens visited and the time.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections import Counter

import numpy as np

from game.app import MainLoop, build_context
from game.core.options import LaunchOptions
from game.display import Display
from game.input.actions import Action, ActionState
from game.input.capture import InputCapture
from game.save.settings import default_settings

# Actions a player presses; screenshots and the debug overlay are left out
# (they only write files or draw timings).
PLAYED = [
    a
    for a in Action
    if a not in (Action.SCREENSHOT, Action.DEBUG_OVERLAY, Action.RECORD)
]
MOVES = [Action.UP, Action.DOWN, Action.LEFT, Action.RIGHT]
# After this many frames on one screen the masher gets restless and presses
# cancel often: pure chance stays for minutes in screens like Controls.
RESTLESS_FRAMES = 900
# Raw inputs a masher offers the rebinding capture; the first of each is the
# device's cancel input.
RAW_INPUTS = {"keys": ["escape", "a", "q", "f5"], "pad": ["start", "a", "x", "dpup"]}


def random_actions(rng: np.random.Generator, restless: bool = False) -> ActionState:
    """One tick of plausible mashing: a held direction, now and then a press,
    now and then the pointer somewhere on the 640x360 canvas; `restless`
    adds frequent cancel presses (to leave a screen)."""
    held = {MOVES[int(rng.integers(4))]} if rng.random() < 0.6 else set()
    pressed: set[Action] = set()
    if rng.random() < 0.15:
        pressed.add(PLAYED[int(rng.integers(len(PLAYED)))])
    if restless and rng.random() < 0.05:
        pressed.add(Action.CANCEL)
    pointer = None
    if rng.random() < 0.05:
        pointer = (int(rng.integers(640)), int(rng.integers(360)))
    return ActionState(
        held=frozenset(held | pressed), pressed=frozenset(pressed), pointer=pointer
    )


def press_raw_input(capture: InputCapture, rng: np.random.Generator) -> None:
    """Now and then a raw key or button for an armed capture (the rebinding
    screen waits for one; mashed actions never reach it)."""
    if capture.armed and capture.device is not None and rng.random() < 0.02:
        keys = RAW_INPUTS[capture.device.value]
        name = keys[int(rng.integers(len(keys)))]
        capture.offer(capture.device, name, keys[0])


def soak(seconds: float, seed: int) -> tuple[int, Counter[str]]:
    """Frames run and screens seen; raises whatever the game raised."""
    import pygame  # deferred: SDL's dummy drivers are chosen in main() first

    pygame.display.init()
    display = Display(vsync=False)
    options = LaunchOptions(mute=True, seed=seed, frames=1)
    ctx = build_context(options, default_settings(), display, seed)
    ctx.nav.start()
    loop = MainLoop(ctx, display, None, None)
    rng = np.random.default_rng(seed)
    seen: Counter[str] = Counter()
    frames, end = 0, time.monotonic() + seconds
    streak, last = 0, ""
    while time.monotonic() < end:
        if not ctx.running or not len(ctx.stack):
            ctx.running = True
            ctx.nav.to_title()
            ctx.stack.apply_requests()
        press_raw_input(ctx.capture, rng)
        loop.tick(random_actions(rng, streak > RESTLESS_FRAMES))
        loop.draw(1.0)
        name = type(ctx.stack.top).__name__
        streak, last = (streak + 1 if name == last else 0), name
        seen[name] += 1
        frames += 1
    return frames, seen


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=5.0)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
    with tempfile.TemporaryDirectory() as home:
        os.environ["SMILE_PROTOCOL_DATA_DIR"] = os.path.join(home, "data")
        os.environ["SMILE_PROTOCOL_CONFIG_DIR"] = os.path.join(home, "config")
        start = time.perf_counter()
        frames, seen = soak(args.minutes * 60, args.seed)
    wall = time.perf_counter() - start
    print(f"{frames} frames in {wall:.0f} s (seed {args.seed}), no exception")
    for name, count in seen.most_common():
        print(f"  {name:24s} {count}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
