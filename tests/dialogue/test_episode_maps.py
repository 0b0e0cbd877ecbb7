"""The episode maps hand the dialogue checker their entry points, and
episode 1 passes the story search with them (issue 7: every line reachable)."""

from __future__ import annotations

import pytest

from game.core.paths import project_root
from game.dialogue.check import check_project
from game.tiled.project import load_project
from game.tools.check import check_file, content_files, knowledge, story_entry_points

ROOT = project_root()


@pytest.fixture(scope="module")
def entry_points():
    if not list((ROOT / "maps" / "ep1").glob("*.tmx")):
        pytest.skip("the episode 1 maps are not there yet")
    know = knowledge(ROOT, load_project(ROOT / "maps" / "smile.tiled-project"))
    worlds: list = []
    for path in content_files(ROOT):
        if path.suffix == ".tmx":
            check_file(path, know, worlds)
    return story_entry_points(ROOT, worlds)


def test_map_objects_become_entry_points_with_requires_and_once_keys(entry_points):
    by_node = {p.node: p for p in entry_points}
    launch = by_node["Ep1_Launch"]
    assert launch.requires.strip() and launch.once.startswith("ep1/lobby.tmx#")
    assert by_node["Ep1_Malik"].once == ""
    assert all("maps/sample" not in p.where for p in entry_points)


def test_episode_one_has_no_findings_with_its_maps(entry_points):
    assert [f.format() for f in check_project(ROOT, entry_points)] == []
