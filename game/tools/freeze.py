"""A standalone build for players without Python: `python3 -m game.tools.freeze`.

Makes a one-folder PyInstaller build, `dist/smile-protocol/`, from a checkout
where the game is installed with the `freeze` extra
(`python3 -m pip install -e ".[freeze]"`). The content folders go in as
`game/content/` (the same copy the wheel build makes, setup.py's
`copy_content`), and the distribution's metadata goes in too, so the frozen
game reports the right version. Prints the folder and its size; exit status
is PyInstaller's.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from types import ModuleType

from game.core.paths import APP_NAME, checkout_root
from game.core.version import DISTRIBUTION


def load_setup_script(root: Path) -> ModuleType:
    """The checkout's setup.py as a module (its `setup()` call is guarded)."""
    spec = importlib.util.spec_from_file_location("smile_setup", root / "setup.py")
    if spec is None or spec.loader is None:
        raise FileNotFoundError(root / "setup.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def pyinstaller_command(root: Path, staged: Path, dist: Path, work: Path) -> list[str]:
    """The PyInstaller command line for a one-folder build of main.py."""
    content = staged / "game" / "content"
    return [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--onedir",
        "--name",
        APP_NAME,
        "--distpath",
        str(dist),
        "--workpath",
        str(work),
        "--specpath",
        str(work),
        "--paths",
        str(root),
        "--collect-submodules",
        "game",
        "--collect-data",
        "game",
        "--copy-metadata",
        DISTRIBUTION,
        "--add-data",
        f"{content}{os.pathsep}game/content",
        str(root / "main.py"),
    ]


def folder_size(folder: Path) -> int:
    """Total bytes of the files under `folder` (links not counted twice)."""
    files = (path for path in folder.rglob("*") if not path.is_symlink())
    return sum(path.stat().st_size for path in files if path.is_file())


def freeze(root: Path, dist: Path) -> int:
    """Build `dist/smile-protocol/` from the checkout at `root`; PyInstaller's exit."""
    with tempfile.TemporaryDirectory(prefix="smile-freeze-") as scratch:
        staged = Path(scratch) / "staged"
        load_setup_script(root).copy_content(root, staged)
        command = pyinstaller_command(root, staged, dist, Path(scratch) / "work")
        return subprocess.run(command, check=False).returncode


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="A one-folder PyInstaller build of the game."
    )
    parser.add_argument(
        "--dist", type=Path, default=Path("dist"), help="output folder (dist/)"
    )
    args = parser.parse_args(argv)
    status = freeze(checkout_root(), args.dist.resolve())
    if status == 0:
        folder = args.dist / APP_NAME
        print(f"{folder}: {folder_size(folder) / 1e6:.1f} MB")
    return status


if __name__ == "__main__":
    sys.exit(main())
