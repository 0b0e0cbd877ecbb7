"""Path questions asked again and again while maps load, answered once per
`one_read_per_file` block (game/core/run_memo.py): a map's instances and
tileset references name the same few files. Outside such a block each call
asks the file system, so the game and hot reload always see files as they
are now.
"""

from __future__ import annotations

from pathlib import Path

from game.core.run_memo import remembered
from game.tiled.xmlio import is_file


def resolved(path: Path) -> Path:
    """`path.resolve()`."""
    return remembered(("resolved", path), path.resolve)


def file_exists(path: Path) -> bool:
    """`is_file(path)`: an existing regular file (False for anything else)."""
    return remembered(("is_file", path), lambda: is_file(path))
