"""Independent jobs shared with one forked child process, where that is safe.

Contract: `run_shared(jobs, weights)` returns `[job() for job in jobs]`, in
order and with the same values as running them here one after another.
Where the system allows it (Linux, this process may use two or more
processors, no other thread runs, and SMILE_PROTOCOL_JOBS is not "1"), a
child forked after the jobs were made runs the lighter share of them by
`weights`, if that is at least FAIR_SHARE of the whole, and sends its
results back pickled (so results must pickle); this process runs the rest
meanwhile. A child that fails, dies or sends nothing usable has its jobs
run here instead, so a job that raises, raises here. The child never
flushes this process's buffers or runs its exit handlers.
"""

from __future__ import annotations

import os
import pickle
import signal
import sys
import threading
from collections.abc import Callable, Sequence
from typing import TypeVar, cast

T = TypeVar("T")

JOBS_ENV = "SMILE_PROTOCOL_JOBS"  # "1": run every job in this process
FAIR_SHARE = 0.3  # of the weight, the least a child is forked for


def run_shared(
    jobs: Sequence[Callable[[], T]], weights: Sequence[float], least: float = 0.0
) -> list[T]:
    """Every job's result, in order (see the module docstring); no child is
    forked for a share weighing less than `least`."""
    here, there = split(weights)
    share = sum(weights[i] for i in there)
    # a fork costs its copying: it pays only when the child takes a fair share
    fair = there and share >= max(least, FAIR_SHARE * sum(weights))
    if not fair or not _may_fork(len(jobs)):
        return [job() for job in jobs]
    child = _fork([jobs[i] for i in there])
    try:
        results: dict[int, T] = {i: jobs[i]() for i in here}
    except BaseException:
        child.stop()  # no child left running, or blocked on its pipe
        raise
    sent = cast("list[T] | None", child.results())
    if sent is None or len(sent) != len(there):
        sent = [jobs[i]() for i in there]
    results.update(zip(there, sent, strict=True))
    return [results[i] for i in range(len(jobs))]


def split(weights: Sequence[float]) -> tuple[list[int], list[int]]:
    """Job indices for here and for the child: heaviest first into the
    lighter side, ties here; the child's side is never the heavier."""
    sides: tuple[list[int], list[int]] = ([], [])
    loads = [0.0, 0.0]
    for i in sorted(range(len(weights)), key=lambda i: (-weights[i], i)):
        side = 0 if loads[0] <= loads[1] else 1
        sides[side].append(i)
        loads[side] += weights[i]
    here, there = sides
    if loads[1] > loads[0]:
        here, there = there, here
    return sorted(here), sorted(there)


def _may_fork(count: int) -> bool:
    # Only on Linux: macOS frameworks may abort a forked child, and Windows
    # cannot fork (a failed child would only cost time, but noisily).
    if count < 2 or os.environ.get(JOBS_ENV) == "1" or sys.platform != "linux":
        return False
    # a thread holding a lock at the fork would leave it held in the child
    return _processors() >= 2 and threading.active_count() == 1


def _processors() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


def _fork(jobs: list[Callable[[], object]]) -> _Child:
    """Start a child running `jobs` (one that cannot start sends nothing)."""
    read, write = os.pipe()
    try:
        pid = os.fork()
    except OSError:
        os.close(write)
        return _Child(read, 0)
    if pid == 0:
        os.close(read)
        _child(jobs, write)
    os.close(write)
    return _Child(read, pid)


def _child(jobs: list[Callable[[], object]], write: int) -> None:
    """Run `jobs`, send their results, and leave without cleaning up."""
    status = 1
    try:
        data = pickle.dumps([job() for job in jobs], pickle.HIGHEST_PROTOCOL)
        with os.fdopen(write, "wb") as pipe:
            pipe.write(data)
        status = 0
    finally:
        os._exit(status)


class _Child:
    """A forked child's end of the pipe: its results, or its stop."""

    def __init__(self, read: int, pid: int) -> None:
        self.read, self.pid = read, pid

    def results(self) -> list[object] | None:
        """Wait for the child; what it sent (None if nothing usable)."""
        with os.fdopen(self.read, "rb") as pipe:
            data = pipe.read()
        if not self.pid or os.waitpid(self.pid, 0)[1] != 0 or not data:
            return None
        try:
            sent = pickle.loads(data)
        except Exception:  # a child cut short sends a broken pickle
            return None
        return sent if isinstance(sent, list) else None

    def stop(self) -> None:
        """End the child now and reap it."""
        os.close(self.read)
        if self.pid:
            os.kill(self.pid, signal.SIGKILL)
            os.waitpid(self.pid, 0)
