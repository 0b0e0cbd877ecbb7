"""ProgramCache: every .yarn file under dialogue/ (or a given folder), compiled
once per run.

With `--dev` the folder is checked again on each request and recompiled when
a file changed; a broken change keeps the last good program. Errors reach the
player as file:line:col messages. `translation()` is the player's locale
(`--locale`, else the setting), loaded again when the locale or the program
changes (with `--dev`, also when the table file does); `ui_text` shows menu
labels in it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from game.core.paths import dialogue_dir, project_root
from game.dialogue.errors import DialogueError
from game.dialogue.locale import Translation, load_translation, table_path
from game.dialogue.model import YarnFile
from game.dialogue.program import Program, build_program, read_file
from game.dialogue.pseudo import PseudoLocale
from game.dialogue.speakers import load_speakers

if TYPE_CHECKING:
    from game.play.context import Context

Stamp = tuple[tuple[Path, int], ...]


class ProgramCache:
    """The game's compiled dialogue (see the module docstring)."""

    def __init__(self, ctx: Context, folder: Path | None = None) -> None:
        self.ctx = ctx
        self.folder = folder or dialogue_dir()
        self.root = project_root()
        self._program: Program | None = None
        self._stamp: Stamp = ()
        self._translation: tuple[str, Program, int, Translation | None] | None = (
            None  # locale, program, table stamp: the translation
        )

    def program(self) -> Program:
        if self._program is not None and not self.ctx.options.dev:
            return self._program  # no need to walk the folder again
        paths = sorted(self.folder.rglob("*.yarn"))
        stamp = tuple((p, p.stat().st_mtime_ns) for p in paths)
        if self._program is not None and stamp == self._stamp:
            return self._program
        self._stamp = stamp
        program, errors = compile_files(paths)
        self.ctx.messages.extend(error.format() for error in errors[:3])
        if self._program is None or not errors:
            self._program = program
        return self._program

    def locale(self) -> str:
        """The locale lines are shown in: `--locale`, else the setting."""
        return self.ctx.options.locale or self.ctx.settings.locale

    def translation(self) -> Translation | None:
        """The player's locale over the current program (None: the source)."""
        program, locale, root = self.program(), self.locale(), self.root
        edited = _stamp_of(table_path(root, locale)) if self.ctx.options.dev else 0
        key = (locale, program, edited)
        cached = self._translation
        if cached is not None and cached[:3] == key:
            return cached[3]
        speakers = load_speakers(root)[0]
        loaded, messages = load_translation(root, locale, program.files, speakers)
        self.ctx.messages.extend(messages)
        self._translation = (*key, loaded)
        return loaded

    def ui_text(self, text: str) -> str:
        """Interface text (menu labels) in the player's locale: only the
        pseudo-locale changes it for now (the tables hold dialogue)."""
        translation = self.translation()
        if not text or not isinstance(translation, PseudoLocale):
            return text
        return translation.text(text)


def _stamp_of(path: Path) -> int:
    """When the file last changed (0 if there is none): an edited table
    is read again."""
    try:
        return path.stat().st_mtime_ns
    except OSError:
        return 0


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
