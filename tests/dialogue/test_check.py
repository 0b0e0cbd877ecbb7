from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from game.art.palette import load_palette
from game.core.paths import project_root
from game.dialogue.check import (
    check_files,
    check_project,
    node_titles,
    project_files,
)
from game.dialogue.speakers import load_speakers
from game.dialogue.story_parts import EntryPoint

SAMPLE = project_root() / "dialogue" / "sample" / "sample.yarn"
FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture
def root(tmp_path: Path) -> Path:
    """A project root with speakers and portraits for Ortho and Malik."""
    (tmp_path / "dialogue").mkdir()
    speakers = json.loads((project_root() / "dialogue" / "speakers.json").read_text())
    speakers["Announcer"] = {"portrait": None, "colour": "silver"}  # a voice, no face
    (tmp_path / "dialogue" / "speakers.json").write_text(json.dumps(speakers))
    portraits = tmp_path / "assets" / "portraits"
    portraits.mkdir(parents=True)
    for name in ("ortho", "malik", "iris"):
        moods = {
            m: i for i, m in enumerate(("neutral", "happy", "worried", "determined"))
        }
        (portraits / f"{name}.json").write_text(json.dumps({"moods": moods}))
    return tmp_path


def write(root: Path, name: str, text: str) -> Path:
    path = root / "dialogue" / name
    path.write_text(text)
    return path


def messages(findings) -> list[str]:
    return [f"{f.severity.value} {f.where}: {f.message}" for f in findings]


def test_the_sample_passes_every_check(root):
    target = root / "dialogue" / "sample"
    target.mkdir()
    shutil.copy(SAMPLE, target)
    assert messages(check_files([target / "sample.yarn"], root)) == []


FINISHED = " (the story search tried every playthrough)"


def test_the_story_search_finds_a_planted_unreachable_line(root):
    write(
        root,
        "a.yarn",
        'title: Declarations\n---\n<<declare $mood = "calm">>\n===\n'
        "title: Start\ntags: entry\n---\n"
        '-> Calm down\n    <<set $mood = "calm">>\n'
        '-> Tense up\n    <<set $mood = "tense">>\n\n'
        '<<if $mood == "angry">>\n    Planted line.\n<<endif>>\nEnd.\n===\n',
    )
    assert messages(check_project(root)) == [
        "WARN line 14 col 5: this line is never reached in any playthrough" + FINISHED
    ]


def test_a_line_behind_many_talks_is_reachable_in_a_playthrough(root):
    # Five talks choosing "Up" reach it: the story carries over between talks.
    write(
        root,
        "a.yarn",
        "title: Declarations\n---\n<<declare $n = 1>>\n===\n"
        "title: Start\ntags: entry\n---\n-> Up\n    <<set $n += 1>>\n-> Stay\n\n"
        "<<if $n > 5>>\n    Reached at last.\n<<endif>>\nEnd.\n===\n",
    )
    assert messages(check_project(root)) == []


def test_a_search_that_hits_its_budget_names_the_node_to_split(root):
    # $n grows without end, so the search cannot try every playthrough: one
    # finding at the node, not a guess about each line it did not reach.
    write(
        root,
        "a.yarn",
        "title: Declarations\n---\n<<declare $n = 1>>\n===\n"
        "title: Start\ntags: entry\n---\n<<set $n += 1>>\n"
        "<<if $n < 0>>\n    Never.\n<<endif>>\nEnd.\n===\n",
    )
    (finding,) = check_project(root)
    assert finding.where == "line 5 col 1"
    assert finding.message.startswith("too many branches in Start (dialogue/a.yarn:5)")
    assert "stopped at its budget" in finding.message
    assert finding.message.endswith(
        "1 line(s) of this part of the story unchecked (first: dialogue/a.yarn:10)"
    )
    assert "split it" in finding.hint


