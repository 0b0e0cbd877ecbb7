"""Tiled's Validate and Play-here run in the project's interpreter, not python3."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LAUNCHER = ROOT / "maps" / "project-python"
POSIX_ONLY = pytest.mark.skipif(os.name != "posix", reason="a POSIX shell script")


def commands():
    project = json.loads((ROOT / "maps" / "smile.tiled-project").read_text("utf-8"))
    return {command["name"]: command for command in project["commands"]}


def test_validate_and_play_here_start_the_project_launcher():
    for name in ("Validate", "Play here"):
        assert commands()[name]["command"] == "%projectpath/project-python"


def test_the_launcher_is_executable():
    assert os.access(LAUNCHER, os.X_OK)


def run_launcher(env):
    result = subprocess.run(
        [str(LAUNCHER), "-c", "import sys; print(sys.executable)"],
        env={"PATH": os.environ["PATH"], **env},
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout.strip()


@POSIX_ONLY
def test_the_launcher_runs_the_interpreter_it_is_pointed_at():
    assert run_launcher({"SMILE_PROTOCOL_PYTHON": sys.executable}) == sys.executable


@POSIX_ONLY
def test_the_launcher_prefers_the_active_virtual_environment(tmp_path):
    venv_python = tmp_path / "bin" / "python"
    venv_python.parent.mkdir()
    venv_python.symlink_to(sys.executable)
    assert run_launcher({"VIRTUAL_ENV": str(tmp_path)}) == str(venv_python)
