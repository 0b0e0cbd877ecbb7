"""Start-up benchmark: launch to first title frame, peak memory, idle title frame.

Prints figures; asserts nothing. Run: `python3 benchmarks/startup.py`.
- launch: wall time of `python3 main.py --frames 1` (import, window, title
  drawn once, exit) — an upper bound on launch-to-first-frame; median of runs,
  with compiled bytecode cached (as an installed game has it: one untimed
  launch first writes it under the scratch folder) and without any
  (PYTHONDONTWRITEBYTECODE, every module compiled from source each launch).
- what the title imported: modules loaded by the first frame, and whether
  numpy or the overworld were among them (both wait until play starts).
- peak RSS: the largest resident set of a child that runs 600 title frames.
- idle title frame: in-process update + draw of the title scene, median ms.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUNS = 7


def child_env(scratch: str, bytecode: bool = True) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        SDL_VIDEODRIVER="dummy",
        SDL_AUDIODRIVER="dummy",
        PYGAME_HIDE_SUPPORT_PROMPT="1",
        SMILE_PROTOCOL_CONFIG_DIR=os.path.join(scratch, "config"),
        SMILE_PROTOCOL_DATA_DIR=os.path.join(scratch, "data"),
        # no bytecode: an empty cache folder that is never written
        PYTHONPYCACHEPREFIX=os.path.join(scratch, "pyc" if bytecode else "none"),
    )
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if not bytecode:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def launch_times(env: dict[str, str], warm_up: bool) -> list[float]:
    if warm_up:  # writes the bytecode cache; not timed
        subprocess.run(
            [sys.executable, "main.py", "--frames", "1"], cwd=ROOT, env=env, check=True
        )
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        subprocess.run(
            [sys.executable, "main.py", "--frames", "1"], cwd=ROOT, env=env, check=True
        )
        times.append(time.perf_counter() - start)
    return times


def title_imports(env: dict[str, str]) -> str:
    code = (
        "import runpy, sys; sys.argv=['main.py','--frames','1']\n"
        "try:\n    runpy.run_path('main.py', run_name='__main__')\n"
        "except SystemExit:\n    pass\n"
        "heavy = [m for m in ('numpy', 'game.scenes.overworld') if m in sys.modules]\n"
        "print(len(sys.modules), ', '.join(heavy) or 'neither')"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True
    )
    count, _, heavy = done.stdout.strip().partition(" ")
    return f"{count} modules; numpy / overworld loaded: {heavy}"


def peak_rss_mb(env: dict[str, str]) -> float:
    """The peak resident set of one child playing 600 title frames (its own
    figure: the launches above, which compile, do not count)."""
    code = (
        "import resource, runpy, sys; sys.argv=['main.py','--frames','600']\n"
        "try:\n    runpy.run_path('main.py', run_name='__main__')\n"
        "except SystemExit:\n    pass\n"
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True
    )
    return int(done.stdout.split()[-1]) / 1024.0


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
        for label, bytecode in (("bytecode cached", True), ("no bytecode", False)):
            times = launch_times(child_env(scratch, bytecode), warm_up=bytecode)
            print(
                f"launch to first title frame ({label}; process wall, incl. exit): "
                f"median {statistics.median(times) * 1000:.0f} ms "
                f"(min {min(times) * 1000:.0f}, max {max(times) * 1000:.0f}, "
                f"{RUNS} runs)"
            )
        print(f"imported by the first title frame: {title_imports(env)}")
        print(f"peak RSS over 600 title frames: {peak_rss_mb(env):.1f} MB")
        print(
            "idle title frame update+draw: median "
            f"{idle_title_frame_ms(scratch):.3f} ms"
        )


if __name__ == "__main__":
    main()
