"""Python's cycle collector paused while a batch job runs.

Contract: inside `paused()` the collector does not run (the job's
objects are freed by reference counting as usual; cycles wait until the
block ends); it is restored to what it was on the way out. The content
check allocates hundreds of thousands of small objects it keeps until
the end, and the collector walking them again and again cost about a
seventh of its run.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused() -> Iterator[None]:
    """No cycle collection inside the block; the previous setting after."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
