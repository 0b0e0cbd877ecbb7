"""The dialogue checker's results, cached between runs by content hash.

Contract: `cached_check_project(root, entry_points)` returns exactly what
`check_project` returns (with the #line: id warnings), from a cache file
when nothing it depends on has changed since a run stored it: the bytes of
every dialogue file, of speakers.json, the portrait mood files and the
character files, the entry points (with where they are on the maps), and
the source of the dialogue package itself (a code change empties the
cache). Files live in
SMILE_PROTOCOL_CACHE_DIR, or else the user cache folder (platformdirs); a
cache that cannot be read or written is ignored. At most KEEP results are
kept, and KEEP_PARTS story-part results (small) in a `parts` subfolder.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable
from pathlib import Path

import platformdirs

from game.core.findings import Finding, Severity
from game.core.reading import MAP_BYTES, read_limited, read_text
from game.dialogue.check import Entries, check_project, project_files
from game.dialogue.search_memo import PartMemo
from game.dialogue.speakers import SPEAKERS_FILE

CACHE_ENV = "SMILE_PROTOCOL_CACHE_DIR"
KEEP = 16
KEEP_PARTS = 256
_SOURCES = ("dialogue/speakers.json", "assets/portraits", "assets/characters")


def cache_dir() -> Path:
    override = os.environ.get(CACHE_ENV)
    if override:
        return Path(override) / "check"
    return platformdirs.user_cache_path("smile-protocol", appauthor=False) / "check"


def code_key() -> str:
    """A hash of the dialogue package's source (the checker's code)."""
    digest = hashlib.sha256()
    for path in sorted(Path(__file__).resolve().parent.glob("*.py")):
        digest.update(path.name.encode())
        digest.update(read_limited(path, MAP_BYTES))
    return digest.hexdigest()


def content_key(root: Path, entry_points: Entries | None) -> str:
    """A hash of everything the dialogue checker's result depends on."""
    digest = hashlib.sha256(code_key().encode())
    for path in _inputs(root):
        digest.update(path.as_posix().encode())
        digest.update(hashlib.sha256(read_limited(path, MAP_BYTES)).digest())
    digest.update(repr(sorted(map(repr, entry_points or ()))).encode())
    return digest.hexdigest()


def _inputs(root: Path) -> Iterable[Path]:
    yield from project_files(root)
    yield from sorted(root.joinpath("dialogue").glob(f"ep*/{SPEAKERS_FILE}"))
    for name in _SOURCES:
        path = root / name
        if path.is_dir():
            yield from sorted(path.glob("*.json"))
        elif path.is_file():
            yield path


def cached_check_project(
    root: Path, entry_points: Entries | None = None, folder: Path | None = None
) -> list[Finding]:
    """`check_project(root, entry_points, line_ids=True)`, cached by
    content hash; on a miss, each story part's search is still reused when
    its own files are unchanged (PartMemo)."""
    points = list(entry_points or ())
    folder = folder or cache_dir()
    key = content_key(root, points)
    stored = load_findings(folder / f"{key}.json")
    if stored is not None:
        return stored
    memo = PartMemo(folder / "parts", code_key())
    findings = check_project(root, points, line_ids=True, memo=memo)
    store_findings(folder, key, findings, KEEP)
    _prune(folder / "parts", KEEP_PARTS)
    return findings


def load_findings(path: Path) -> list[Finding] | None:
    """Findings a run stored in `path`; None if it is absent or unreadable."""
    try:
        rows = json.loads(read_text(path))
        return [Finding(Severity(r[0]), r[1], r[2], r[3], r[4]) for r in rows]
    except (OSError, ValueError, TypeError, IndexError):
        return None


def store_findings(folder: Path, key: str, findings: list[Finding], keep: int) -> None:
    """Store `findings` as `folder/key.json`, keeping the `keep` newest."""
    rows = [[f.severity.value, f.file, f.message, f.where, f.hint] for f in findings]
    try:
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{key}.json").write_text(json.dumps(rows), encoding="utf-8")
        _prune(folder, keep)
    except OSError:
        return


def _prune(folder: Path, keep: int) -> None:
    try:
        old = sorted(folder.glob("*.json"), key=lambda p: p.stat().st_mtime)
        for path in old[:-keep]:
            path.unlink(missing_ok=True)
    except OSError:
        return
