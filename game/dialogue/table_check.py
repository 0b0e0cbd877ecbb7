"""Checking a translated string table before it joins the game.

Errors (the table is refused): a row without an id, an id no line has, an id
given twice, a translation that does not parse or whose `{…}`/`[…]` differ
from its source. Warnings (the table is taken; those lines show the source
text): ids the table lacks, rows left untranslated, rows whose source text
changed since the table was exported. Every message names `file:row N`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from game.dialogue.errors import DialogueError, Pos
from game.dialogue.strings import SPEAKER_ID, Row, SourceString, parse_translation

EXAMPLES = 5  # missing ids named before the rest are counted


@dataclass
class TableCheck:
    """What `check_table` found, and the translations it accepted by id."""

    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    translations: dict[str, str] = field(default_factory=dict)


def check_table(rows: list[Row], sources: list[SourceString], name: str) -> TableCheck:
    """Check `rows` of the table file `name` against the project's strings."""
    by_id = {s.line_id: s for s in sources}
    found = TableCheck()
    first_row: dict[str, int] = {}
    for row in rows:
        where = f"{name}:row {row.number}"
        problem = _row_problem(row, by_id, first_row, where)
        if problem:
            found.errors.append(f"{where}: {problem}")
            continue
        first_row[row.line_id] = row.number
        source = by_id[row.line_id]
        if row.text and row.text != source.text:
            found.warnings.append(
                f"{where}: the source of {row.line_id} changed since the table "
                "was made; "
                f"check the translation against: {source.text}"
            )
        if row.translation.strip():
            found.translations[row.line_id] = row.translation.strip()
    found.warnings.extend(_gaps(sources, first_row, found.translations, name))
    return found


def _row_problem(
    row: Row, by_id: dict[str, SourceString], first_row: dict[str, int], where: str
) -> str | None:
    if not row.line_id:
        return "the id is empty"
    if row.line_id not in by_id:
        return f"no line has the id {row.line_id!r} (was it renamed or removed?)"
    if row.line_id in first_row:
        return f"{row.line_id} repeats row {first_row[row.line_id]}"
    if not row.translation.strip() or row.line_id.startswith(SPEAKER_ID):
        return None
    try:
        parse_translation(row.translation, by_id[row.line_id].text, Pos(where, 0, 0))
    except DialogueError as err:
        return f"{row.line_id}: {err.message}"
    return None


def _gaps(
    sources: list[SourceString],
    rows: dict[str, int],  # id -> row number
    translations: dict[str, str],
    name: str,
) -> list[str]:
    missing = [s.line_id for s in sources if s.line_id not in rows]
    blank = [i for i in rows if i not in translations]
    notes = []
    if missing:
        more = " ..." if len(missing) > EXAMPLES else ""
        shown = ", ".join(missing[:EXAMPLES]) + more
        notes.append(f"{name}: {len(missing)} ids have no row ({shown}): ")
        notes[-1] += "they show the source text"
    if blank:
        notes.append(
            f"{name}: {len(blank)} rows are untranslated: they show the source text"
        )
    return notes
