"""Export and import string tables (translations of the dialogue).

    python -m game.tools.strings export --locale fr [--out FILE]
    python -m game.tools.strings import FILE [--locale fr]
    python -m game.tools.strings check            # every table in dialogue/locales

`export` writes a CSV with one row per `#line:` id and per speaker name (id,
speaker, text, translation, location, comment; see game.dialogue.strings),
the locale's current translations filled in; by default to strings_<CODE>.csv
here. `import` checks a filled-in table (game.dialogue.table_check) and,
if it has no errors, writes dialogue/locales/<CODE>.csv, where the game reads
it; the code comes from --locale or the file's name (fr.csv, strings_fr.csv).
`check` runs the import checks on the installed tables (after the dialogue
changed, or in CI) and prints their errors and warnings. Exit status 1 when
the project or a table has errors (nothing is written).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from game.core.paths import project_root
from game.core.reading import DIALOGUE_BYTES, read_limited
from game.dialogue.check import project_files
from game.dialogue.errors import DialogueError
from game.dialogue.locale import (
    LOCALE_CODE,
    base_locale,
    locales_dir,
    table_path,
)
from game.dialogue.program import read_file
from game.dialogue.speakers import load_speakers
from game.dialogue.strings import (
    Row,
    SourceString,
    TableError,
    format_table,
    read_table,
    source_strings,
)
from game.dialogue.table_check import check_table


class ToolError(Exception):
    """A refusal, said in one message (exit status 1)."""


def project_strings(root: Path) -> list[SourceString]:
    """Every translatable string of the project (ToolError if a file fails)."""
    try:
        files = [read_file(path, root) for path in project_files(root)]
    except DialogueError as err:
        raise ToolError(err.format()) from None
    return source_strings(files, load_speakers(root)[0])


def read_rows(path: Path, shown: str) -> list[Row]:
    try:
        return read_table(read_limited(path, DIALOGUE_BYTES).decode("utf-8-sig"), shown)
    except (OSError, UnicodeDecodeError, TableError) as err:
        raise ToolError(
            f"{shown}: {err}" if isinstance(err, UnicodeDecodeError) else str(err)
        ) from None


def _code(locale: str, root: Path) -> str:
    if not LOCALE_CODE.fullmatch(locale):
        raise ToolError(f"{locale!r} is not a locale code (e.g. fr, pt_BR)")
    if locale == base_locale(root):
        raise ToolError(f"{locale} is the source language: it needs no table")
    return locale


def export(locale: str, out: Path | None) -> str:
    root = project_root()
    code = _code(locale, root)
    strings = project_strings(root)
    current = table_path(root, code)
    known: dict[str, str] = {}
    if current.is_file():
        known = {r.line_id: r.translation for r in read_rows(current, str(current))}
    target = out or Path(f"strings_{code}.csv")
    _write(target, format_table(strings, known))
    done = sum(1 for s in strings if known.get(s.line_id, "").strip())
    return f"wrote {target}: {len(strings)} strings, {done} translated"


def import_table(path: Path, locale: str | None) -> list[str]:
    root = project_root()
    stem = path.stem.removeprefix("strings_")
    code = _code(locale or stem, root)
    strings = project_strings(root)
    found = check_table(read_rows(path, str(path)), strings, str(path))
    if found.errors:
        raise ToolError("\n".join([*found.errors, "nothing was written"]))
    locales_dir(root).mkdir(parents=True, exist_ok=True)
    target = table_path(root, code)
    _write(target, format_table(strings, found.translations))
    shown = target.relative_to(root).as_posix()
    count = f"{len(found.translations)} of {len(strings)} translated"
    return [*found.warnings, f"wrote {shown} ({count})"]


def check_installed() -> tuple[int, list[str]]:
    """Exit status and report of the checks on every installed table."""
    root = project_root()
    strings = project_strings(root)
    status, report = 0, []
    for path in sorted(locales_dir(root).glob("*.csv")):
        shown = path.relative_to(root).as_posix()
        found = check_table(read_rows(path, shown), strings, shown)
        status = 1 if found.errors else status
        report += [*found.errors, *found.warnings]
        done = f"{len(found.translations)} of {len(strings)} translated"
        report.append(f"{shown}: {len(found.errors)} errors, {done}")
    return status, report or ["no tables in dialogue/locales/"]


def _write(path: Path, text: str) -> None:
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_bytes(text.encode("utf-8"))
    os.replace(temporary, path)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m game.tools.strings",
        description="Export and import string tables (CSV) for translation.",
    )
    commands = parser.add_subparsers(dest="command", required=True)
    out = commands.add_parser("export", help="write a table for translators")
    out.add_argument("--locale", required=True, metavar="CODE")
    out.add_argument("--out", type=Path, metavar="FILE")
    into = commands.add_parser("import", help="check a table and install it")
    into.add_argument("file", type=Path)
    into.add_argument("--locale", metavar="CODE")
    commands.add_parser("check", help="check the tables in dialogue/locales")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    status = 0
    try:
        if args.command == "export":
            report = [export(args.locale, args.out)]
        elif args.command == "import":
            report = import_table(args.file, args.locale)
        else:
            status, report = check_installed()
    except ToolError as err:
        print(str(err), file=sys.stderr)
        return 1
    print("\n".join(report))
    return status


if __name__ == "__main__":
    sys.exit(main())
