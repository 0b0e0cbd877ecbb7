"""Start-up benchmark: launch to first title frame, peak memory, idle title frame.

Prints figures; asserts nothing. Run: `python3 benchmarks/startup.py`.
- launch: wall time of `python3 main.py --frames 1` (import, window, title
  drawn once, exit) — an upper bound on launch-to-first-frame; median of runs.
- peak RSS: the largest resident set of a child that runs 600 title frames.
- idle title frame: in-process update + draw of the title scene, median ms.
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUNS = 7


def child_env(scratch: str) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        SDL_VIDEODRIVER="dummy",
        SDL_AUDIODRIVER="dummy",
        PYGAME_HIDE_SUPPORT_PROMPT="1",
        SMILE_PROTOCOL_CONFIG_DIR=os.path.join(scratch, "config"),
        SMILE_PROTOCOL_DATA_DIR=os.path.join(scratch, "data"),
    )
    return env


def launch_times(env: dict[str, str]) -> list[float]:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "main.py", "--frames", "1"], cwd=ROOT, env=env, check=True
        )
        times.append(time.perf_counter() - start)
    return times


def peak_rss_mb(env: dict[str, str]) -> float:
    code = (
        "import resource, runpy, sys; sys.argv=['main.py','--frames','600']; "
        "runpy.run_path('main.py', run_name='__main__')"
    )
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, check=False)
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024.0


def idle_title_frame_ms(scratch: str) -> float:
    os.environ.update(child_env(scratch))
    sys.path.insert(0, str(ROOT))
    import pygame

    from game.app import MainLoop, build_context
    from game.core.options import LaunchOptions
    from game.display import Display
    from game.input.actions import IDLE
    from game.save.settings import default_settings

    pygame.display.init()
    options = LaunchOptions(frames=1, mute=True)
    display = Display(vsync=False)
    ctx = build_context(options, default_settings(), display, seed=1)
    ctx.nav.start()
    loop = MainLoop(ctx, display, None, None)
    samples = []
    for _ in range(600):
        start = time.perf_counter()
        loop.tick(IDLE)
        loop.draw(1.0)
        samples.append((time.perf_counter() - start) * 1000.0)
    return statistics.median(samples[60:])


def main() -> None:
    with tempfile.TemporaryDirectory() as scratch:
        env = child_env(scratch)
        times = launch_times(env)
        print(
            f"launch to first title frame (process wall, incl. exit): "
            f"median {statistics.median(times) * 1000:.0f} ms "
            f"(min {min(times) * 1000:.0f}, max {max(times) * 1000:.0f}, {RUNS} runs)"
        )
        print(f"peak RSS over 600 title frames: {peak_rss_mb(env):.1f} MB")
        print(
            "idle title frame update+draw: median "
            f"{idle_title_frame_ms(scratch):.3f} ms"
        )


if __name__ == "__main__":
    main()
