"""The protocols the play layer works through.

Services (navigation, saves, the dialogue library, levels) are reached
through these from scenes; `Screens` is the scene factory the play layer
asks for screens, implemented above it by `game.scenes.catalog`, so nothing
here imports a scene.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from game.world.ports import WorldStage

if TYPE_CHECKING:
    from game.core.episodes import Episode
    from game.dialogue.level_results import LevelResult
    from game.dialogue.program import Program
    from game.dialogue.runner import Command, Runner, Translator
    from game.minigame.result import MinigameResult
    from game.play.stack import StackScene
    from game.save.model import SaveGame
    from game.save.slots import SaveStore
    from game.world.ports import StoryPort

Snapshot = Callable[[], "SaveGame | None"]
"""Makes a SaveGame of this moment, or None while the game cannot be saved."""

Poll = Callable[[], bool]
"""Called once per fixed update while a command runs; True when it is done."""

CommandHandler = Callable[["Command"], "Poll | None"]
LevelDone = Callable[["MinigameResult"], None]


class MapScreen(WorldStage, Protocol):
    """The overworld as the play layer sees it: a stage for dialogue commands
    that can also place the player and be saved."""

    def place_player(self, position: tuple[float, float], facing: str) -> None: ...

    def save_snapshot(self) -> SaveGame | None: ...


class Screens(Protocol):
    """Makes each screen; the play layer pushes what it is given."""

    def title(self) -> StackScene: ...

    def episode_select(self) -> StackScene: ...

    def episode_intro(self, chosen: Episode) -> StackScene: ...

    def overworld(
        self, path: Path, at: str | int | None, port: StoryPort
    ) -> tuple[StackScene, MapScreen]:
        """The overworld scene, and the same scene seen as a MapScreen."""
        ...

    def save_load(
        self,
        mode: str,
        snapshot: Snapshot | None = None,
        on_load: Callable[[SaveGame], None] | None = None,
    ) -> StackScene: ...

    def minigame(self, path: Path, on_done: LevelDone | None) -> StackScene: ...

    def minigame_result(
        self, result: MinigameResult, path: Path, on_done: LevelDone | None
    ) -> StackScene: ...

    def pause(self, retry: Callable[[], None] | None = None) -> StackScene: ...

    def settings(self) -> StackScene: ...

    def flash_notice(self) -> StackScene: ...

    def time_card(
        self, title: str, subtitle: str, on_done: Callable[[], None]
    ) -> StackScene:
        """A full-screen time card; `on_done` runs once it has gone."""
        ...

    def credits(self) -> StackScene: ...

    def ending(self, chosen: Episode, ending_id: str) -> StackScene: ...

    def conversation(
        self,
        runner: Runner,
        node: str,
        on_command: CommandHandler,
        on_done: Callable[[], None],
    ) -> StackScene: ...


class Navigation(Protocol):
    """Moves between the game's big screens."""

    def start(self) -> None: ...

    def to_title(self) -> None: ...

    def episode_select(self) -> None: ...

    def start_episode(self, number: int) -> None: ...

    def begin_episode_world(self, chosen: Episode) -> None: ...

    def enter_map(
        self,
        path: Path,
        at: str | int | None,
        position: tuple[float, float] | None = None,
        facing: str | None = None,
    ) -> MapScreen: ...

    def open_save(self, snapshot: Snapshot | None) -> None: ...

    def open_load(self) -> None: ...

    def open_settings(self) -> None: ...

    def open_credits(self) -> None: ...

    def open_pause(self, retry: Callable[[], None] | None = None) -> None: ...

    def end_episode(self, ending_id: str) -> None: ...

    def quit(self) -> None: ...


class Saves(Protocol):
    """Save slots as the player uses them."""

    def store(self) -> SaveStore: ...

    def continue_game(self) -> None: ...

    def load_game(self, game: SaveGame) -> None: ...

    def quicksave(self, snapshot: Snapshot) -> None: ...

    def quickload(self) -> None: ...

    def autosave(self, snapshot: Snapshot | None) -> None: ...

    def note_saved(self, game: SaveGame) -> None: ...

    def unsaved_progress(self) -> bool: ...


class DialogueLibrary(Protocol):
    """The compiled dialogue of the whole game."""

    def program(self) -> Program: ...

    def translation(self) -> Translator | None: ...

    def ui_text(self, text: str) -> str: ...


class Levels(Protocol):
    """Plays minigame levels and owns their results."""

    def play(self, level: str, on_result: Callable[[LevelResult], None]) -> None: ...

    def play_path(self, path: Path, on_done: LevelDone | None = None) -> None: ...

    def store(self, level: str, result: MinigameResult) -> LevelResult: ...
