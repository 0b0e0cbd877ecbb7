"""The game's version: from the installed distribution's metadata.

An installed game (wheel, pipx, editable) and a PyInstaller build made with
`game.tools.freeze` (which copies the metadata in) read it from
`importlib.metadata`; a bare source tree that was never installed reads
`pyproject.toml`.
"""

from __future__ import annotations

import tomllib
from importlib import metadata

from game.core.paths import checkout_root
from game.core.reading import read_text

DISTRIBUTION = "smile-protocol"
UNKNOWN = "unknown"


def source_tree_version() -> str:
    """The version in the checkout's pyproject.toml, or 'unknown'."""
    pyproject = checkout_root() / "pyproject.toml"
    try:
        project = tomllib.loads(read_text(pyproject))["project"]
        return str(project["version"])
    except (OSError, KeyError, ValueError):
        return UNKNOWN


def game_version() -> str:
    """The version players see (`smile-protocol --version`)."""
    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return source_tree_version()
