"""Add missing `#line:` ids to .yarn files, in place.

    python -m game.tools.lines                    # every file under dialogue/
    python -m game.tools.lines dialogue/ep2       # a folder or single files
    python -m game.tools.lines --check            # exit 1 if a line lacks one

Only the lines without an id change; existing ids never do, and the rest of
each file stays byte for byte the same (see game.dialogue.line_ids). Files
under dialogue/ get ids unique across the whole project. Duplicate ids are
refused, naming file:line, and nothing is written.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from game.core.paths import dialogue_dir, project_root
from game.core.reading import DIALOGUE_BYTES, read_limited
from game.dialogue.line_ids import LineIdError, add_line_ids


def _display(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def yarn_files(paths: list[Path]) -> list[Path]:
    """The .yarn files named, and those under the folders named, sorted."""
    found: set[Path] = set()
    for path in paths:
        if path.is_dir():
            found.update(path.rglob("*.yarn"))
        else:
            found.add(path)
    return sorted(found)


def _in_project(path: Path) -> bool:
    return dialogue_dir().resolve() in path.resolve().parents


def _read(paths: list[Path], root: Path) -> dict[str, tuple[Path, str]]:
    return {
        _display(p, root): (p, read_limited(p, DIALOGUE_BYTES).decode("utf-8"))
        for p in paths
    }


def _write(path: Path, text: str) -> None:
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_bytes(text.encode("utf-8"))
    os.replace(temporary, path)


def run(paths: list[Path], check: bool) -> tuple[int, list[str]]:
    """Exit status and report lines for `python -m game.tools.lines`."""
    root = project_root()
    targets = yarn_files(paths)
    everything = set(targets)
    if any(_in_project(p) for p in targets):
        everything.update(dialogue_dir().rglob("*.yarn"))
    sources = _read(sorted(everything), root)
    write = {_display(p, root) for p in targets}
    changed = add_line_ids({n: text for n, (_p, text) in sources.items()}, write)
    if check:
        missing = [f"{name}: lines without #line: ids" for name in changed]
        return (1 if changed else 0), missing
    for name, text in changed.items():
        _write(sources[name][0], text)
    report = [f"{name}: added #line: ids" for name in changed]
    return 0, report or ["every line has a #line: id"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m game.tools.lines",
        description="Add missing #line: ids to .yarn files (in place).",
    )
    parser.add_argument("paths", nargs="*", type=Path, help="files or folders")
    parser.add_argument(
        "--check", action="store_true", help="change nothing; exit 1 if ids are missing"
    )
    args = parser.parse_args(argv)
    try:
        status, report = run(args.paths or [dialogue_dir()], args.check)
    except (LineIdError, OSError, UnicodeDecodeError) as err:
        print(str(err), file=sys.stderr)
        return 1
    print("\n".join(report))
    return status


if __name__ == "__main__":
    sys.exit(main())
