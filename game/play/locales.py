"""LocaleCache: the player's language for the dialogue and the menus.

The locale is `--locale`, else the setting. Its translation (a string table,
the pseudo-locale, or None for the source language) is loaded when first
asked for and again only when the locale or the program changes (with
`--dev`, also when the table file does); what cannot be loaded becomes a
message for the player (game.dialogue.locale). Menus ask for every label
each frame, so a lookup touches no file unless `--dev` is on.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from game.core.paths import project_root
from game.dialogue.locale import Translation, load_translation, table_path
from game.dialogue.program import Program
from game.dialogue.pseudo import PseudoLocale
from game.dialogue.speakers import load_speakers
from game.play.notices import warning

if TYPE_CHECKING:
    from game.play.context import Context

Key = tuple[str, Program, int]  # locale, program, table file stamp


class LocaleCache:
    """The translation of the player's locale (see the module docstring)."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.root = project_root()
        self._key: Key | None = None
        self._translation: Translation | None = None

    def locale(self) -> str:
        """The locale lines are shown in: `--locale`, else the setting."""
        return self.ctx.options.locale or self.ctx.settings.locale

    def translation(self, program: Program) -> Translation | None:
        """The locale's translation of `program` (None: the source text)."""
        locale = self.locale()
        dev = self.ctx.options.dev
        key = (locale, program, _stamp_of(table_path(self.root, locale)) if dev else 0)
        if key != self._key:
            speakers = load_speakers(self.root)[0]
            self._translation, messages = load_translation(
                self.root, locale, program.files, speakers
            )
            self.ctx.messages.extend(warning(m) for m in messages)
            self._key = key
        return self._translation

    def ui_text(self, text: str, program: Program) -> str:
        """Interface text (menu labels) in the locale: only the pseudo-locale
        changes it for now (the tables hold dialogue)."""
        translation = self.translation(program)
        if not text or not isinstance(translation, PseudoLocale):
            return text
        return translation.text(text)


def _stamp_of(path: Path) -> int:
    """When the file last changed (0 if there is none)."""
    try:
        return path.stat().st_mtime_ns
    except OSError:
        return 0
