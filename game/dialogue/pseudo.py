"""The pseudo-locale: every line accented, about 30 % longer and bracketed,
built on the fly from the source text (no table file).

It shows, without a translator, whether the UI copes with a longer language
and letters with accents: a line whose `]` is missing was cut off. The
letters come from assets/config/pseudo_locale.json; markup and `{…}` values
are kept as they are.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from pathlib import Path

from game.core.paths import assets_dir
from game.core.reading import KB, read_text
from game.dialogue.model import LineContent, Segment, TextRun

PSEUDO = "pseudo"
TABLE_BYTES = 64 * KB


@dataclass(frozen=True)
class PseudoLocale:
    """Turns source text into pseudo text (see the module docstring)."""

    letters: dict[str, str]
    open: str = "["
    close: str = "]"

    @classmethod
    def load(cls, path: Path | None = None) -> PseudoLocale:
        path = path or assets_dir() / "config" / "pseudo_locale.json"
        raw = json.loads(read_text(path, TABLE_BYTES))
        return cls(dict(raw["letters"]), str(raw["open"]), str(raw["close"]))

    def letters_of(self, text: str) -> str:
        """`text` with each letter replaced (no brackets)."""
        return "".join(self.letters.get(char, char) for char in text)

    def text(self, text: str) -> str:
        """`text` as the pseudo-locale shows it: replaced and bracketed."""
        return f"{self.open}{self.letters_of(text)}{self.close}"

    def segments(self, segments: tuple[Segment, ...]) -> tuple[Segment, ...]:
        inner = [
            TextRun(self.letters_of(s.text)) if isinstance(s, TextRun) else s
            for s in segments
        ]
        return (TextRun(self.open), *inner, TextRun(self.close))

    # -- Translator -------------------------------------------------------------
    def content(self, content: LineContent) -> LineContent:
        return replace(content, segments=self.segments(content.segments))

    def name(self, speaker: str) -> str:
        return self.text(speaker)
