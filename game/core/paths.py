"""Where things live: the game's content folders and the user's directories.

Content (assets, maps, dialogue) has one root. In a checkout it is the folder
beside the `game` package, so designers and writers edit it in place (`--dev`
reloads it). In an installed or frozen game it is the copy the build put in
the package, `game/content/`, found through `importlib.resources`. The user's
settings and saves go to platformdirs' directories, which the environment
variables SMILE_PROTOCOL_CONFIG_DIR and SMILE_PROTOCOL_DATA_DIR override
(tests point them at temporary folders).
"""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

import platformdirs

APP_NAME = "smile-protocol"
CONFIG_ENV = "SMILE_PROTOCOL_CONFIG_DIR"
DATA_ENV = "SMILE_PROTOCOL_DATA_DIR"
CONTENT_FOLDER = "content"
# Files only a checkout's content root has: they tell it from any other folder
# that happens to sit beside an installed package.
CHECKOUT_MARKERS = ("maps/smile.tiled-project", "dialogue/smile.yarnproject")


def checkout_root() -> Path:
    """The folder that holds `game/` itself (a checkout, or site-packages)."""
    return Path(__file__).resolve().parents[2]


def is_content_root(folder: Path) -> bool:
    """True when `folder` holds the project's maps and dialogue projects."""
    return all((folder / marker).is_file() for marker in CHECKOUT_MARKERS)


def packaged_root() -> Path:
    """The content copied into the package at build time (`game/content/`)."""
    return Path(str(resources.files("game") / CONTENT_FOLDER))


def project_root() -> Path:
    """The content root: holds `assets/`, `maps/` and `dialogue/`.

    The checkout's folders when they sit beside the package (a source tree or
    an editable install), otherwise the packaged copy.
    """
    checkout = checkout_root()
    if is_content_root(checkout):
        return checkout
    return packaged_root()


def assets_dir() -> Path:
    return project_root() / "assets"


def maps_dir() -> Path:
    return project_root() / "maps"


def dialogue_dir() -> Path:
    return project_root() / "dialogue"


def config_dir() -> Path:
    """The user's settings folder (not created here)."""
    override = os.environ.get(CONFIG_ENV)
    if override:
        return Path(override)
    return platformdirs.user_config_path(APP_NAME, appauthor=False)


def data_dir() -> Path:
    """The user's data folder for saves, the profile and screenshots."""
    override = os.environ.get(DATA_ENV)
    if override:
        return Path(override)
    return platformdirs.user_data_path(APP_NAME, appauthor=False)
