"""Present benchmark in a real window: `xvfb-run -a python benchmarks/window.py`.

Times presenting one 640x360 frame (a full minigame-like canvas) at 2x and
3x, two ways: SDL's renderer scaling a pygame.SCALED window (what
game/display.py does), and software scaling (pygame.transform.scale into a
plain 1280x720 / 1920x1080 window, then flip). Median, p95 and max of
FRAMES presents each. Needs a display: on Linux without one, run it under
Xvfb (which renders in software, like a machine without a GPU driver).
"""

from __future__ import annotations

import os
import statistics
import sys
import time
import warnings
from collections.abc import Callable

os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

import pygame

LOGICAL = (640, 360)
FRAMES = 300


def canvas() -> pygame.Surface:
    """A busy 640x360 frame: noise-like stripes so nothing compresses."""
    surface = pygame.Surface(LOGICAL)
    for x in range(0, LOGICAL[0], 2):
        pygame.draw.line(surface, ((x * 7) % 256, (x * 3) % 256, 90), (x, 0), (x, 359))
    return surface


def timed(present: Callable[[], None]) -> str:
    for _ in range(20):
        present()
    times = []
    for _ in range(FRAMES):
        start = time.perf_counter()
        present()
        times.append((time.perf_counter() - start) * 1000)
    ordered = sorted(times)
    p95 = ordered[int(len(ordered) * 0.95)]
    median = statistics.median(ordered)
    return f"median {median:6.2f}  p95 {p95:6.2f}  max {ordered[-1]:6.2f} ms"


def sdl_scaled(factor: int, frame: pygame.Surface) -> str:
    screen = pygame.display.set_mode(LOGICAL, pygame.SCALED, vsync=0)
    with warnings.catch_warnings():  # the one way to size a SCALED window
        warnings.simplefilter("ignore", DeprecationWarning)
        window = pygame.Window.from_display_module()
    window.size = (LOGICAL[0] * factor, LOGICAL[1] * factor)

    def present() -> None:
        screen.blit(frame, (0, 0))
        pygame.display.flip()

    return timed(present)


def software(factor: int, frame: pygame.Surface) -> str:
    size = (LOGICAL[0] * factor, LOGICAL[1] * factor)
    screen = pygame.display.set_mode(size)
    logical = pygame.Surface(LOGICAL).convert()

    def present() -> None:
        logical.blit(frame, (0, 0))
        pygame.transform.scale(logical, size, screen)
        pygame.display.flip()

    return timed(present)


def main() -> int:
    pygame.display.init()
    print(f"video driver: {pygame.display.get_driver()}")
    for factor in (2, 3):
        frame = canvas()
        print(f"{factor}x  pygame.SCALED (SDL renderer): {sdl_scaled(factor, frame)}")
        pygame.display.quit()
        pygame.display.init()
        frame = canvas()
        print(f"{factor}x  software scale + flip:        {software(factor, frame)}")
        pygame.display.quit()
        pygame.display.init()
    return 0


if __name__ == "__main__":
    sys.exit(main())
