"""Build step: ship the content folders inside the package.

`assets/`, `maps/` and `dialogue/` stay where designers and writers edit them,
beside `game/`. Building a wheel (or a normal `pip install .`) copies them into
the built package as `game/content/`, where `game.core.paths` finds them when
no checkout sits beside the package. Editable installs copy nothing: they run
on the checkout's own folders. Everything else is in pyproject.toml.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

CONTENT_FOLDERS = ("assets", "maps", "dialogue")
CONTENT_TARGET = Path("game") / "content"
# Editor sessions, caches and build leftovers are not content.
IGNORED = shutil.ignore_patterns(
    "__pycache__", "*.pyc", "*.tiled-session", ".*", "*.broken", "project-python*"
)


def copy_content(source: Path, package_root: Path) -> list[Path]:
    """Copy the content folders under `package_root/game/content`; return them."""
    target = package_root / CONTENT_TARGET
    copied = []
    for name in CONTENT_FOLDERS:
        destination = target / name
        shutil.rmtree(destination, ignore_errors=True)
        shutil.copytree(source / name, destination, ignore=IGNORED)
        copied.append(destination)
    return copied


class BuildPyWithContent(build_py):
    """setuptools' build_py, then the content folders into the built package."""

    def run(self) -> None:
        super().run()
        if not self.editable_mode:
            copy_content(Path(__file__).resolve().parent, Path(self.build_lib))


if __name__ == "__main__":
    setup(cmdclass={"build_py": BuildPyWithContent})
