"""Jobs shared with a forked child give what running them here gives."""

from __future__ import annotations

import os
import sys
import time
from functools import partial

import pytest

from game.core import shared_work
from game.core.shared_work import JOBS_ENV, run_shared, split


@pytest.fixture
def two_processors(monkeypatch):
    """As on a machine with two processors, whatever this one has."""
    monkeypatch.setattr(shared_work, "_processors", lambda: 2)
    monkeypatch.delenv(JOBS_ENV, raising=False)
    if sys.platform != "linux":
        pytest.skip("work is shared on Linux only")


def _square(n: int) -> int:
    return n * n


def _pid(_n: int) -> int:
    return os.getpid()


def test_results_come_back_in_job_order(two_processors):
    jobs = [partial(_square, n) for n in range(7)]
    assert run_shared(jobs, [1.0] * 7) == [n * n for n in range(7)]


def test_some_jobs_run_in_a_child_process(two_processors):
    pids = run_shared([partial(_pid, n) for n in range(4)], [1.0] * 4)
    assert os.getpid() in pids
    assert len(set(pids)) == 2


def test_one_job_runs_here():
    assert run_shared([partial(_pid, 0)], [1.0]) == [os.getpid()]


def test_jobs_env_1_keeps_every_job_here(two_processors, monkeypatch):
    monkeypatch.setenv(JOBS_ENV, "1")
    pids = run_shared([partial(_pid, n) for n in range(4)], [1.0] * 4)
    assert pids == [os.getpid()] * 4


def _fails_in_a_child(parent: int) -> str:
    if os.getpid() != parent:
        raise RuntimeError("broken in the child")
    return "done here"


def test_jobs_of_a_failing_child_run_here_instead(two_processors):
    jobs = [partial(_fails_in_a_child, os.getpid()) for _ in range(4)]
    assert run_shared(jobs, [1.0] * 4) == ["done here"] * 4


def _always_fails() -> None:
    raise ValueError("bad job")


def test_a_failing_job_raises_here(two_processors):
    with pytest.raises(ValueError, match="bad job"):
        run_shared([_always_fails, _always_fails], [1.0, 1.0])


def test_the_child_gets_the_lighter_share():
    weights = [5.0, 1.0, 1.0, 1.0, 4.0]
    here, there = split(weights)
    assert sorted(here + there) == [0, 1, 2, 3, 4]
    assert sum(weights[i] for i in there) <= sum(weights[i] for i in here)
    assert sum(weights[i] for i in here) - sum(weights[i] for i in there) <= 2


def test_no_child_is_forked_for_a_small_share(two_processors):
    pids = run_shared([partial(_pid, n) for n in range(3)], [20.0, 1.0, 1.0])
    assert pids == [os.getpid()] * 3


def test_no_child_is_forked_for_less_than_the_least_weight(two_processors):
    pids = run_shared([partial(_pid, n) for n in range(4)], [1.0] * 4, least=3.0)
    assert pids == [os.getpid()] * 4


def _sleeps_in_a_child_raises_here(parent: int) -> None:
    if os.getpid() != parent:
        time.sleep(30)
    raise ValueError("stop")


def test_a_job_failing_here_stops_the_child_at_once(two_processors, monkeypatch):
    children = []
    fork = shared_work._fork
    monkeypatch.setattr(
        shared_work, "_fork", lambda jobs: children.append(fork(jobs)) or children[-1]
    )
    started = time.monotonic()
    with pytest.raises(ValueError, match="stop"):
        run_shared([partial(_sleeps_in_a_child_raises_here, os.getpid())] * 2, [1, 1])
    assert time.monotonic() - started < 10
    with pytest.raises(ChildProcessError):
        os.waitpid(children[0].pid, os.WNOHANG)


def test_no_child_is_forked_for_jobs_that_weigh_nothing(two_processors, monkeypatch):
    forks = []
    monkeypatch.setattr(shared_work, "_fork", lambda jobs: forks.append(jobs))
    pids = run_shared([partial(_pid, n) for n in range(3)], [0.0, 0.0, 0.0])
    assert pids == [os.getpid()] * 3 and not forks
