"""Files read once per run: inside `one_read_per_file()`, the readers keep
what they read (tilesets, templates, maps, dialogue files, display names)
by resolved path and hand the same result to everyone who asks.

    with one_read_per_file():
        for path in maps:
            load_map(path, project)

Outside that block nothing is kept, so the game and `--dev` hot reload
always read the files as they are now. Only successes are kept: a failure
raises again (with the message of the map that asked) on every use. What is
kept must not be changed by its users.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TypeVar

T = TypeVar("T")

_MEMO: ContextVar[dict[Hashable, object] | None] = ContextVar("run_memo", default=None)


@contextmanager
def one_read_per_file() -> Iterator[None]:
    """Keep what is read inside the block; forget it at the end."""
    token = _MEMO.set({})
    try:
        yield
    finally:
        _MEMO.reset(token)


def remembered(key: Hashable, make: Callable[[], T]) -> T:
    """`make()`, or what it returned for `key` earlier in this block."""
    memo = _MEMO.get()
    if memo is None:
        return make()
    if key not in memo:
        memo[key] = make()
    return memo[key]  # type: ignore[return-value]
