"""Guarded reading: every content and user file is read through `read_limited`.

It refuses what is not a regular file (a folder, a FIFO, a device: reading
one could block forever) and anything larger than the caller's limit, before
a byte is read, with a message that names the file and says what to do.
The limits below are far above anything the game writes or ships.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

KB = 1024
MB = 1024 * KB
MAP_BYTES = 16 * MB  # a 1000x1000 map in CSV is about 12 MB
DIALOGUE_BYTES = 4 * MB  # episode 1's whole script is about 100 KB
SAVE_BYTES = 4 * MB  # a save with its thumbnail is about 40 KB
IMAGE_BYTES = 32 * MB
AUDIO_BYTES = 32 * MB  # the longest music track is about 2 MB
DATA_BYTES = 2 * MB  # a JSON or TOML data file; the largest shipped is ~60 KB


class UnreadableFile(OSError):
    """A file the game will not read; `str()` says which and why."""


def read_limited(path: Path, limit: int) -> bytes:
    """The file's bytes; FileNotFoundError if there is none, UnreadableFile if
    it is not a regular file, is larger than `limit` bytes or cannot be read."""
    info = _regular(path)
    if info.st_size > limit:
        raise UnreadableFile(
            f"{path}: {info.st_size // KB} KB is more than the {limit // KB} KB "
            "this kind of file may have; is it the right file?"
        )
    try:
        return path.read_bytes()
    except OSError as exc:
        raise UnreadableFile(f"{path}: cannot be read ({_why(exc)})") from None


def read_head(path: Path, count: int) -> bytes:
    """The first `count` bytes of a regular file (a header); the same refusals
    as `read_limited`, without reading the rest."""
    _regular(path)
    try:
        with path.open("rb") as handle:
            return handle.read(count)
    except OSError as exc:
        raise UnreadableFile(f"{path}: cannot be read ({_why(exc)})") from None


def read_text(path: Path, limit: int = DATA_BYTES) -> str:
    """The file's UTF-8 text, read as `read_limited` reads; a file that is not
    UTF-8 raises UnreadableFile too."""
    try:
        return read_limited(path, limit).decode("utf-8")
    except UnicodeDecodeError as exc:
        raise UnreadableFile(
            f"{path}: not UTF-8 text (byte {exc.start}); save it as UTF-8"
        ) from None


def _regular(path: Path) -> os.stat_result:
    """The file's stat; FileNotFoundError if missing, UnreadableFile if it is
    not a regular file or cannot be looked at."""
    try:
        info = path.stat()
    except FileNotFoundError:
        raise  # callers tell "missing" apart from "broken"
    except (OSError, ValueError) as exc:
        raise UnreadableFile(f"{path}: cannot be read ({_why(exc)})") from None
    if not stat.S_ISREG(info.st_mode):
        raise UnreadableFile(f"{path}: not a regular file; put a real file there")
    return info


def _why(exc: BaseException) -> str:
    return getattr(exc, "strerror", None) or str(exc)
