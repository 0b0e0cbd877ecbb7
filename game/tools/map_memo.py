"""The map part of the content check, remembered between runs.

Contract: `dialogue_names(root, compute)` is the dialogue's node titles and
declared variables (what the map checks compare against), and
`map_part(root, names, compute)` is the map checks' findings with the
story entry points the maps give the dialogue checker; each comes from a
cache file while nothing it depends on changed since a run stored it, else
from `compute()`. What counts: the bytes of every dialogue file (names), or
of every file under maps/ and of the checking code, the names, and the
size and time of every file under assets/ (the map part). Nothing is
stored when `compute` reports a setup failure (points None). Files live in
the checker's cache folder (game/dialogue/check_cache.py); one that cannot
be read or written is ignored.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from game.core.findings import Finding, Severity
from game.core.reading import read_text
from game.dialogue.check import project_files
from game.dialogue.check_cache import cache_dir
from game.dialogue.story_parts import EntryPoint
from game.tools.findings_cache import inputs_key

Names = tuple[set[str] | None, set[str] | None]  # node titles, variables
MapPart = tuple[list[Finding], list[EntryPoint] | None]
KEEP = 8
_GAME = Path(__file__).resolve().parents[1]
_MAP_CODE = ("world", "tiled", "core")


def dialogue_names(root: Path, compute: Callable[[], Names]) -> Names:
    """The node titles and variables, reused while the dialogue's bytes and
    the dialogue code stay the same."""
    code = sorted((_GAME / "dialogue").glob("*.py"))
    key = inputs_key("names", [*project_files(root), *code])
    stored = _load("names", key)
    if stored is not None:
        try:
            return _set(stored[0]), _set(stored[1])
        except TypeError:
            pass  # a damaged file: compute again
    names = compute()
    _store("names", key, [_list(names[0]), _list(names[1])])
    return names


def map_part(root: Path, names: Names, compute: Callable[[], MapPart]) -> MapPart:
    """The map findings and entry points, reused while nothing they depend
    on changed (see the module docstring)."""
    extra = _assets(root) + repr(_sorted(names))
    key = inputs_key(f"maps\n{extra}", _map_inputs(root))
    stored = _load("maps", key)
    if stored is not None:
        try:
            return [_finding(r) for r in stored[0]], [_point(p) for p in stored[1]]
        except (TypeError, ValueError, IndexError):
            pass  # a damaged file: compute again
    found, points = compute()
    if points is not None:
        rows = [[f.severity.value, f.file, f.message, f.where, f.hint] for f in found]
        _store("maps", key, [rows, [_point_row(p) for p in points]])
    return found, points


def _map_inputs(root: Path) -> list[Path]:
    maps = sorted(p for p in (root / "maps").rglob("*") if p.is_file())
    code = [p for pkg in _MAP_CODE for p in sorted((_GAME / pkg).glob("*"))]
    tools = [_GAME / "tools" / "check.py", Path(__file__).resolve()]
    return maps + [p for p in code if p.is_file()] + tools


def _assets(root: Path) -> str:
    """Every asset's path, size and time (images are only looked at)."""
    rows = []
    for path in sorted((root / "assets").rglob("*")):
        try:
            stat = path.stat()
        except OSError:
            continue
        rows.append(f"{path.as_posix()} {stat.st_size} {stat.st_mtime_ns}")
    return "\n".join(rows)


def _sorted(names: Names) -> tuple[list[str] | None, list[str] | None]:
    return _list(names[0]), _list(names[1])


def _list(values: set[str] | None) -> list[str] | None:
    return None if values is None else sorted(values)


def _set(values: list[str] | None) -> set[str] | None:
    return None if values is None else {str(v) for v in values}


def _finding(row: list) -> Finding:
    return Finding(Severity(row[0]), row[1], row[2], row[3], row[4])


def _point_row(point: EntryPoint) -> list[str]:
    return [point.node, point.requires, point.once, point.level, point.where]


def _point(row: list) -> EntryPoint:
    return EntryPoint(*(str(v) for v in row))


def _load(label: str, key: str) -> list | None:
    try:
        data = json.loads(read_text(cache_dir() / label / f"{key}.json"))
        return list(data) if isinstance(data, list) and len(data) == 2 else None
    except (OSError, ValueError, TypeError):
        return None


def _store(label: str, key: str, data: list) -> None:
    folder = cache_dir() / label
    try:
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{key}.json").write_text(json.dumps(data), "utf-8")
        old = sorted(folder.glob("*.json"), key=lambda p: p.stat().st_mtime)
        for path in old[:-KEEP]:
            path.unlink(missing_ok=True)
    except OSError:
        return
