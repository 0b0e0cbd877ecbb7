"""LevelService: plays minigame levels and owns their results.

A level's result reaches the story in one shape (`LevelResult`) and from one
place (`store`), the way `game.dialogue.level_results.apply_result` defines
it, so the talk tool, the test plans and the explorer see what the game sets.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from game.core.paths import maps_dir, project_root
from game.dialogue.level_results import LevelResult, apply_result
from game.play.notices import warning

if TYPE_CHECKING:
    from game.minigame.result import MinigameResult
    from game.play.context import Context
    from game.play.ports import LevelDone


class LevelService:
    """Minigame levels for one run."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def play(self, level: str, on_result: Callable[[LevelResult], None]) -> None:
        """Play a level named by id (`ep1_teach`) or by path; its result is
        stored, then handed to `on_result`."""

        def finished(result: MinigameResult) -> None:
            on_result(self.store(level, result))

        path = level_path(level)
        if not _inside(path, maps_dir()):
            # content asked for a file outside maps/: refuse, and let the story go on
            self.ctx.messages.append(
                warning(f"No minigame level {level!r} inside maps/.")
            )
            on_result(LevelResult("lost", 0.0, 0.0))
            return
        self.play_path(path, on_done=finished)

    def play_path(self, path: Path, on_done: LevelDone | None = None) -> None:
        """Push the minigame for the level file at `path`."""
        self.ctx.stack.push(self.ctx.screens.minigame(Path(path), on_done))

    def store(self, level: str, result: MinigameResult) -> LevelResult:
        """Write `result` into the story (keyed by the level's id) and return it."""
        stored = LevelResult(
            str(result.outcome), float(result.score), float(result.peak_stress)
        )
        if self.ctx.story is not None:
            apply_result(self.ctx.story, Path(level).stem, stored)
        return stored


def level_path(level: str) -> Path:
    """A minigame level id (`ep1_teach`), a path under maps/
    (`minigame/ep1_teach.tmx`) or a project path, as a file path."""
    if not level.endswith(".tmx"):
        return maps_dir() / "minigame" / f"{level}.tmx"
    for base in (maps_dir(), project_root()):
        if (base / level).exists():
            return base / level
    return maps_dir() / level


def _inside(path: Path, folder: Path) -> bool:
    try:
        return path.resolve().is_relative_to(folder.resolve())
    except (OSError, ValueError):
        return False
