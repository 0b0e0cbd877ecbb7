"""Dev "record from here": the RECORD key starts a recording at this moment
and saves it on the second press; `--replay` resumes its snapshot.

A recording begun mid-game keeps, as `start`, the save-game snapshot of the
moment (map, player position and facing, story state; no thumbnail), so it
replays without walking there from the title. Files go to the user data
folder under `recordings/`, named by the time they began.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from game.core.paths import data_dir
from game.input.actions import ActionState
from game.input.replay import Player, Recorder
from game.play.context import Context
from game.play.notices import info, success, warning
from game.save.model import SaveGame


@dataclass
class DevRecording:
    """At most one running dev recording, with the file it will be saved to."""

    recorder: Recorder | None = None
    path: Path | None = None

    def toggle(self, ctx: Context) -> None:
        """Start a recording now, or stop and save the running one; either
        way a toast says where the file goes."""
        if self.recorder is None:
            self._begin(ctx)
        else:
            self._save(ctx)

    def record(self, actions: ActionState) -> None:
        """Add this tick's actions to the running recording (if any)."""
        if self.recorder is not None:
            self.recorder.record(actions)

    def _begin(self, ctx: Context) -> None:
        self.recorder = Recorder(ctx.seed, start=snapshot(ctx))
        self.path = recording_path()
        ctx.messages.append(
            info(f"Recording input to {self.path} (press again to stop).")
        )

    def _save(self, ctx: Context) -> None:
        assert self.recorder is not None and self.path is not None
        try:
            self.recorder.save(self.path)
            ctx.messages.append(success(f"Recording saved: {self.path}"))
        except OSError as exc:
            ctx.messages.append(warning(f"Recording not saved: {exc}"))
        self.recorder, self.path = None, None


def snapshot(ctx: Context) -> dict[str, Any] | None:
    """The overworld's save snapshot of this moment, without its thumbnail
    (None off the overworld or while it cannot be saved, e.g. mid-fade)."""
    # Deferred: the overworld (and numpy behind it) is not needed before the
    # title's first frame, and this runs only on a RECORD press.
    from game.scenes.overworld import OverworldScene

    world = ctx.stack.find(OverworldScene)
    game = world.save_snapshot() if world is not None else None
    return replace(game, thumbnail=b"").to_dict() if game is not None else None


def recording_path() -> Path:
    """A new file under the data folder's `recordings/`, named by the time."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    return (
        data_dir()
        / "recordings"
        / f"rec-{stamp}-{time.perf_counter_ns() % 1000:03d}.json"
    )


def resume(ctx: Context, player: Player) -> None:
    """Put the game where a mid-game recording began (its `start` snapshot);
    a recording without one plays from launch. ShapeError if it is broken."""
    if player.start is not None:
        ctx.saves.load_game(SaveGame.from_dict(player.start))
