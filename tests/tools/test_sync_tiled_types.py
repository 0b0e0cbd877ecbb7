"""The committed Tiled project lists the game's current ids."""

from __future__ import annotations

import json

from game.core.paths import project_root
from game.tools import sync_tiled_types as sync


def test_committed_project_file_is_up_to_date():
    path = project_root() / "maps" / "smile.tiled-project"
    current = path.read_text(encoding="utf-8")
    assert sync.dump(sync.synced(json.loads(current), project_root())) == current, (
        "run: python -m game.tools.sync_tiled_types"
    )


def test_dialogue_titles_and_levels_are_collected(tmp_path):
    (tmp_path / "dialogue").mkdir()
    (tmp_path / "dialogue" / "a.yarn").write_text("title: Clinic.Start\n---\nHi\n===\n")
    (tmp_path / "maps" / "minigame").mkdir(parents=True)
    (tmp_path / "maps" / "minigame" / "ep1_teach.tmx").write_text("<map/>")
    values = sync.generated_values(tmp_path)
    assert values["DialogueNode"] == ["Clinic.Start"]
    assert values["MinigameLevel"] == ["minigame/ep1_teach.tmx"]


def test_sync_keeps_each_enums_id(tmp_path):
    project = {
        "propertyTypes": [{"id": 42, "name": "NpcId", "type": "enum", "values": []}]
    }
    (tmp_path / "assets" / "characters").mkdir(parents=True)
    (tmp_path / "assets" / "characters" / "malik.json").write_text("{}")
    out = sync.synced(project, tmp_path)
    assert out["propertyTypes"][0] == {
        "id": 42,
        "name": "NpcId",
        "type": "enum",
        "values": ["malik"],
    }


def test_declarations_nodes_are_left_out_of_the_dropdown(tmp_path):
    (tmp_path / "dialogue").mkdir()
    (tmp_path / "dialogue" / "a.yarn").write_text(
        "title: Ep9_Declarations\n---\n<<declare $x = 1>>\n===\n"
        "title: Declarations\n---\n===\ntitle: Ep9_Start\n---\nHi\n===\n"
    )
    assert sync.generated_values(tmp_path)["DialogueNode"] == ["Ep9_Start"]


def test_check_mode_names_the_command_when_the_project_is_stale(tmp_path, capsys):
    (tmp_path / "dialogue").mkdir()
    (tmp_path / "dialogue" / "a.yarn").write_text("title: New\n---\nHi\n===\n")
    (tmp_path / "maps").mkdir()
    project = {"propertyTypes": [{"id": 1, "name": "DialogueNode", "type": "enum"}]}
    (tmp_path / "maps" / "smile.tiled-project").write_text(json.dumps(project))
    assert sync.main(["--check", "--root", str(tmp_path)]) == 1
    assert "run python -m game.tools.sync_tiled_types" in capsys.readouterr().out
