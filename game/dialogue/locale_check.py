"""The content check of the installed string tables (`python -m game.tools.check`).

For each dialogue/locales/<code>.csv it warns about what would make the game
show the source text instead of the translation, or a message to the player:
a table that cannot be read, rows whose translation no longer fits its line
(other `{…}`/`[…]`, or it does not parse), ids given twice, and ids no line
has any more; and rows whose source changed since the table was imported.
Lines a table does not translate yet are normal and not reported (see
`python -m game.tools.strings check` for the full account).
"""

from __future__ import annotations

import re
from pathlib import Path

from game.core.findings import Finding, warning
from game.core.reading import DIALOGUE_BYTES, read_limited
from game.dialogue.check import project_files
from game.dialogue.errors import DialogueError
from game.dialogue.locale import locales_dir
from game.dialogue.program import read_file
from game.dialogue.speakers import load_speakers
from game.dialogue.strings import SourceString, TableError, read_table, source_strings
from game.dialogue.table_check import check_table

_ROW = re.compile(r"(?P<file>.+?):(?P<where>row \d+): (?P<message>.*)", re.DOTALL)
REFRESH = "export the table again, fix the rows, and import it"


def check_locales(root: Path) -> list[Finding]:
    """Warnings for every installed table (none when there are no tables)."""
    tables = sorted(locales_dir(root).glob("*.csv"))
    if not tables:
        return []
    try:
        files = [read_file(path, root) for path in project_files(root)]
    except DialogueError:
        return []  # the dialogue checker reports the broken file
    strings = source_strings(files, load_speakers(root)[0])
    found: list[Finding] = []
    for path in tables:
        found += _check_one(path, root, strings)
    return found


def _check_one(path: Path, root: Path, strings: list[SourceString]) -> list[Finding]:
    shown = path.relative_to(root).as_posix()
    try:
        text = read_limited(path, DIALOGUE_BYTES).decode("utf-8-sig")
        rows = read_table(text, shown)
    except (OSError, UnicodeDecodeError, TableError) as err:
        message = "not UTF-8 text" if isinstance(err, UnicodeDecodeError) else str(err)
        return [warning(shown, f"cannot be read: {message}", hint=REFRESH)]
    result = check_table(rows, strings, shown)
    return [_finding(shown, text) for text in result.errors + _stale(result.warnings)]


def _stale(warnings: list[str]) -> list[str]:
    return [w for w in warnings if "changed since the table" in w]


def _finding(shown: str, text: str) -> Finding:
    match = _ROW.fullmatch(text)
    if match is None:
        return warning(shown, text, hint=REFRESH)
    return warning(shown, match["message"], match["where"], REFRESH)
