"""Navigator: the moves between the game's big screens.

Scenes ask the navigator ("start episode 2", "back to the title") instead of
building each other, so the title never imports the minigame and a test can
start anywhere. Screens come from the context's scene factory.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from game.core.episodes import Episode, episode
from game.core.story import StoryState

if TYPE_CHECKING:
    from game.play.context import Context
    from game.play.ports import MapScreen, Snapshot


class Navigator:
    """Navigation for one run; owns no state beyond the context it serves."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def start(self) -> None:
        """Push the first scene the launch options ask for (title by default)."""
        options = self.ctx.options
        if options.level is not None:
            self.ctx.levels.play_path(options.level, on_done=lambda _r: self.quit())
        elif options.map is not None:
            self.ctx.story = StoryState(episode=options.episode or 1)
            self.enter_map(options.map, options.at)
        elif options.episode is not None:
            self.start_episode(options.episode)
        else:
            self.to_title()
            if self._first_start():
                self.ctx.stack.push(self.ctx.screens.flash_notice())
        self.ctx.stack.apply_requests()

    def _first_start(self) -> bool:
        """The photosensitivity notice is due: never answered, and a player is
        at the keys (not a --frames or --replay run)."""
        options = self.ctx.options
        automated = options.frames is not None or options.replay is not None
        return not self.ctx.settings.flash_notice_seen and not automated

    def to_title(self) -> None:
        self.ctx.story = None
        self.ctx.audio.play_music("title")
        self.ctx.stack.replace_all(self.ctx.screens.title())

    def episode_select(self) -> None:
        self.ctx.stack.push(self.ctx.screens.episode_select())

    def start_episode(self, number: int) -> None:
        """A fresh story for episode `number`, opened by its title card."""
        chosen = episode(number)
        self.ctx.story = StoryState(episode=number)
        self.ctx.stack.replace_all(self.ctx.screens.episode_intro(chosen))

    def begin_episode_world(self, chosen: Episode) -> None:
        """After the title card: the episode's first map at its start spawn,
        autosaved before anything happens there."""
        self.ctx.audio.play_music(chosen.music)
        scene = self.enter_map(chosen.start_map_path, chosen.start_spawn)
        self.ctx.saves.autosave(scene.save_snapshot)

    def enter_map(
        self,
        path: Path,
        at: str | int | None,
        position: tuple[float, float] | None = None,
        facing: str | None = None,
    ) -> MapScreen:
        """Replace everything with the overworld at `path`: at a spawn or object
        (`at`), or at an exact pixel `position` (a loaded save)."""
        # Deferred: the dialogue runner is not needed to show the title.
        from game.play.conversations import Conversations

        port = Conversations(self.ctx)
        scene, world = self.ctx.screens.overworld(Path(path), at, port)
        port.stage = world
        if position is not None:
            world.place_player(position, facing or "down")
        self.ctx.stack.replace_all(scene)
        return world

    def open_save(self, snapshot: Snapshot | None) -> None:
        self.ctx.stack.push(self.ctx.screens.save_load("save", snapshot=snapshot))

    def open_load(self) -> None:
        screen = self.ctx.screens.save_load("load", on_load=self.ctx.saves.load_game)
        self.ctx.stack.push(screen)

    def open_settings(self) -> None:
        self.ctx.stack.push(self.ctx.screens.settings())

    def open_credits(self) -> None:
        self.ctx.stack.push(self.ctx.screens.credits())

    def open_pause(self, retry: Callable[[], None] | None = None) -> None:
        self.ctx.stack.push(self.ctx.screens.pause(retry))

    def end_episode(self, ending_id: str) -> None:
        """The story reached an ending: remember it and show the ending card."""
        story = self.ctx.story
        number = story.episode if story else 1
        if story is not None and ending_id not in story.endings:
            story.endings.append(ending_id)
        self.ctx.profile.mark_ending(number, ending_id)
        self.ctx.profile.save()
        screen = self.ctx.screens.ending(episode(number), ending_id)
        self.ctx.stack.replace_all(screen)

    def quit(self) -> None:
        self.ctx.running = False
