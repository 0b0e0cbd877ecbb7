"""The map part of the check is remembered between runs: reused while
nothing it reads changed, worked out again when a map or a name changes."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from game.core.paths import project_root
from game.dialogue.check_cache import CACHE_ENV
from game.tools import check


@pytest.fixture
def root(tmp_path: Path, monkeypatch) -> Path:
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "cache"))
    made = tmp_path / "root"
    shutil.copytree(project_root() / "maps", made / "maps")
    shutil.copytree(project_root() / "dialogue", made / "dialogue")
    (made / "assets").symlink_to(project_root() / "assets")
    return made


@pytest.fixture
def map_runs(monkeypatch) -> list[int]:
    runs: list[int] = []
    original = check._check_maps

    def counted(root, know):
        runs.append(1)
        return original(root, know)

    monkeypatch.setattr(check, "_check_maps", counted)
    return runs


def test_an_unchanged_project_reuses_the_map_checks(root, map_runs):
    first = check.run_checks([], root)
    assert check.run_checks([], root) == first
    assert len(map_runs) == 1


def test_an_edited_map_is_checked_again(root, map_runs):
    check.run_checks([], root)
    lobby = root / "maps" / "ep1" / "lobby.tmx"
    lobby.write_text(lobby.read_text().replace('name="Entities"', 'name="Stuff"'))
    findings = check.run_checks([], root)
    assert len(map_runs) == 2
    assert any('no object layer "Entities"' in f.message for f in findings)


def test_a_dialogue_edit_that_keeps_every_name_reuses_the_map_checks(root, map_runs):
    check.run_checks([], root)
    npcs = root / "dialogue" / "ep1" / "npcs.yarn"
    npcs.write_text(npcs.read_text() + "\n// a writer's note\n")
    check.run_checks([], root)
    assert len(map_runs) == 1


def test_a_renamed_node_is_checked_against_the_maps_again(root, map_runs):
    check.run_checks([], root)
    npcs = root / "dialogue" / "ep1" / "npcs.yarn"
    npcs.write_text(npcs.read_text().replace("title: Ep1_Ortho\n", "title: Ep1_Orto\n"))
    findings = check.run_checks([], root)
    assert len(map_runs) == 2
    assert any('node "Ep1_Ortho" does not exist' in f.message for f in findings)
