"""The standalone build: one PyInstaller folder that runs and knows its version."""

import os
import subprocess

import pytest

from game.core.paths import APP_NAME, checkout_root
from game.core.version import game_version
from game.tools.freeze import freeze, pyinstaller_command


def test_the_build_is_one_folder_with_the_content_and_the_metadata(tmp_path):
    command = pyinstaller_command(
        checkout_root(), tmp_path / "staged", tmp_path / "dist", tmp_path / "work"
    )
    assert "--onedir" in command and "--onefile" not in command
    assert command[command.index("--copy-metadata") + 1] == "smile-protocol"
    content = tmp_path / "staged" / "game" / "content"
    assert (
        command[command.index("--add-data") + 1] == f"{content}{os.pathsep}game/content"
    )
    assert command[-1] == str(checkout_root() / "main.py")


def test_the_frozen_game_reports_its_version_and_reaches_episode_one(tmp_path):
    pytest.importorskip("PyInstaller", reason="the freeze extra is not installed")
    assert freeze(checkout_root(), tmp_path / "dist") == 0
    program = tmp_path / "dist" / APP_NAME / APP_NAME
    env = dict(os.environ, SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="dummy")
    shown = subprocess.run(
        [str(program), "--version"], capture_output=True, text=True, cwd=tmp_path
    )
    assert shown.stdout.strip() == f"{APP_NAME} {game_version()}"
    shot = tmp_path / "frozen.png"
    run = [str(program), "--episode", "1", "--frames", "200", "--mute"]
    played = subprocess.run(
        [*run, "--screenshot", str(shot)], env=env, cwd=tmp_path, timeout=120
    )
    assert played.returncode == 0 and shot.stat().st_size > 0
