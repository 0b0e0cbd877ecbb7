"""Minigame frame benchmark: `python benchmarks/minigame.py [--quick]`.

For every level in maps/minigame/ and 20k, 100k and 200k bots: one full
frame = sim step + tissue + bots + effects + HUD + present, drawn as the
game draws it: on the 640x360 display surface of a `pygame.SCALED` window,
which SDL's renderer scales on `flip` (`--software-scale`: instead into a
640x360 canvas scaled by `pygame.transform.scale` to a 1280x720 window).
The player pulses at the centre and switches
patient feed every FEED_EVERY frames (feed switches are in the timings).
Prints median, p95 and max per level and size, the process memory (RSS)
at its highest while each level plays, the peak over all levels (before
the yardstick), and the peak of a fresh process playing the largest level
at 100k bots (earlier levels leave the heap grown, so only this one is
the level's own).
Yardstick, same run: a plain pygame.sprite.Group of the same number of
8x8 sprites moved in Python and drawn; ratio = minigame median / yardstick
median (lower is better). `--whole`: instead, each level autoplayed from
start to end at 20k bots, every frame timed (the no-hitch check).
"""

from __future__ import annotations

import argparse
import gc
import os
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import numpy as np
import pygame

from game.art.palette import load_palette
from game.assets.font import BitmapFont, Fonts
from game.assets.uikit import UiKit
from game.core.paths import maps_dir
from game.minigame.autoplay import AutoPlayer
from game.minigame.hud import Hud, load_words
from game.minigame.levels import load_level
from game.minigame.render import MinigameRenderer
from game.minigame.sim import Commands, make_state, step
from game.minigame.state import Outcome

SIZES = (20_000, 100_000, 200_000)
FRAMES = {20_000: 400, 100_000: 200, 200_000: 120}
YARD_FRAMES = {20_000: 30, 100_000: 8, 200_000: 5}
WARMUP, FEED_EVERY = 120, 90
WINDOW = (1280, 720)
LOGICAL = (640, 360)


class Screen:
    """Where a frame is drawn and how it is shown: as the game does (on the
    SCALED display surface, scaled by SDL's renderer on flip) or, with
    `software`, on a canvas scaled by pygame.transform.scale to WINDOW."""

    def __init__(self, software: bool) -> None:
        self.software = software
        if software:
            self.window = pygame.display.set_mode(WINDOW)
        else:
            self.window = pygame.display.set_mode(LOGICAL, pygame.SCALED, vsync=0)

    def canvas(self) -> pygame.Surface:
        if self.software:
            return pygame.Surface(LOGICAL).convert()
        return self.window

    def present(self, canvas: pygame.Surface) -> None:
        if self.software:
            pygame.transform.scale(canvas, WINDOW, self.window)
        pygame.display.flip()


def now() -> float:
    """Seconds on the chosen clock: BENCH_CLOCK=cpu reads this thread's CPU
    time (steady on a shared, busy machine), anything else wall time."""
    if os.environ.get("BENCH_CLOCK") == "cpu":
        return time.thread_time()
    return time.perf_counter()


def rss_mb() -> float:
    """Resident memory of this process now (Linux), else the peak."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / 2**20
    except OSError:
        return peak_mb()


def peak_mb() -> float:
    """This process's peak resident memory: VmHWM on Linux (ru_maxrss there
    is inherited from the parent through fork and exec), else ru_maxrss."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def stats(times: list[float]) -> tuple[float, float, float]:
    ordered = sorted(times)
    p95 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]
    return statistics.median(ordered), p95, ordered[-1]


def timed(frame: Callable[[int], None], frames: int) -> tuple[list[float], float]:
    """Each frame's time in ms, and the highest RSS seen (sampled untimed)."""
    out, rss = [], 0.0
    for i in range(frames):
        start = now()
        frame(i)
        out.append((now() - start) * 1000)
        if i % 10 == 0:
            rss = max(rss, rss_mb())
    return out, max(rss, rss_mb())


def whole_level(path: Path, bots: int, screen: Screen) -> list[float]:
    """Frame times of one whole level played by the autoplayer from its first
    tick to its end (its time limit as tuned); the player's thinking is not
    timed, the feed-look building on entry is (as the scene does it)."""
    spec = load_level(path)
    spec = replace(spec, tuning=replace(spec.tuning, bot_count=bots))
    state = make_state(spec, 1)
    palette = load_palette()
    fonts = Fonts(BitmapFont.load("regular"), BitmapFont.load("bold"))
    renderer = MinigameRenderer(state, palette)
    renderer.tissue.prepare()
    hud = Hud(state, fonts, palette, load_words(), UiKit.load())
    canvas = screen.canvas()
    player = AutoPlayer(state)
    times = []
    while state.vitals.outcome is Outcome.PLAYING:
        cmd = player.commands()
        start = now()
        step(state, cmd)
        renderer.draw(canvas)
        hud.draw(canvas)
        screen.present(canvas)
        times.append((now() - start) * 1000)
    return times


