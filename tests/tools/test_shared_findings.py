"""A broken tileset that several maps use is one message, not one per map."""

from __future__ import annotations

import shutil
from pathlib import Path

from game.core.findings import Finding, Severity
from game.core.paths import project_root
from game.tools.check import run_checks
from game.tools.shared_findings import merge_shared

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "maps"


def test_two_maps_through_one_broken_tileset_give_one_message(tmp_path):
    for name in ("basic.tmx", "fixture.png"):
        shutil.copy(FIXTURES / name, tmp_path / name)
    shutil.copytree(FIXTURES / "templates", tmp_path / "templates")
    tileset = (FIXTURES / "fixture.tsx").read_text(encoding="utf-8")
    broken = tileset.replace('tilewidth="16"', 'tilewidth="abc"', 1)
    (tmp_path / "fixture.tsx").write_text(broken, encoding="utf-8")
    shutil.copy(tmp_path / "basic.tmx", tmp_path / "second.tmx")
    findings = run_checks(
        [tmp_path / "basic.tmx", tmp_path / "second.tmx"], project_root()
    )
    about_tileset = [f for f in findings if 'tilewidth="abc"' in f.message]
    assert len(about_tileset) == 1
    assert "also used by" in about_tileset[0].where
    assert "second.tmx" in about_tileset[0].where


def test_problems_of_a_map_itself_are_all_kept():
    one = Finding(Severity.ERROR, "a.tmx", "bad", "Entities › #1")
    two = Finding(Severity.ERROR, "b.tmx", "bad", "Entities › #1")
    assert merge_shared([one, two]) == [one, two]
