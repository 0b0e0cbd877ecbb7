"""Crash-safe file replacement that keeps the previous version as `<name>.bak`.

Order of operations in `write_atomic(path, data)`:

1. the new bytes go to a fresh temporary file in the same directory, which is
   flushed and fsynced (a complete file before any name points at it);
2. if `path` exists, a hard link to it (or, where links are unsupported, an
   fsynced copy) is made under a temporary name and `os.replace`d onto
   `<name>.bak` -- so the old version becomes the backup while `path` itself
   never disappears;
3. the temporary file is `os.replace`d onto `path`;
4. the directory is fsynced so both renames survive a power cut.

Each step is one atomic rename of a complete file, so at every instant `path`
is the old or the new version and `<name>.bak` the older or the old one; a
SIGKILL anywhere leaves at worst a stray temporary file, removed by the next
write to the same path.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import time
from pathlib import Path

from game.core.reading import SAVE_BYTES, read_limited

BACKUP_SUFFIX = ".bak"
TEMP_SUFFIX = ".tmp"
# A write takes milliseconds; a temporary file this old was left by a kill.
STALE_SECONDS = 60.0


def backup_path(path: Path) -> Path:
    """Where `write_atomic` keeps the version before the current one."""
    return path.with_name(path.name + BACKUP_SUFFIX)


def write_atomic(path: Path, data: bytes, keep_backup: bool = True) -> None:
    """Replace `path` with `data` so that a crash never leaves it partial.

    Creates the directory if needed. Raises OSError (disk full, read-only
    folder, ...) with `path` untouched.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_temps(path)
    temp = _write_temp(path, data)
    try:
        if keep_backup and path.exists():
            _snapshot_to_backup(path)
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    fsync_directory(path.parent)


def remove_stale_temps(path: Path, older_than: float = STALE_SECONDS) -> None:
    """Delete temporary files left by writes to `path` that were killed.
    Only old ones: a fresh one may belong to another running copy of the
    game writing the same slot right now."""
    now = time.time()
    for stray in path.parent.glob(f".{path.name}.*{TEMP_SUFFIX}"):
        with contextlib.suppress(OSError):
            if now - stray.stat().st_mtime >= older_than:
                stray.unlink()


def fsync_directory(directory: Path) -> None:
    """Make renames in `directory` durable (a no-op where unsupported)."""
    if os.name != "posix":
        return  # Windows cannot open a directory; NTFS journals renames itself.
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _temp_name(path: Path) -> str:
    # The leading dot and the suffix let listings and `remove_stale_temps`
    # recognise leftovers of this path only.
    fd, name = tempfile.mkstemp(
        prefix=f".{path.name}.", suffix=TEMP_SUFFIX, dir=path.parent
    )
    os.close(fd)
    return name


def _write_temp(path: Path, data: bytes) -> str:
    name = _temp_name(path)
    try:
        with open(name, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(name)
        raise
    return name


def _snapshot_to_backup(path: Path) -> None:
    """Point `<name>.bak` at the current contents of `path`, atomically."""
    staged = _temp_name(path)
    os.unlink(staged)  # os.link needs the name to be free
    try:
        os.link(path, staged)
    except OSError:
        # No hard links here (some filesystems): an fsynced copy is as safe.
        _copy_durably(path, staged)
    try:
        os.replace(staged, backup_path(path))
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(staged)
        raise


def _copy_durably(source: Path, target: str) -> None:
    with open(target, "wb") as handle:
        handle.write(read_limited(source, SAVE_BYTES))
        handle.flush()
        os.fsync(handle.fileno())