def test_map_requires_and_once_triggers_decide_what_runs(root):
    write(
        root,
        "a.yarn",
        "title: Declarations\n---\n<<declare $stage = 0>>\n===\n"
        "title: Arrive\n---\n<<if $stage < 2>>\n<<set $stage += 1>>\n<<endif>>\n"
        "Hello.\n===\n"
        "title: Desk\n---\n<<if $stage >= 2>>\n    Second visit.\n<<endif>>\n"
        "<<if $stage == 0>>\n    Before the arrival.\n<<endif>>\nDesk.\n===\n",
    )
    arrive_once = EntryPoint("Arrive", "", "hall.tmx#3")
    desk = EntryPoint("Desk", "$stage >= 1")
    never = ": this line is never reached in any playthrough" + FINISHED
    assert messages(check_project(root, [arrive_once, desk])) == [
        "WARN line 15 col 5" + never,
        "WARN line 18 col 5" + never,
    ]
    again = EntryPoint("Arrive")  # not once: a second arrival reaches line 15
    assert messages(check_project(root, [again, desk])) == [
        "WARN line 18 col 5" + never
    ]


def test_a_broken_requires_is_reported_at_its_map_object(root):
    write(root, "a.yarn", "title: Desk\n---\nDesk.\n===\n")
    point = EntryPoint("Desk", "$nope > 1", where="maps/ep1/lobby.tmx › #4 desk")
    (finding,) = check_project(root, [point])
    assert finding.is_error and finding.file == "maps/ep1/lobby.tmx › #4 desk"
    assert "undeclared variable $nope" in finding.message


def test_unreachable_nodes_and_entry_points(root):
    write(root, "a.yarn", "title: Talk\n---\nHi\n===\ntitle: Lost\n---\nHo\n===\n")
    assert messages(check_project(root, {"Talk"})) == [
        "WARN line 5 col 1: node Lost is never run: no map object or node leads to it"
    ]
    assert node_titles(root) == {"Talk", "Lost"}


def test_a_loop_without_exit_cannot_end(root):
    write(
        root, "a.yarn", "title: Start\ntags: entry\n---\nAgain.\n<<jump Start>>\n===\n"
    )
    assert messages(check_project(root)) == [
        "ERROR line 1 col 1: node Start cannot end: every path loops forever"
    ]


def test_unused_variables_and_hideable_option_groups(root):
    write(
        root,
        "a.yarn",
        "title: Declarations\n---\n<<declare $unused = 1>>\n"
        "<<declare $f = true>>\n===\n"
        "title: Start\ntags: entry\n---\n-> A <<if $f>>\n-> B <<once>>\n===\n",
    )
    assert messages(check_project(root)) == [
        "WARN line 3 col 11: $unused is declared but never used",
        "WARN line 9 col 1: every option in this group can be hidden",
    ]


def test_speakers_and_moods_need_portraits(root):
    write(
        root,
        "a.yarn",
        "title: Start\ntags: entry\n---\nStranger: Hi\nOrtho: Hi #mood:furious\n"
        "Sandra: Hi\nPatient: Ow #mood:sad\nAnnouncer: Next, please.\n===\n",
    )
    assert messages(check_project(root)) == [
        "ERROR line 4 col 1: unknown speaker 'Stranger'",
        "ERROR line 5 col 1: Ortho has no mood 'furious'",
        "ERROR line 6 col 1: Sandra's portrait 'sandra' is missing",
        "ERROR line 7 col 1: Patient has no portrait, so no #mood:sad",
    ]


def test_syntax_errors_become_findings_naming_file_and_position(root):
    write(root, "a.yarn", "title: Start\n---\n<<if $x>>\n===\n")
    (finding,) = check_project(root)
    assert finding.file == "dialogue/a.yarn" and finding.where == "line 3 col 1"
    assert finding.is_error and "never closed" in finding.message


def test_type_and_reference_errors_are_all_reported(root):
    write(
        root,
        "a.yarn",
        "title: Start\ntags: entry\n---\n<<jump X>>\n<<dance>>\n{$y}\n===\n",
    )
    assert len([f for f in check_project(root) if f.is_error]) == 3


