"""SceneCatalog: the one place screens are made (the play layer's `Screens`).

Scenes never build each other: they ask the context's navigator, which asks
this catalog. Heavy scenes (overworld, minigame and its result) import when first made,
which keeps launch-to-title fast.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from game.scenes.base import Scene
from game.scenes.credits import CreditsScene
from game.scenes.dialogue_box import DialogueBoxScene
from game.scenes.ending import EndingScene
from game.scenes.episode_intro import EpisodeIntroScene
from game.scenes.episode_select import EpisodeSelectScene
from game.scenes.flash_notice import FlashNoticeScene
from game.scenes.pause import PauseScene
from game.scenes.save_load import SaveLoadScene
from game.scenes.settings_menu import SettingsScene
from game.scenes.time_card import TimeCardScene
from game.scenes.title import TitleScene

if TYPE_CHECKING:
    from game.core.episodes import Episode
    from game.dialogue.runner import Runner
    from game.minigame.result import MinigameResult
    from game.play.context import Context
    from game.play.ports import CommandHandler, LevelDone, MapScreen, Snapshot
    from game.save.model import SaveGame
    from game.world.ports import StoryPort


class SceneCatalog:
    """Makes every screen for one context."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def title(self) -> Scene:
        return TitleScene(self.ctx)

    def episode_select(self) -> Scene:
        return EpisodeSelectScene(self.ctx)

    def episode_intro(self, chosen: Episode) -> Scene:
        return EpisodeIntroScene(self.ctx, chosen)

    def overworld(
        self, path: Path, at: str | int | None, port: StoryPort
    ) -> tuple[Scene, MapScreen]:
        # deferred: the overworld pulls in the world renderer (launch time)
        from game.scenes.overworld import OverworldScene

        scene = OverworldScene(self.ctx, path, at, port)
        return scene, scene

    def save_load(
        self,
        mode: str,
        snapshot: Snapshot | None = None,
        on_load: Callable[[SaveGame], None] | None = None,
    ) -> Scene:
        return SaveLoadScene(self.ctx, mode, snapshot=snapshot, on_load=on_load)

    def minigame(self, path: Path, on_done: LevelDone | None) -> Scene:
        # deferred: the minigame pulls in numpy and its renderer (launch time)
        from game.scenes.minigame import MinigameScene

        return MinigameScene(self.ctx, path, on_done=on_done)

    def minigame_result(
        self, result: MinigameResult, path: Path, on_done: LevelDone | None
    ) -> Scene:
        # deferred: the result plot needs numpy (launch time)
        from game.scenes.minigame_result import MinigameResultScene

        return MinigameResultScene(self.ctx, result, on_done, path)

    def pause(self, retry: Callable[[], None] | None = None) -> Scene:
        return PauseScene(self.ctx, retry)

    def settings(self) -> Scene:
        return SettingsScene(self.ctx)

    def flash_notice(self) -> Scene:
        return FlashNoticeScene(self.ctx)

    def time_card(
        self, title: str, subtitle: str, on_done: Callable[[], None]
    ) -> Scene:
        return TimeCardScene(self.ctx, title, subtitle, on_done)

    def credits(self) -> Scene:
        return CreditsScene(self.ctx)

    def ending(self, chosen: Episode, ending_id: str) -> Scene:
        return EndingScene(self.ctx, chosen, ending_id)

    def conversation(
        self,
        runner: Runner,
        node: str,
        on_command: CommandHandler,
        on_done: Callable[[], None],
    ) -> Scene:
        return DialogueBoxScene(self.ctx, runner, node, on_command, on_done)
