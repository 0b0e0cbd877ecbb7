"""`smile-protocol --version` reports the distribution's version."""

import os
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pytest

from game.core import version
from game.core.options import parse_options

ROOT = Path(__file__).resolve().parents[2]


def test_version_option_prints_the_installed_version(capsys, monkeypatch):
    monkeypatch.setattr(metadata, "version", lambda name: "9.8.7")
    with pytest.raises(SystemExit) as exit:
        parse_options(["--version"])
    assert exit.value.code == 0
    assert capsys.readouterr().out.strip() == "smile-protocol 9.8.7"


def test_a_source_tree_never_installed_reads_its_pyproject(monkeypatch):
    def not_installed(name):
        raise metadata.PackageNotFoundError(name)

    monkeypatch.setattr(metadata, "version", not_installed)
    assert version.game_version() == version.source_tree_version()
    assert version.game_version()[0].isdigit()


def test_without_metadata_or_pyproject_the_version_is_unknown(monkeypatch, tmp_path):
    monkeypatch.setattr(version, "checkout_root", lambda: tmp_path)
    assert version.source_tree_version() == "unknown"


def test_the_command_prints_only_the_version(tmp_path):
    env = {key: value for key, value in os.environ.items() if "PYGAME" not in key}
    shown = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys; from game.launch import main; sys.exit(main(['--version']))",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert shown.stdout.strip() == f"smile-protocol {version.game_version()}"
