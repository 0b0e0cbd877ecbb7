"""String tables: the text a translator sees, as CSV, and its checks.

One row per `#line:` id (lines, options and narration) and one per speaker
name (id `speaker:NAME`), with the columns

    id, speaker, text, translation, location, comment

`text` is the source as written (markup and `{$var}` kept), `location` is
file:line, `comment` comes from `// translators: …` lines just above the
line. CSV follows RFC 4180 (Python's csv module), UTF-8. A translation holds
words, markup and `{…}` only, with the same `{…}` and `[…]` as its source;
it may not add a condition, hashtags or a `//` comment.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass

from game.dialogue.errors import DialogueError, Pos
from game.dialogue.line_ids import line_contents
from game.dialogue.line_source import placeholders, source_words, words_end
from game.dialogue.model import LineContent, Segment, YarnFile
from game.dialogue.text import parse_line_content

COLUMNS = ("id", "speaker", "text", "translation", "location", "comment")
SPEAKER_ID = "speaker:"  # the id prefix of a speaker-name row
_NOTE = re.compile(r"\s*//\s*translators?\s*:\s*(.*?)\s*$", re.IGNORECASE)
_NAME_NOTE = "a speaker's name, shown on the name plate"


@dataclass(frozen=True)
class SourceString:
    """One translatable string of the project."""

    line_id: str
    speaker: str
    text: str
    location: str
    comment: str


@dataclass(frozen=True)
class Row:
    """One row of a table file: its spreadsheet row number (header = 1)."""

    number: int
    line_id: str
    text: str
    translation: str


class TableError(ValueError):
    """A table file that cannot be read at all (message names the file)."""


def _note(lines: list[str], number: int) -> str:
    """The `// translators:` lines directly above line `number` (1-based)."""
    notes: list[str] = []
    index = number - 2
    while index >= 0 and (match := _NOTE.fullmatch(lines[index])):
        notes.insert(0, match.group(1))
        index -= 1
    return " ".join(notes)


def _source(yarn_file: YarnFile, content: LineContent) -> SourceString:
    raw = yarn_file.lines[content.pos.line - 1]
    return SourceString(
        content.line_id or "",
        content.speaker or "",
        source_words(raw, content.pos.col - 1, content.speaker),
        f"{content.pos.file}:{content.pos.line}",
        _note(yarn_file.lines, content.pos.line),
    )


def source_strings(
    files: Iterable[YarnFile], speakers: Iterable[str]
) -> list[SourceString]:
    """Every line with an id, in file order, then every speaker's name."""
    found = [
        _source(yarn_file, content)
        for yarn_file in files
        for content in line_contents(yarn_file)
        if content.line_id is not None
    ]
    names = [SourceString(SPEAKER_ID + n, "", n, "", _NAME_NOTE) for n in speakers]
    return found + names


def format_table(strings: list[SourceString], translations: dict[str, str]) -> str:
    """The CSV text of a table: every string, with its translation if any."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(COLUMNS)
    for s in strings:
        translated = translations.get(s.line_id, "")
        writer.writerow(
            (s.line_id, s.speaker, s.text, translated, s.location, s.comment)
        )
    return out.getvalue()


def read_table(text: str, name: str) -> list[Row]:
    """The rows of a table's CSV text; TableError if it is not a table."""
    reader = csv.DictReader(io.StringIO(text, newline=""), strict=True)
    try:
        header = reader.fieldnames or []
        missing = [c for c in ("id", "translation") if c not in header]
        if missing:
            raise TableError(f"{name}:1: the header lacks {', '.join(missing)}")
        return [
            Row(
                number,
                (r["id"] or "").strip(),
                r.get("text") or "",
                r.get("translation") or "",  # a short row lacks the cell
            )
            for number, r in enumerate(reader, start=2)
        ]
    except csv.Error as err:
        raise TableError(f"{name}:{reader.line_num}: not valid CSV ({err})") from None


def parse_translation(translation: str, source: str, where: Pos) -> tuple[Segment, ...]:
    """A line's translation as segments; DialogueError (at `where`) if it
    holds more than words, markup and `{…}`, or other `{…}`/`[…]` than
    its source."""
    stripped = translation.strip()
    if words_end(stripped) != len(stripped):
        raise DialogueError(
            where,
            "a translation holds words, markup and {…} only: write \\#, "
            "\\< or \\/ for those characters",
        )
    if placeholders(stripped) != placeholders(source):
        wanted = " ".join(placeholders(source)) or "none"
        raise DialogueError(where, f"its {{…}} and […] must be the source's: {wanted}")
    # A made-up speaker takes the `Name:` split, so a colon in the text stays.
    content = parse_line_content("X: " + stripped, 0, where)
    return content.segments
