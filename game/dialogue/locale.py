"""Locales: which languages the game can show, and loading one.

The source language (the Yarn project's `baseLanguage`, "en") needs no
table; `pseudo` is built on the fly (game.dialogue.pseudo); every other
locale is `dialogue/locales/<code>.csv`, a string table written by
`python -m game.tools.strings import`. `load_translation` never fails: a
missing or broken table, or a broken row, is a message naming file:row, and
the lines it cannot translate show their source text (a row for a line
removed since is passed over; `python -m game.tools.check` warns about it).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from game.core.reading import DIALOGUE_BYTES, KB, read_limited, read_text
from game.dialogue.errors import DialogueError, Pos
from game.dialogue.model import LineContent, Segment, YarnFile
from game.dialogue.pseudo import PSEUDO, PseudoLocale
from game.dialogue.strings import (
    SPEAKER_ID,
    Row,
    SourceString,
    TableError,
    parse_translation,
    read_table,
    source_strings,
)

LOCALE_CODE = re.compile(r"[a-z]{2,3}(_[A-Z]{2})?")
MESSAGES_SHOWN = 3  # row problems listed one by one; the rest are counted


@dataclass(frozen=True)
class StringTable:
    """A loaded locale: translated segments by line id, names by speaker."""

    locale: str
    lines: dict[str, tuple[Segment, ...]] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)

    def content(self, content: LineContent) -> LineContent:
        """The line in this locale (its source when there is no row)."""
        segments = self.lines.get(content.line_id or "")
        return content if segments is None else replace(content, segments=segments)

    def name(self, speaker: str) -> str:
        return self.names.get(speaker, speaker)


Translation = StringTable | PseudoLocale


def locales_dir(root: Path) -> Path:
    return root / "dialogue" / "locales"


def base_locale(root: Path) -> str:
    """The source language: the Yarn project's baseLanguage ("en" if unset)."""
    path = root / "dialogue" / "smile.yarnproject"
    try:
        raw = json.loads(read_text(path, 64 * KB))
        return str(raw.get("baseLanguage") or "en")
    except (OSError, ValueError, AttributeError):
        return "en"


def available_locales(root: Path) -> list[str]:
    """The source language, every table in dialogue/locales/, then pseudo."""
    tables = sorted(
        p.stem for p in locales_dir(root).glob("*.csv") if LOCALE_CODE.fullmatch(p.stem)
    )
    return [base_locale(root), *tables, PSEUDO]


def table_path(root: Path, locale: str) -> Path:
    return locales_dir(root) / f"{locale}.csv"


def load_translation(
    root: Path, locale: str, files: Iterable[YarnFile], speakers: Iterable[str]
) -> tuple[Translation | None, list[str]]:
    """The translation for `locale` (None: show the source) and messages for
    the player about what could not be loaded."""
    if locale == base_locale(root):
        return None, []
    if locale == PSEUDO:
        return PseudoLocale.load(), []
    path = table_path(root, locale)
    shown = f"dialogue/locales/{locale}.csv"
    try:
        text = read_limited(path, DIALOGUE_BYTES).decode("utf-8-sig")
        rows = read_table(text, shown)
    except FileNotFoundError:
        return None, [f"{shown}: there is no table for {locale}; showing the source"]
    except (OSError, UnicodeDecodeError, TableError) as err:
        return None, [f"{_why(err, shown)}; showing the source text"]
    sources = {s.line_id: s for s in source_strings(files, speakers)}
    table, problems = build_table(locale, rows, sources, shown)
    return table, _summary(problems)


def _why(err: Exception, shown: str) -> str:
    if isinstance(err, UnicodeDecodeError):
        return f"{shown}: not UTF-8 text"
    return str(err)


def build_table(
    locale: str, rows: list[Row], sources: dict[str, SourceString], shown: str
) -> tuple[StringTable, list[str]]:
    """The table from checked rows; each row that cannot be used is left out
    (its line shows the source) and described as `file:row N: …`."""
    table = StringTable(locale)
    problems: list[str] = []
    for row in rows:
        if not row.translation.strip():
            continue
        problem = _add_row(table, row, sources.get(row.line_id), shown)
        if problem:
            problems.append(f"{shown}:row {row.number}: {problem}")
    return table, problems


def _add_row(
    table: StringTable, row: Row, source: SourceString | None, shown: str
) -> str | None:
    if source is None:
        return None  # a line removed since: nothing to show (the checker warns)
    if row.line_id in table.lines or source.text in table.names:
        return f"{row.line_id} has a row already"
    if row.line_id.startswith(SPEAKER_ID):
        table.names[source.text] = row.translation.strip()
        return None
    try:
        segments = parse_translation(
            row.translation, source.text, Pos(shown, row.number, 1)
        )
    except DialogueError as err:
        return err.message
    table.lines[row.line_id] = segments
    return None


def _summary(problems: list[str]) -> list[str]:
    shown = problems[:MESSAGES_SHOWN]
    more = len(problems) - len(shown)
    tail = [f"... and {more} more rows that show the source text"] if more else []
    return shown + tail
