"""SaveService: save slots as the player uses them (quick, auto, continue, load).

Writing and reading files is `game.save`'s job; this service decides when,
tells the player what happened, and puts a loaded game back on screen.
A failed write is reported and play goes on. It remembers the story as last
saved or loaded, so it can tell whether there is progress a quit would lose.
"""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING, Any

from game.core.episodes import episode
from game.core.paths import project_root
from game.core.story import StoryState
from game.play.notices import success, warning
from game.save.errors import LoadError, SaveError
from game.save.slots import QUICK_SLOT, SaveStore

if TYPE_CHECKING:
    from game.play.context import Context
    from game.play.ports import Snapshot
    from game.save.model import SaveGame


class SaveService:
    """Saves and loads for one run."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self._kept: dict[str, Any] | None = None  # progress last saved or loaded

    def note_saved(self, game: SaveGame) -> None:
        """`game` was written to (or read from) a slot: its story is kept."""
        self._kept = _progress(game.story)

    def unsaved_progress(self) -> bool:
        """True when the story has moved on since it was last saved or loaded
        (or, never saved, since the episode began); play time alone is not
        progress."""
        story = self.ctx.story
        if story is None:
            return False
        kept = self._kept or _progress(StoryState(episode=story.episode))
        return _progress(story) != kept

    def store(self) -> SaveStore:
        """The save folder (read afresh: another run may have written it)."""
        return SaveStore()

    def continue_game(self) -> None:
        """Load the newest save of any kind (manual, quick or auto)."""
        newest = self.store().newest()
        if newest is not None:
            self.load_game(newest[1])

    def load_game(self, game: SaveGame) -> None:
        """Restore a SaveGame: its story, map, position and facing."""
        self.ctx.story = copy.deepcopy(game.story)
        self.note_saved(game)
        chosen = episode(game.story.episode)
        self.ctx.audio.play_music(chosen.music)
        self.ctx.nav.enter_map(
            project_root() / game.map, None, game.position, game.facing
        )

    def quicksave(self, snapshot: Snapshot) -> None:
        game = snapshot()
        if game is None:
            return
        try:
            self.store().save(QUICK_SLOT, game)
            self.note_saved(game)
            self.ctx.messages.append(success("Quick saved."))
            self.ctx.audio.play_sound("ui_confirm")
        except SaveError as exc:
            self.ctx.messages.append(warning(str(exc)))

    def quickload(self) -> None:
        try:
            game = self.store().load(QUICK_SLOT)
        except LoadError as exc:
            self.ctx.messages.append(warning(exc.message))
            self.ctx.audio.play_sound("error")
            return
        self.load_game(game)

    def autosave(self, snapshot: Snapshot | None) -> None:
        """Write an autosave now if the game can be saved here. A failed write
        is reported to the player; play goes on."""
        game = snapshot() if snapshot is not None else None
        if game is None:
            return
        try:
            self.store().autosave(game)
        except SaveError as exc:
            self.ctx.messages.append(warning(str(exc)))
        else:
            self.note_saved(game)


def _progress(story: StoryState) -> dict[str, Any]:
    """What of a story counts as progress: all of it but the play time."""
    kept = story.to_dict()
    kept.pop("play_time", None)
    return kept
