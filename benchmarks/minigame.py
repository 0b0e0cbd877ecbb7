"""Minigame frame benchmark: `python benchmarks/minigame.py`.

Full frame = sim step + tissue + bots + effects + HUD + scale of the
640x360 canvas to a 1280x720 window, on a 320x180 tooth with glitches
spreading, for 5k, 20k and 100k bots; and a plain pygame.sprite.Group
bunnymark of 20k 8x8 sprites as the yardstick (same run). Medians of runs.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import numpy as np
import pygame

from game.art.palette import load_palette
from game.assets.font import BitmapFont, Fonts
from game.assets.uikit import UiKit
from game.core.paths import maps_dir
from game.minigame.hud import Hud, load_words
from game.minigame.levels import load_level
from game.minigame.render import MinigameRenderer
from game.minigame.sim import Commands, make_state, step

RUNS, FRAMES = 5, 60
WINDOW = (1280, 720)


def median_ms(frame, runs: int = RUNS, frames: int = FRAMES) -> float:
    for _ in range(10):
        frame()
    means = []
    for _ in range(runs):
        start = time.perf_counter()
        for _ in range(frames):
            frame()
        means.append((time.perf_counter() - start) * 1000 / frames)
    return statistics.median(means)


def minigame_frame(bots: int, window: pygame.Surface):
    spec = load_level(maps_dir() / "minigame" / "ep1_crisis.tmx")
    from dataclasses import replace

    spec = replace(spec, tuning=replace(spec.tuning, bot_count=bots, time_limit=900))
    state = make_state(spec, 1)
    palette = load_palette()
    fonts = Fonts(BitmapFont.load("regular"), BitmapFont.load("bold"))
    renderer = MinigameRenderer(state, palette)
    hud = Hud(state, fonts, palette, load_words(), UiKit.load())
    canvas = pygame.Surface((640, 360)).convert()
    for _ in range(240):  # let the glitch spread
        step(state)
    tick = [0]

    def frame() -> None:
        tick[0] += 1
        step(state, Commands(160.0, 90.0, pulse=tick[0] % 90 < 40))
        renderer.draw(canvas)
        renderer.effects.reticle(canvas, 160.0, 90.0, "pulse")
        hud.draw(canvas)
        hud.charge_label(canvas, 320, 180)
        pygame.transform.scale(canvas, WINDOW, window)
        pygame.display.flip()

    return frame, state, renderer


class Bunny(pygame.sprite.Sprite):
    def __init__(self, image, rng):
        super().__init__()
        self.image = image
        self.rect = image.get_rect(topleft=(rng.uniform(0, 632), rng.uniform(0, 352)))
        self.vx, self.vy = rng.uniform(-2, 2), rng.uniform(-2, 2)

    def update(self) -> None:
        r = self.rect
        r.x += self.vx
        r.y += self.vy
        if r.left < 0 or r.right > 640:
            self.vx = -self.vx
        if r.top < 0 or r.bottom > 360:
            self.vy = -self.vy


def bunnymark(count: int, window: pygame.Surface):
    rng = np.random.default_rng(1)
    image = pygame.Surface((8, 8), pygame.SRCALPHA)
    pygame.draw.circle(image, (98, 168, 234), (4, 4), 4)
    image = image.convert_alpha()
    group = pygame.sprite.Group(Bunny(image, rng) for _ in range(count))
    canvas = pygame.Surface((640, 360)).convert()

    def frame() -> None:
        group.update()
        canvas.fill((13, 15, 26))
        group.draw(canvas)
        pygame.transform.scale(canvas, WINDOW, window)
        pygame.display.flip()

    return frame


def main() -> None:
    pygame.display.init()
    window = pygame.display.set_mode(WINDOW)
    results = {}
    for bots in (5_000, 20_000, 100_000):
        frame, state, renderer = minigame_frame(bots, window)
        results[bots] = median_ms(frame)
        print(
            f"minigame full frame, {bots:>7,} bots: {results[bots]:6.2f} ms "
            f"(bots by {renderer.bots.method}, {state.vitals.glitched} glitched)"
        )
    group = median_ms(bunnymark(20_000, window))
    print(f"pygame.sprite.Group bunnymark, 20,000 8x8 sprites: {group:6.2f} ms")
    print(
        f"ratio minigame(20k) / Group(20k): {results[20_000] / group:.2f}"
        "  (target <= 0.4)"
    )
    print("targets: 20k <= 5 ms, 100k <= 12 ms")


if __name__ == "__main__":
    main()
