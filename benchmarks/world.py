"""Overworld benchmark: `python benchmarks/world.py`.

Generates a 60x40-tile, 4-layer map with 20 wandering NPCs (into a temp dir,
on the fixture tileset), then prints the median of runs for: map load time,
and one overworld frame (update + draw at 640x360) as median, p95 and max;
then the same frame walking every episode map with all its NPCs.
"""

from __future__ import annotations

import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "maps"
W, H, NPCS = 60, 40, 20


def _layer(lid: int, name: str, fill) -> str:
    rows = [",".join(str(fill(x, y)) for x in range(W)) for y in range(H)]
    data = ",\n".join(rows)
    return (
        f' <layer id="{lid}" name="{name}" width="{W}" height="{H}">\n'
        f'  <data encoding="csv">\n{data}\n</data>\n </layer>\n'
    )


def _npcs() -> str:
    out = []
    for i in range(NPCS):
        x, y = 48 + (i % 10) * 88, 64 + (i // 10) * 300
        out.append(
            f'  <object id="{i + 2}" name="n{i}" type="NPC" x="{x}" y="{y}" '
            'width="16" height="16"><properties>'
            f'<property name="npc_id" value="bench{i % 5}"/>'
            '<property name="behaviour" value="wander"/></properties></object>'
        )
    return "\n".join(out)


def write_map(folder: Path) -> Path:
    for name in ("fixture.tsx", "fixture.png"):
        shutil.copy(FIXTURES / name, folder / name)
    edge = lambda x, y: 2 if x in (0, W - 1) or y in (0, H - 1) else 1  # noqa: E731
    text = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<map version="1.10" orientation="orthogonal" renderorder="right-down" '
        f'width="{W}" height="{H}" tilewidth="16" tileheight="16" infinite="0" '
        'nextlayerid="9" nextobjectid="99">\n'
        ' <tileset firstgid="1" source="fixture.tsx"/>\n'
        + _layer(1, "Floor", edge)
        + _layer(2, "Rugs", lambda x, y: 7 if (x * y) % 23 == 5 else 0)
        + _layer(3, "Props", lambda x, y: 4 if (x + 3 * y) % 31 == 0 else 0)
        + ' <objectgroup id="4" name="Entities">\n'
        '  <object id="1" name="start" type="Spawn" x="480" y="320"><properties>'
        '<property name="default" type="bool" value="true"/></properties><point/>'
        "</object>\n"
        + _npcs()
        + "\n </objectgroup>\n"
        + _layer(5, "Overhead", lambda x, y: 7 if (x + y) % 29 == 0 else 0)
        + "</map>\n"
    )
    path = folder / "bench.tmx"
    path.write_text(text)
    return path


def now() -> float:
    """Seconds on the chosen clock: BENCH_CLOCK=cpu reads this thread's CPU
    time (steady on a shared, busy machine), anything else wall time."""
    if os.environ.get("BENCH_CLOCK") == "cpu":
        return time.thread_time()
    return time.perf_counter()


def frame_times(path: Path, frames: int = 1200) -> tuple[float, list[float]]:
    """Build the overworld scene on `path`, walk a square; (build ms, frame ms)."""
    import pygame

    from game.core.story import StoryState
    from game.input.actions import Action, ActionState
    from game.play.conversations import Conversations
    from game.scenes.overworld import OverworldScene
    from game.tools.screens import headless_context

    ctx = headless_context(seed=1)
    ctx.story = StoryState()
    start = time.perf_counter()
    scene = OverworldScene(ctx, path, None, Conversations(ctx))
    scene_ms = (time.perf_counter() - start) * 1000
    surface = pygame.display.get_surface()
    walk = [Action.RIGHT, Action.DOWN, Action.LEFT, Action.UP]
    times = []
    for i in range(frames):
        actions = ActionState(held=frozenset({walk[(i // 150) % 4]}))
        start = now()
        scene.update(actions, 1 / 60)
        scene.draw(surface, 0.0)
        times.append((now() - start) * 1000)
    return scene_ms, times[60:]


def summary(times: list[float]) -> str:
    ordered = sorted(times)
    p95 = ordered[int(len(ordered) * 0.95)]
    median = statistics.median(ordered)
    return f"median {median:.3f}  p95 {p95:.3f}  max {ordered[-1]:.3f} ms"


def main() -> int:
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
    sys.path.insert(0, str(ROOT))
    import pygame

    from game.world.loader import load_map

    pygame.display.init()
    pygame.display.set_mode((640, 360))
    with tempfile.TemporaryDirectory() as tmp:
        path = write_map(Path(tmp))
        loads = []
        for _ in range(15):
            start = time.perf_counter()
            load_map(path)
            loads.append((time.perf_counter() - start) * 1000)
        scene_ms, frames = frame_times(path)
    print(f"map: {W}x{H} tiles, 4 tile layers, {NPCS} wandering NPCs, view 640x360")
    print(f"map load (parse + checks + model): {statistics.median(loads):.1f} ms")
    print(f"scene build (load + pre-render):   {scene_ms:.1f} ms")
    print(f"overworld frame (update + draw):   {summary(frames)}")
    for episode_map in sorted((ROOT / "maps").glob("ep*/*.tmx")):
        _, frames = frame_times(episode_map, 600)
        name = episode_map.relative_to(ROOT / "maps")
        print(f"  {name!s:<28} {summary(frames)}")
    print("targets: load <= 50 ms; frame p95 <= 1 ms, max <= 2 ms on every map")
    return 0


if __name__ == "__main__":
    sys.exit(main())