def plans_entry_points() -> list[EntryPoint]:
    """Every episode's entry table in fixtures/ (epN_entry_points.json)."""
    return [
        EntryPoint(**item)
        for path in sorted(FIXTURES.glob("ep*_entry_points.json"))
        for item in json.loads(path.read_text())["entry_points"]
    ]


def test_the_whole_dialogue_folder_passes_every_check_with_the_plans_entries():
    findings = check_project(project_root(), plans_entry_points())
    assert [f.format() for f in findings] == []


def test_the_project_files_include_subfolders():
    names = {
        p.relative_to(project_root()).as_posix() for p in project_files(project_root())
    }
    assert {"dialogue/game.yarn", "dialogue/ep1/main.yarn"} <= names
    assert "dialogue/sample/sample.yarn" in names


def test_every_speaker_of_episode_one_has_a_colour_from_the_palette():
    palette = load_palette()
    speakers, problems = load_speakers(project_root())
    assert problems == []
    cast = {"June", "Omar", "Bea", "Tomas", "Ines Calder", "Receptionist"}
    assert cast <= set(speakers)
    assert all(s.colour in palette.names for s in speakers.values())
    assert speakers["Hygienist"].portrait == "staff_1"


def test_a_line_planted_in_episode_one_is_proved_unreachable(tmp_path: Path):
    shutil.copytree(project_root() / "dialogue", tmp_path / "dialogue")
    (tmp_path / "assets").symlink_to(project_root() / "assets")
    main = tmp_path / "dialogue" / "ep1" / "main.yarn"
    anchor = "#line:ep1_0073\n"
    planted = "Malik: Planted. <<if $ep1_stage == 9>> #line:ep1_9999\n"
    text = main.read_text()
    main.write_text(text.replace(anchor, anchor + planted))
    planted_line = text[: text.index(anchor)].count("\n") + 2
    (finding,) = check_project(tmp_path, plans_entry_points())
    assert finding.file == "dialogue/ep1/main.yarn"
    assert finding.where == f"line {planted_line} col 1"
    assert finding.message.endswith(FINISHED)


def test_every_speaker_has_a_role_for_the_name_plate():
    speakers, problems = load_speakers(project_root())
    assert problems == []
    assert all(s.role for s in speakers.values())
    assert speakers["Ines Calder"].role == "Eastside Care Watch"


def test_a_role_that_is_not_text_is_reported(tmp_path: Path):
    (tmp_path / "dialogue").mkdir()
    (tmp_path / "dialogue" / "speakers.json").write_text(
        '{"Elara": {"portrait": null, "colour": "mist", "role": 5}}'
    )
    speakers, (problem,) = load_speakers(tmp_path)
    assert speakers == {}
    assert "role" in problem.format()


def test_a_speaker_without_a_role_has_none(tmp_path: Path):
    (tmp_path / "dialogue").mkdir()
    (tmp_path / "dialogue" / "speakers.json").write_text(
        '{"Elara": {"portrait": null, "colour": "mist"}}'
    )
    speakers, problems = load_speakers(tmp_path)
    assert problems == [] and speakers["Elara"].role is None


def test_a_bark_node_is_reachable_without_a_map_naming_it(tmp_path):
    yarn = tmp_path / "dialogue" / "barks.yarn"
    yarn.parent.mkdir()
    yarn.write_text("title: Bystander\ntags: bark\n---\nLovely day. #line:b1\n===\n")
    found = [f.format() for f in check_files([yarn], tmp_path)]
    assert not [x for x in found if "never run" in x]


def test_a_choice_in_a_bark_node_is_a_warning(tmp_path):
    yarn = tmp_path / "dialogue" / "barks.yarn"
    yarn.parent.mkdir()
    yarn.write_text(
        "title: Bystander\ntags: bark\n---\nHi. #line:b1\n-> Wave #line:b2\n===\n"
    )
    found = [f.format() for f in check_files([yarn], tmp_path)]
    assert [x for x in found if "bark node Bystander shows only its lines" in x]
