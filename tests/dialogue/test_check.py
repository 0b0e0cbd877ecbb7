from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from game.dialogue.check import check_files, check_project, node_titles
from game.paths import project_root

SAMPLE = project_root() / "dialogue" / "sample" / "sample.yarn"


@pytest.fixture
def root(tmp_path: Path) -> Path:
    """A project root with speakers and portraits for Ortho and Malik."""
    (tmp_path / "dialogue").mkdir()
    shutil.copy(project_root() / "dialogue" / "speakers.json", tmp_path / "dialogue")
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


def test_the_explorer_finds_a_planted_unreachable_line(root):
    write(
        root,
        "a.yarn",
        "title: Declarations\n---\n<<declare $n = 1>>\n===\n"
        "title: Start\ntags: entry\n---\n-> Up\n    <<set $n += 1>>\n-> Stay\n"
        "<<if $n > 5>>\n    Planted line.\n<<endif>>\nEnd.\n===\n",
    )
    assert messages(check_project(root)) == [
        "WARN line 12 col 5: this line is never reached on any path"
    ]


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
        "Sandra: Hi\nPatient: Ow #mood:sad\n===\n",
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


def test_the_project_dialogue_folder_checks_without_errors():
    findings = check_project(project_root())
    assert [
        f.format() for f in findings if f.is_error and "portrait" not in f.message
    ] == []
