"""`smile-protocol --version` reports the distribution's version."""

from importlib import metadata

import pytest

from game.core import version
from game.core.options import parse_options


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
