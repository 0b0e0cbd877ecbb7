"""The layering contract (pyproject.toml, DESIGN.md §1) holds and catches a breach."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
LINT = shutil.which("lint-imports")

pytestmark = pytest.mark.skipif(LINT is None, reason="import-linter is not installed")


def lint(folder: Path) -> subprocess.CompletedProcess[str]:
    """Run the project's import contracts over the `game` package in `folder`."""
    env = {**os.environ, "PYTHONPATH": str(folder)}
    return subprocess.run(
        [str(LINT), "--config", str(folder / "pyproject.toml"), "--no-cache"],
        cwd=folder,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def copy_of_the_game(tmp_path: Path) -> Path:
    shutil.copytree(ROOT / "game", tmp_path / "game")
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    return tmp_path


def test_the_game_keeps_every_import_contract():
    result = lint(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def test_an_engine_module_that_imports_a_scene_breaks_the_layers(tmp_path):
    folder = copy_of_the_game(tmp_path)
    runner = folder / "game" / "dialogue" / "runner.py"
    runner.write_text(runner.read_text() + "\nimport game.scenes.title  # breach\n")
    result = lint(folder)
    assert result.returncode != 0
    assert "game.dialogue.runner -> game.scenes.title" in result.stdout


def test_the_pure_core_may_not_import_pygame(tmp_path):
    folder = copy_of_the_game(tmp_path)
    story = folder / "game" / "core" / "story.py"
    story.write_text(story.read_text() + "\nimport pygame  # breach\n")
    result = lint(folder)
    assert result.returncode != 0
    assert "game.core.story -> pygame" in result.stdout
