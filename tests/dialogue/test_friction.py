"""Writer friction found when a conversation was written from the guide
alone: each fix, one behaviour a test."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from helpers import DECLS, program

from game.core.paths import project_root
from game.dialogue import reach
from game.dialogue.actors import actor_keys
from game.dialogue.check import check_files
from game.dialogue.check_cache import cached_check_project, content_key
from game.dialogue.speakers import load_speakers
from game.tools.check import dialogue_dropdown
from game.tools.check import main as check_main
from game.tools.talk import main as talk

HIDDEN = (
    "title: Start\n---\nPick. #line:p\n-> Secret <<if $flag>> #line:s\n"
    "    Found it. #line:f\n-> Plain #line:a\n    Plain it is. #line:b\n===\n"
)


def _draft(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "draft.yarn"
    path.write_text(DECLS + text, encoding="utf-8")
    return path


def test_an_escaped_colon_keeps_narration_narration():
    content = program("Visits so far\\: 3. #line:v\n").nodes["Start"].body[0].content
    assert content.speaker is None
    assert content.segments[0].text == "Visits so far: 3."


def test_an_unknown_speaker_hints_that_a_colon_made_it(tmp_path):
    path = _draft(
        tmp_path, "title: Start\ntags: entry\n---\nNote: all fine. #line:n\n===\n"
    )
    found = [f for f in check_files([path], project_root()) if "speaker" in f.message]
    assert "write \\: instead" in found[0].hint


def test_a_line_without_a_line_id_gets_a_warning(tmp_path):
    path = _draft(tmp_path, "title: Start\ntags: entry\n---\nHello there.\n===\n")
    found = check_files([path], project_root(), line_ids=True)
    found = [f for f in found if "#line:" in f.message]
    assert [(f.where, f.is_error) for f in found] == [("line 10 col 1", False)]


def test_check_accepts_a_single_yarn_file(tmp_path, capsys):
    path = _draft(tmp_path, "title: Start\n---\nHello there.\n===\n")
    assert check_main([str(path)]) == 0
    out = capsys.readouterr().out
    assert "this line has no #line: id" in out
    assert out.splitlines()[-1].startswith("0 errors")


def test_check_of_a_project_yarn_file_uses_the_project_declarations(capsys):
    assert check_main([str(project_root() / "dialogue" / "ep1" / "main.yarn")]) == 0
    assert capsys.readouterr().out.strip() == "0 errors, 0 warnings"


def test_talk_numbers_only_the_options_the_player_sees(tmp_path, capsys):
    path = _draft(tmp_path, HIDDEN)
    assert talk([str(path), "Start", "--choose", "1"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert "   -  Secret  [hidden: its condition is false]" in out
    assert "-> 1) Plain" in out and "Plain it is." in out


def test_the_dropdown_warning_names_the_command_to_run(tmp_path):
    shutil.copytree(project_root() / "dialogue", tmp_path / "dialogue")
    (tmp_path / "maps").mkdir()
    source = project_root() / "maps" / "smile.tiled-project"
    shutil.copy(source, tmp_path / "maps")
    (tmp_path / "dialogue" / "new.yarn").write_text("title: Brand_New\n---\nHi\n===\n")
    found = dialogue_dropdown(tmp_path)
    assert "lacks Brand_New" in found[0].message
    assert "python -m game.tools.sync_tiled_types" in found[0].hint


def test_cached_results_equal_fresh_ones_and_follow_the_content(tmp_path):
    root = tmp_path / "root"
    shutil.copytree(project_root() / "dialogue", root / "dialogue")
    (root / "assets").symlink_to(project_root() / "assets")
    cache = tmp_path / "cache"
    first = cached_check_project(root, ["SampleStart"], cache)
    assert len(list(cache.glob("*.json"))) == 1
    assert cached_check_project(root, ["SampleStart"], cache) == first
    key = content_key(root, ["SampleStart"])
    (root / "dialogue" / "game.yarn").write_text(
        (root / "dialogue" / "game.yarn").read_text() + "\n// edited\n"
    )
    assert content_key(root, ["SampleStart"]) != key
    assert json.loads((cache / f"{key}.json").read_text()) is not None


def test_a_part_search_is_reused_when_only_another_episode_changes(
    tmp_path, monkeypatch
):
    root = tmp_path / "root"
    shutil.copytree(project_root() / "dialogue", root / "dialogue")
    (root / "assets").symlink_to(project_root() / "assets")
    cache = tmp_path / "cache"
    searched: list[str] = []
    original = reach._PartSearch.run

    def run(self, budget):
        searched.append(self.entries[0].point.node)
        return original(self, budget)

    monkeypatch.setattr(reach._PartSearch, "run", run)
    first = cached_check_project(root, ["SampleStart", "Ep1_Malik"], cache)
    everything = sorted(searched)
    assert "SampleStart" in everything and len(everything) >= 2
    searched.clear()
    npcs = root / "dialogue" / "ep1" / "npcs.yarn"
    npcs.write_text(npcs.read_text() + "\n// edited\n")
    assert cached_check_project(root, ["SampleStart", "Ep1_Malik"], cache) == first
    assert "SampleStart" not in searched and searched


ACTORS = (
    "title: Start\ntags: entry\n---\n<<move Ortho 2 3>> \n<<face ortho up>>\n"
    "<<camera player>>\n<<face Bob left>>\n===\n"
)


def test_move_and_face_accept_a_speaker_name_an_npc_id_or_player(tmp_path):
    found = check_files([_draft(tmp_path, ACTORS)], project_root())
    assert [f.message for f in found if "actor" in f.message] == [
        "<<face>> names an unknown actor 'Bob'"
    ]


def test_an_unknown_actor_is_an_error_at_its_line(tmp_path):
    found = check_files([_draft(tmp_path, ACTORS)], project_root())
    bob = next(f for f in found if "'Bob'" in f.message)
    assert (bob.file, bob.where, bob.is_error) == (
        f"{tmp_path.as_posix()}/draft.yarn",
        "line 13 col 1",
        True,
    )


def test_a_speaker_name_stands_for_the_character_of_its_portrait():
    speakers, _ = load_speakers(project_root())
    assert actor_keys("Receptionist", speakers) == ("Receptionist", "staff_2")
    assert actor_keys("ortho", speakers) == ("ortho",)
