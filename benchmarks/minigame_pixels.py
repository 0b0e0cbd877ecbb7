"""Do two checkouts draw the same minigame frames, pixel for pixel?

    python benchmarks/minigame_pixels.py --against /path/to/other/checkout
    python benchmarks/minigame_pixels.py --against ../main --size 2000 --ticks 120

Each checkout plays, in a child process with its own package on the path,
every level in maps/minigame/ at each size, the autoplayer choosing the
commands (the same commands on both sides: the sim is the same code), plus
a feed step every FEED_EVERY ticks on levels with several feeds and a
shutdown SHUTDOWN_BEFORE ticks before the end (stopped bots get drawn).
Three renderer + HUD pairs draw every tick onto their own 640x360 canvas,
as the scene does (renderer, reticle, charge label, HUD): plain,
`reduce_flashes` and `colourblind`. Every `--every` ticks (default 10) each
canvas is hashed.
The script prints the first tick where the two checkouts' hashes differ, per
level, size and variant, and exits 1 if any do.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

FEED_EVERY = 97
SHUTDOWN_BEFORE = 40
SIZES = (2_000, 20_000, 200_000)
VARIANTS = {"plain": (False, False), "flashes": (True, False), "cb": (False, True)}


def emit(levels: list[str], sizes: list[int], ticks: int, every: int) -> None:
    """Print one JSON line of hashes per level, size and variant (child)."""
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
    import pygame

    from game.core.paths import maps_dir

    pygame.display.init()
    pygame.display.set_mode((640, 360))
    for stem in levels:
        for bots in sizes:
            path = maps_dir() / "minigame" / f"{stem}.tmx"
            hashes = play(path, bots, ticks, every)
            for name, row in hashes.items():
                print(json.dumps([stem, bots, name, row]), flush=True)


def play(path: Path, bots: int, ticks: int, every: int) -> dict[str, list[str]]:
    import pygame

    from game.art.palette import load_palette
    from game.assets.font import BitmapFont, Fonts
    from game.assets.uikit import UiKit
    from game.minigame.autoplay import AutoPlayer
    from game.minigame.hud import Hud, load_words
    from game.minigame.levels import load_level
    from game.minigame.render import MinigameRenderer
    from game.minigame.sim import make_state, step

    spec = load_level(path)
    spec = replace(spec, tuning=replace(spec.tuning, bot_count=bots, time_limit=900))
    state = make_state(spec, 1)
    palette = load_palette()
    fonts = Fonts(BitmapFont.load("regular"), BitmapFont.load("bold"))
    words, ui = load_words(), UiKit.load()
    drawers = {}
    for name, (flashes, cb) in VARIANTS.items():
        renderer = MinigameRenderer(state, palette, flashes, cb)
        renderer.tissue.prepare()
        hud = Hud(state, fonts, palette, words, ui, flashes)
        drawers[name] = (renderer, hud, pygame.Surface((640, 360)).convert())
    player = AutoPlayer(state, shutdown_at=ticks - SHUTDOWN_BEFORE)
    several = len(spec.all_feeds()) > 1
    mode = "scan" if spec.behaviour.hidden else "pulse"
    hashes: dict[str, list[str]] = {name: [] for name in VARIANTS}
    for tick in range(ticks):
        cmd = player.commands()
        if several and tick % FEED_EVERY == FEED_EVERY - 1:
            cmd = replace(cmd, feed_step=1)
        step(state, cmd)
        for name, (renderer, hud, canvas) in drawers.items():
            renderer.draw(canvas)
            renderer.effects.reticle(canvas, cmd.x, cmd.y, mode)
            hud.charge_label(canvas, int(cmd.x * 2), int(cmd.y * 2))
            hud.draw(canvas)
            if tick % every == 0:
                data = pygame.image.tobytes(canvas, "RGB")
                hashes[name].append(hashlib.sha1(data).hexdigest()[:16])
    return hashes


def child(root: Path, args: argparse.Namespace) -> subprocess.Popen[str]:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--emit", "--root", str(root)]
    cmd += ["--ticks", str(args.ticks), "--every", str(args.every)]
    for stem in args.level or []:
        cmd += ["--level", stem]
    for bots in args.size or []:
        cmd += ["--size", str(bots)]
    env = {**os.environ, "PYTHONPATH": str(root), "PYGAME_HIDE_SUPPORT_PROMPT": "1"}
    return subprocess.Popen(cmd, cwd=root, env=env, stdout=subprocess.PIPE, text=True)


def compare(ours: list[str], theirs: list[str], every: int) -> int:
    """0 when the rows agree, else 1; prints one line per row."""
    failed = 0
    for a, b in zip(ours, theirs, strict=True):
        stem, bots, name, mine = json.loads(a)
        other = json.loads(b)[3]
        pairs = enumerate(zip(mine, other, strict=False))  # lengths checked below
        bad = [i * every for i, (x, y) in pairs if x != y]
        verdict = f"differ from tick {bad[0]} ({len(bad)} frames)" if bad else "same"
        print(f"{stem:<12} {bots:>7,} {name:<8} {len(mine):>4} hashes {verdict}")
        failed |= bool(bad) or len(mine) != len(other)
    return int(failed)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--against", type=Path, help="the other checkout's root")
    parser.add_argument("--ticks", type=int, default=600)
    parser.add_argument("--every", type=int, default=10, help="ticks between hashes")
    parser.add_argument("--level", action="append", help="only these level stems")
    parser.add_argument("--size", action="append", type=int, help="only these sizes")
    parser.add_argument("--emit", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--root", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.emit:
        sys.path.insert(0, str(args.root))
        from game.core.paths import maps_dir

        stems = sorted(p.stem for p in (maps_dir() / "minigame").glob("*.tmx"))
        emit(args.level or stems, args.size or list(SIZES), args.ticks, args.every)
        return
    here = Path(__file__).resolve().parent.parent
    runs = [child(here, args), child(args.against.resolve(), args)]
    outs = [run.communicate()[0].splitlines() for run in runs]
    if any(run.returncode for run in runs) or not outs[0]:
        sys.exit("a child failed")
    sys.exit(compare(outs[0], outs[1], args.every))


if __name__ == "__main__":
    main()
