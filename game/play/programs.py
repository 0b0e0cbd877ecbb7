"""ProgramCache: every .yarn file under dialogue/ (or a given folder), compiled
once per run.

With `--dev` the folder is checked again on each request and recompiled when
a file changed; a broken change keeps the last good program. Errors reach the
player as file:line:col messages. With `--dev`, each good compile also
brings Tiled's dropdowns in the project's maps/smile.tiled-project up to
date (new nodes appear in DialogueNode) and says so.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from game.core.paths import dialogue_dir, project_root
from game.dialogue.errors import DialogueError
from game.dialogue.model import YarnFile
from game.dialogue.program import Program, build_program, read_file
from game.dialogue.pseudo import PSEUDO
from game.play.locales import LocaleCache
from game.play.notices import info, warning

if TYPE_CHECKING:
    from game.dialogue.locale import Translation
    from game.play.context import Context

Stamp = tuple[tuple[Path, int], ...]


class ProgramCache:
    """The game's compiled dialogue (see the module docstring), and its
    translation into the player's locale (game.play.locales)."""

    def __init__(self, ctx: Context, folder: Path | None = None) -> None:
        self.ctx = ctx
        self.folder = folder or dialogue_dir()
        self._program: Program | None = None
        self._stamp: Stamp = ()
        self.locales = LocaleCache(ctx)

    def translation(self) -> Translation | None:
        """The player's locale over the current program (None: the source)."""
        return self.locales.translation(self.program())

    def ui_text(self, text: str) -> str:
        """A menu label in the player's locale. Only the pseudo-locale changes
        labels, so no other locale compiles the dialogue for them (the title
        draws before any of it is read); `--dev` compiles at once so writers
        see errors on the title screen."""
        if self.locales.locale() != PSEUDO and not self.ctx.options.dev:
            return text
        return self.locales.ui_text(text, self.program())

    def program(self) -> Program:
        if self._program is not None and not self.ctx.options.dev:
            return self._program  # no need to walk the folder again
        paths = sorted(self.folder.rglob("*.yarn"))
        stamp = tuple((p, p.stat().st_mtime_ns) for p in paths)
        if self._program is not None and stamp == self._stamp:
            return self._program
        self._stamp = stamp
        program, errors = compile_files(paths)
        self.ctx.messages.extend(warning(error.format()) for error in errors[:3])
        if self._program is None or not errors:
            self._program = program
            if self.ctx.options.dev:
                self._sync_tiled()
        return self._program

    def _sync_tiled(self) -> None:
        """Rewrite the Tiled project's generated enums if they are stale."""
        from game.tiled.generated_types import sync_project  # --dev only
        from game.tiled.project import PROJECT_NAME

        root = self.folder.parent
        if not (root / "maps" / PROJECT_NAME).is_file():
            return  # a folder outside a project: nothing to keep in step
        try:
            if sync_project(root):
                self.ctx.messages.append(
                    info(
                        f"maps/{PROJECT_NAME} updated for the dialogue's nodes: "
                        "reload the project in Tiled"
                    )
                )
        except (OSError, ValueError) as err:
            self.ctx.messages.append(warning(f"maps/{PROJECT_NAME} not updated: {err}"))


def compile_files(paths: list[Path]) -> tuple[Program, list[DialogueError]]:
    """Build the program; a file that does not parse is left out and its
    error reported with the others."""
    root = project_root()
    files: list[YarnFile] = []
    errors: list[DialogueError] = []
    for path in paths:
        try:
            files.append(read_file(path, root))
        except DialogueError as error:
            errors.append(error)
    program, more = build_program(files)
    return program, errors + list(more)
