"""Flow: the moves between the game's big screens.

Scenes ask the flow ("start episode 2", "back to the title") instead of
building each other, so the title never imports the minigame and a test can
start anywhere. Heavy scenes are imported only when first used, which keeps
launch-to-title fast.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from game.core.episodes import Episode, episode
from game.core.story import StoryState

if TYPE_CHECKING:
    from game.context import Context


class Flow:
    """Navigation for one run; owns no state beyond the context it serves."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self._program: Any = None
        self._stamp: tuple = ()

    def start(self) -> None:
        """Push the first scene the launch options ask for (title by default)."""
        options = self.ctx.options
        if options.level is not None:
            self.play_level(options.level, on_done=lambda _result: self.quit())
        elif options.map is not None:
            self.ctx.story = StoryState(episode=options.episode or 1)
            self.enter_map(options.map, options.at)
        elif options.episode is not None:
            self.start_episode(options.episode)
        else:
            self.to_title()
        self.ctx.stack.apply_requests()

    def to_title(self) -> None:
        from game.scenes.title import TitleScene

        self.ctx.story = None
        self.ctx.audio.play_music("title")
        self.ctx.stack.replace_all(TitleScene(self.ctx))

    def episode_select(self) -> None:
        from game.scenes.episode_select import EpisodeSelectScene

        self.ctx.stack.push(EpisodeSelectScene(self.ctx))

    def start_episode(self, number: int) -> None:
        """A fresh story for episode `number`, opened by its title card."""
        from game.scenes.episode_intro import EpisodeIntroScene

        chosen = episode(number)
        self.ctx.story = StoryState(episode=number)
        self.ctx.stack.replace_all(EpisodeIntroScene(self.ctx, chosen))

    def begin_episode_world(self, chosen: Episode) -> None:
        """After the title card: the episode's first map at its start spawn,
        autosaved before anything happens there."""
        self.ctx.audio.play_music(chosen.music)
        scene = self.enter_map(chosen.start_map_path, chosen.start_spawn)
        self.autosave(scene.save_snapshot)

    def enter_map(
        self,
        path: Path,
        at: str | None,
        position: tuple[float, float] | None = None,
        facing: str | None = None,
    ) -> Any:
        """Replace everything with the overworld at `path`: at a spawn or object
        (`at`), or at an exact pixel `position` (a loaded save)."""
        from game.scenes.overworld import OverworldScene

        port = self.story_port()
        scene = OverworldScene(self.ctx, Path(path), at, port)
        port.stage = scene
        if position is not None:
            scene.place_player(position, facing or "down")
        self.ctx.stack.replace_all(scene)
        return scene

    # -- saves ----------------------------------------------------------------
    def save_store(self) -> Any:
        from game.save.slots import SaveStore

        return SaveStore()

    def open_save(self, snapshot: Callable[[], Any] | None) -> None:
        from game.scenes.save_load import SaveLoadScene

        self.ctx.stack.push(SaveLoadScene(self.ctx, "save", snapshot=snapshot))

    def open_load(self) -> None:
        from game.scenes.save_load import SaveLoadScene

        self.ctx.stack.push(SaveLoadScene(self.ctx, "load", on_load=self.load_game))

    def continue_game(self) -> None:
        """Load the newest save of any kind (manual, quick or auto)."""
        newest = self.save_store().newest()
        if newest is not None:
            self.load_game(newest[1])

    def load_game(self, game: Any) -> None:
        """Restore a SaveGame: its story, map, position and facing."""
        import copy

        from game.core.paths import project_root

        self.ctx.story = copy.deepcopy(game.story)
        chosen = episode(game.story.episode)
        self.ctx.audio.play_music(chosen.music)
        self.enter_map(project_root() / game.map, None, game.position, game.facing)

    def quicksave(self, snapshot: Callable[[], Any]) -> None:
        from game.save.errors import SaveError
        from game.save.slots import QUICK_SLOT

        game = snapshot()
        if game is None:
            return
        try:
            self.save_store().save(QUICK_SLOT, game)
            self.ctx.messages.append("Quick saved.")
            self.ctx.audio.play_sound("ui_confirm")
        except SaveError as exc:
            self.ctx.messages.append(str(exc))

    def quickload(self) -> None:
        from game.save.errors import LoadError
        from game.save.slots import QUICK_SLOT

        try:
            game = self.save_store().load(QUICK_SLOT)
        except LoadError as exc:
            self.ctx.messages.append(exc.message)
            self.ctx.audio.play_sound("error")
            return
        self.load_game(game)

    def autosave(self, snapshot: Callable[[], Any] | None) -> None:
        """Write an autosave now if the game can be saved here. A failed write
        is reported to the player; play goes on."""
        from game.save.errors import SaveError

        game = snapshot() if snapshot is not None else None
        if game is None:
            return
        try:
            self.save_store().autosave(game)
        except SaveError as exc:
            self.ctx.messages.append(str(exc))

    def story_port(self) -> Any:
        """The world's way into dialogue and minigames."""
        from game.dialogue.story_port import DialogueStoryPort

        return DialogueStoryPort(
            self.ctx,
            self.dialogue_program(),
            launch_minigame=self.launch_minigame,
            record_ending=self.end_episode,
            refresh=self.dialogue_program if self.ctx.options.dev else None,
        )

    def dialogue_program(self) -> Any:
        """Every .yarn file under dialogue/, compiled once per run (with --dev,
        again when a file changes; a broken change keeps the last good
        program). Errors reach the player as file:line:col messages."""
        from game.core.paths import dialogue_dir

        if self._program is not None and not self.ctx.options.dev:
            return self._program  # no need to walk the folder again
        paths = sorted(dialogue_dir().rglob("*.yarn"))
        stamp = tuple((p, p.stat().st_mtime_ns) for p in paths)
        if self._program is not None and (
            not self.ctx.options.dev or stamp == self._stamp
        ):
            return self._program
        self._stamp = stamp
        program, errors = self._compile(paths)
        self.ctx.messages.extend(error.format() for error in errors[:3])
        if self._program is None or not errors:
            self._program = program
        return self._program

    @staticmethod
    def _compile(paths: list[Path]) -> tuple[Any, list[Any]]:
        """Build the program; a file that does not parse is left out and its
        error reported with the others."""
        from game.core.paths import project_root
        from game.dialogue.errors import DialogueError
        from game.dialogue.program import build_program, read_file

        root, files, errors = project_root(), [], []
        for path in paths:
            try:
                files.append(read_file(path, root))
            except DialogueError as error:
                errors.append(error)
        program, more = build_program(files)
        return program, errors + more

    def launch_minigame(self, level: str, on_result: Callable[[dict], None]) -> None:
        """Play a level named by id (`ep1_teach`) or by path; its result goes
        into the story variables, then to `on_result`."""

        def finished(result: Any) -> None:
            from game.dialogue.minigame import LevelResult, apply_result

            stored = LevelResult(
                str(result.outcome), float(result.score), float(result.peak_stress)
            )
            if self.ctx.story is not None:
                apply_result(self.ctx.story, Path(level).stem, stored)
            on_result(stored.values())

        self.play_level(level_path(level), on_done=finished)

    def play_level(
        self, path: Path, on_done: Callable[[Any], None] | None = None
    ) -> None:
        from game.scenes.minigame import MinigameScene

        self.ctx.stack.push(MinigameScene(self.ctx, Path(path), on_done=on_done))

    def open_settings(self) -> None:
        from game.scenes.settings_menu import SettingsScene

        self.ctx.stack.push(SettingsScene(self.ctx))

    def open_credits(self) -> None:
        from game.scenes.credits import CreditsScene

        self.ctx.stack.push(CreditsScene(self.ctx))

    def open_pause(self) -> None:
        from game.scenes.pause import PauseScene

        self.ctx.stack.push(PauseScene(self.ctx))

    def end_episode(self, ending_id: str) -> None:
        """The story reached an ending: remember it and show the ending card."""
        from game.scenes.ending import EndingScene

        story = self.ctx.story
        number = story.episode if story else 1
        if story is not None and ending_id not in story.endings:
            story.endings.append(ending_id)
        self.ctx.profile.mark_ending(number, ending_id)
        self.ctx.profile.save()
        self.ctx.stack.replace_all(EndingScene(self.ctx, episode(number), ending_id))

    def quit(self) -> None:
        self.ctx.running = False


def level_path(level: str) -> Path:
    """A minigame level id (`ep1_teach`), a path under maps/
    (`minigame/ep1_teach.tmx`) or a project path, as a file path."""
    from game.core.paths import maps_dir, project_root

    if not level.endswith(".tmx"):
        return maps_dir() / "minigame" / f"{level}.tmx"
    for base in (maps_dir(), project_root()):
        if (base / level).exists():
            return base / level
    return maps_dir() / level
