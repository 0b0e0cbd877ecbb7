"""A writer process SIGKILLed at random moments never leaves a broken slot.

The writer is forked (a separate process, killed with SIGKILL like any
crash) rather than started with `subprocess`, because interpreter start-up
would cost more than the whole test: 220 kills take a few seconds this way.
"""

from __future__ import annotations

import os
import signal
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import numpy as np
import pytest

from game.art.palette import load_palette
from game.art.png import encode_png
from game.core.story import StoryState
from game.save.atomic import backup_path
from game.save.model import SaveGame
from game.save.profile import Profile
from game.save.slots import SaveStore, autosave_slots, read_save

KILLS = 220
SEED = 20310402
EPOCH = datetime(2031, 1, 1, tzinfo=UTC)
WATCHED = ("quick", "slot-1", *autosave_slots())

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork")


def thumbnail(rng: np.random.Generator) -> bytes:
    # Noisy pixels: a thumbnail near the size limit makes each write longer,
    # so kills land mid-write more often.
    return encode_png(rng.integers(0, 32, (90, 160), np.uint8), load_palette())


def writer(directory: Path, start: int, image: bytes) -> None:
    """Save forever: counter n goes to the quick slot, slot-1 and autosaves."""
    store = SaveStore(directory)
    profile = Profile.load(directory / "profile.json")
    n = start
    while True:
        n += 1
        story = StoryState(variables={"n": float(n)}, play_time=float(n))
        moment = (EPOCH + timedelta(seconds=n)).isoformat()
        game = SaveGame(story, "maps/a.tmx", (n, n), thumbnail=image, saved_at=moment)
        store.save("quick", game)
        store.save("slot-1", game)
        store.autosave(game)
        profile.mark_seen(f"line-{n}")
        profile.save()


def counter(path: Path) -> int | None:
    """The save's counter, loading it through the real loader (raises if broken)."""
    if not path.exists():
        return None
    return int(read_save(path).story.variables["n"])


def check_every_file_loads(directory: Path, floor: dict[str, int]) -> int:
    """Every slot and backup loads; slots never go back in time. Returns the
    highest counter seen."""
    store = SaveStore(directory)
    top = 0
    for slot in WATCHED:
        main, backup = store.path(slot), backup_path(store.path(slot))
        now, before = counter(main), counter(backup)
        if now is None:
            assert before is None, f"{slot}: backup without a save"
            continue
        assert before is None or before <= now  # equal: killed between renames
        if slot in floor:
            assert now >= floor[slot], f"{slot} went back from {floor[slot]} to {now}"
        floor[slot] = now
        top = max(top, now)
    profile = Profile.load(directory / "profile.json")
    assert profile.messages == []
    return top


def test_killing_the_writer_at_random_moments_never_breaks_a_slot(tmp_path):
    rng = np.random.default_rng(SEED)
    image = thumbnail(rng)
    floor: dict[str, int] = {}
    top, interrupted, started = 0, 0, time.perf_counter()
    for _ in range(KILLS):
        delay = float(rng.uniform(0.0005, 0.012))
        pid = os.fork()
        if pid == 0:  # the child: write until killed, never return into pytest
            try:
                writer(tmp_path, top, image)
            finally:
                os._exit(1)
        time.sleep(delay)
        os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
        assert os.WIFSIGNALED(status), "the writer stopped by itself"
        interrupted += any(p.suffix == ".tmp" for p in tmp_path.iterdir())
        top = check_every_file_loads(tmp_path, floor)
    elapsed = time.perf_counter() - started
    print(f"\n{KILLS} kills in {elapsed:.1f} s, {interrupted} mid-write, top {top}")
    assert top > 0 and interrupted > KILLS // 10