def whole_levels(levels: list[Path], screen: Screen) -> None:
    print(f"{'whole level':<12} {'frames':>7} {'median':>7} {'p95':>7} {'max':>7} >8ms")
    for path in levels:
        times = whole_level(path, 20_000, screen)
        median, p95, worst = stats(times)
        over = sum(t > 8.0 for t in times)
        print(
            f"{path.stem:<12} {len(times):>7} {median:7.2f} {p95:7.2f} "
            f"{worst:7.2f} {over:>4}",
            flush=True,
        )


def minigame_frame(path: Path, bots: int, screen: Screen):
    spec = load_level(path)
    spec = replace(spec, tuning=replace(spec.tuning, bot_count=bots, time_limit=900))
    state = make_state(spec, 1)
    palette = load_palette()
    fonts = Fonts(BitmapFont.load("regular"), BitmapFont.load("bold"))
    renderer = MinigameRenderer(state, palette)
    renderer.tissue.prepare()  # as the scene does on entering the level
    hud = Hud(state, fonts, palette, load_words(), UiKit.load())
    canvas = screen.canvas()
    for _ in range(WARMUP):  # let the glitch spread
        step(state)

    def frame(i: int) -> None:
        feed = 1 if i % FEED_EVERY == FEED_EVERY - 1 else 0
        step(state, Commands(160.0, 90.0, pulse=i % 90 < 40, feed_step=feed))
        renderer.draw(canvas)
        renderer.effects.reticle(canvas, 160.0, 90.0, "pulse")
        hud.draw(canvas)
        hud.charge_label(canvas, 320, 180)
        screen.present(canvas)

    return frame, state


class Bunny(pygame.sprite.Sprite):
    def __init__(self, image: pygame.Surface, rng: np.random.Generator) -> None:
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


def yardstick(count: int, screen: Screen) -> Callable[[int], None]:
    rng = np.random.default_rng(1)
    image = pygame.Surface((8, 8), pygame.SRCALPHA)
    pygame.draw.circle(image, (98, 168, 234), (4, 4), 4)
    image = image.convert_alpha()
    group = pygame.sprite.Group(Bunny(image, rng) for _ in range(count))
    canvas = screen.canvas()

    def frame(_: int) -> None:
        group.update()
        canvas.fill((13, 15, 26))
        group.draw(canvas)
        screen.present(canvas)

    return frame


def fresh_peak(stem: str, bots: int) -> float:
    """Peak RSS (MB) of a new process playing one level (`--peak`)."""
    args = [sys.executable, __file__, "--peak", "--level", stem, "--size", str(bots)]
    done = subprocess.run(args, capture_output=True, text=True, check=True)
    return float(done.stdout.split()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true", help="a quarter of frames")
    parser.add_argument("--level", action="append", help="only these level stems")
    parser.add_argument("--size", action="append", type=int, help="only these sizes")
    parser.add_argument(
        "--whole", action="store_true", help="autoplay each level whole at 20k"
    )
    parser.add_argument("--peak", action="store_true", help="print peak RSS only")
    parser.add_argument(
        "--software-scale",
        action="store_true",
        help="draw on a canvas scaled by pygame.transform.scale to 1280x720",
    )
    args = parser.parse_args()
    share = 4 if args.quick else 1
    pygame.display.init()
    screen = Screen(args.software_scale)
    levels = sorted((maps_dir() / "minigame").glob("*.tmx"))
    levels = [p for p in levels if not args.level or p.stem in args.level]
    if args.whole:
        whole_levels(levels, screen)
        return
    if args.peak:
        frame, _ = minigame_frame(levels[0], args.size[0], screen)
        timed(frame, FRAMES.get(args.size[0], 200))
        print(f"{peak_mb():.1f}")
        return
    sizes = tuple(args.size or SIZES)
    print(
        f"{'level':<12} {'bots':>7} {'median':>7} {'p95':>7} {'max':>7} "
        f"{'ratio':>6} {'rss MB':>7}"
    )
    rows = []
    for path in levels:
        for bots in sizes:
            frame, _ = minigame_frame(path, bots, screen)
            times, rss = timed(frame, FRAMES[bots] // share)
            rows.append((path.stem, bots, *stats(times), rss))
            del frame
            gc.collect()
    peak = peak_mb()  # before the yardstick's sprites
    yard = {n: stats(timed(yardstick(n, screen), YARD_FRAMES[n])[0])[0] for n in sizes}
    for stem, bots, median, p95, worst, rss in rows:
        print(
            f"{stem:<12} {bots:>7,} {median:7.2f} {p95:7.2f} {worst:7.2f} "
            f"{median / yard[bots]:6.3f} {rss:7.1f}"
        )
    for bots in sizes:
        print(f"yardstick: pygame.sprite.Group, {bots:,} sprites: {yard[bots]:.1f} ms")
    print(f"peak RSS during the levels: {peak:.1f} MB")
    largest = max(levels, key=lambda p: load_level(p).tissue.size)
    print(
        f"fresh process, {largest.stem} at 100,000 bots: peak RSS "
        f"{fresh_peak(largest.stem, 100_000):.1f} MB"
    )
    print("targets: 20k median <= 2.5, p95 <= 3; 100k <= 5; 200k <= 9; max <= 8 (20k)")


if __name__ == "__main__":
    main()
