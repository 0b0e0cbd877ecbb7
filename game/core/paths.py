"""Where things live: the project's content folders and the user's directories.

Content (assets, maps, dialogue) sits beside the `game` package in the source
tree. The user's settings and saves go to platformdirs' directories, which the
environment variables SMILE_PROTOCOL_CONFIG_DIR and SMILE_PROTOCOL_DATA_DIR
override (tests point them at temporary folders).
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "smile-protocol"
CONFIG_ENV = "SMILE_PROTOCOL_CONFIG_DIR"
DATA_ENV = "SMILE_PROTOCOL_DATA_DIR"


def project_root() -> Path:
    """The folder that holds `game/`, `assets/`, `maps/` and `dialogue/`."""
    return Path(__file__).resolve().parents[2]


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
