"""Per-episode speaker tables: dialogue/epN/speakers.json over the shared one."""

from pathlib import Path

from game.dialogue.check import check_files
from game.dialogue.speakers import episode_of, load_speakers


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


def project(tmp_path: Path) -> Path:
    write(
        tmp_path / "dialogue" / "speakers.json",
        '{"Elara": {"portrait": null, "colour": "mist", "role": "Shared"},'
        ' "Nurse": {"portrait": null, "colour": "ice", "role": "Shared nurse"}}',
    )
    write(
        tmp_path / "dialogue" / "ep2" / "speakers.json",
        '{"Elara": {"portrait": null, "colour": "gold", "role": "Founder"},'
        ' "Jaxon": {"portrait": null, "colour": "lime", "role": "Advocate"}}',
    )
    return tmp_path


def test_an_episode_table_wins_over_a_shared_name_within_its_episode(tmp_path):
    speakers, problems = load_speakers(project(tmp_path), 2)
    assert problems == []
    assert speakers["Elara"].role == "Founder"
    assert speakers["Nurse"].role == "Shared nurse"


def test_another_episode_sees_only_the_shared_table(tmp_path):
    speakers, problems = load_speakers(project(tmp_path), 3)
    assert problems == []
    assert speakers["Elara"].role == "Shared" and "Jaxon" not in speakers


def test_without_an_episode_every_table_s_names_are_known(tmp_path):
    speakers, _ = load_speakers(project(tmp_path))
    assert {"Elara", "Nurse", "Jaxon"} <= set(speakers)


def test_a_broken_episode_table_is_reported_by_its_file(tmp_path):
    root = project(tmp_path)
    write(root / "dialogue" / "ep4" / "speakers.json", "{not json")
    speakers, (problem,) = load_speakers(root, 4)
    assert problem.file == "dialogue/ep4/speakers.json"
    assert speakers["Nurse"].role == "Shared nurse"


def test_a_file_s_episode_comes_from_its_folder():
    assert episode_of("dialogue/ep12/main.yarn") == 12
    assert episode_of("/home/a/proj/dialogue/ep3/npcs.yarn") == 3
    assert episode_of("dialogue/game.yarn") is None
    assert episode_of("dialogue/sample/sample.yarn") is None


def test_the_checker_reads_each_line_against_its_episode_s_table(tmp_path):
    root = project(tmp_path)
    node = "title: {name}\n---\nJaxon: Free care for all. #line:{name}_1\n===\n"
    ep2 = write(root / "dialogue" / "ep2" / "a.yarn", node.format(name="Two"))
    ep3 = write(root / "dialogue" / "ep3" / "a.yarn", node.format(name="Three"))
    found = [f for f in check_files([ep2, ep3], root) if "speaker" in f.message]
    assert [(f.file, f.message) for f in found] == [
        ("dialogue/ep3/a.yarn", "unknown speaker 'Jaxon'")
    ]
