"""Shared by the robustness tests: xml_mutations.py (importlib mode does not
put test folders on sys.path, so this folder is added here) and a copy of
the project's maps to mutate."""

import shutil
import sys
from pathlib import Path

import pygame
import pytest

from game.core.paths import maps_dir, project_root
from game.core.story import StoryState
from game.tools.screens import headless_context

sys.path.insert(0, str(Path(__file__).parent))


@pytest.fixture(scope="module")
def project_copy(tmp_path_factory) -> Path:
    """A temporary project with a copy of maps/ whose tilesets still find the
    project's art."""
    root = tmp_path_factory.mktemp("project")
    shutil.copytree(maps_dir(), root / "maps")
    (root / "assets").symlink_to(project_root() / "assets")
    return root


@pytest.fixture(scope="module")
def world(project_copy):
    """The copied project and a headless game context to play its maps in."""
    ctx = headless_context(seed=1)
    ctx.story = StoryState()
    yield project_copy, ctx
    pygame.display.quit()
