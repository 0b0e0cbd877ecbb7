"""`python -m game.tools.check`: contract-format messages naming file and object."""

from __future__ import annotations

import gc
import shutil
from pathlib import Path

import pytest

from game.core.run_memo import one_read_per_file
from game.tiled.run_paths import file_exists
from game.tools import check

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "maps"


def run(capsys, *names: str) -> tuple[int, list[str]]:
    status = check.main([str(FIXTURES / n) for n in names])
    return status, capsys.readouterr().out.strip().splitlines()


def test_broken_door_target_names_file_object_and_the_spawns_there(capsys):
    status, lines = run(capsys, "broken_door.tmx")
    assert status == 1
    line = next(x for x in lines if "from_twon" in x)
    assert line.startswith("ERROR tests/fixtures/maps/broken_door.tmx › Entities › #12")
    assert '"door_house" (Door) @ tile 0,3' in line
    assert "(spawns there: start)" in line
    assert any('target_map "nowhere.tmx" not found' in x for x in lines)


def test_unknown_class_suggests_the_right_one(capsys):
    _status, lines = run(capsys, "unknown_class.tmx")
    assert any(
        'unknown_class.tmx › Entities › #12 "nurse" (Npc)' in x
        and 'did you mean "NPC"' in x
        for x in lines
    )


def test_missing_image_names_the_map_then_the_tileset_and_image(capsys):
    _status, lines = run(capsys, "missing_image.tmx")
    assert lines[0].startswith(
        "ERROR tests/fixtures/maps/missing_image.tmx › "
        "tests/fixtures/maps/missing_image.tsx:"
    )
    assert '"not_there.png" not found' in lines[0]


def test_bad_xml_reports_line_and_column(capsys):
    _status, lines = run(capsys, "bad_xml.tmx")
    assert lines[0].startswith("ERROR tests/fixtures/maps/bad_xml.tmx › line 14 col 3:")


def test_infinite_map_is_an_error_with_the_fix(capsys):
    _status, lines = run(capsys, "infinite.tmx")
    assert "infinite.tmx: map is infinite" in lines[0]
    assert "Infinite" in lines[0]


def test_reserved_property_name_names_the_object(capsys):
    _status, lines = run(capsys, "reserved_name.tmx")
    assert 'reserved_name.tmx › Entities › #9 "chair" (Prop) @ tile 1,2' in lines[0]
    assert '"width" is reserved' in lines[0]


def test_count_line_comes_last_and_warnings_alone_exit_zero(capsys, tmp_path):
    status, lines = run(capsys, "layer_order.tmx")
    assert lines[-1] == "1 error, 1 warning"  # no default spawn; hidden layer
    assert status == 1
    assert any(x.startswith("WARN  ") and "saved hidden" in x for x in lines)


def test_a_map_without_a_default_spawn_is_an_error(capsys):
    status, lines = run(capsys, "class19.tmx")
    assert "0 default spawns" in lines[0]
    assert status == 1


def test_a_valid_map_exits_zero(capsys, tmp_path):
    for name in ("fixture.tsx", "fixture.png"):
        shutil.copy(FIXTURES / name, tmp_path / name)
    text = (FIXTURES / "unknown_class.tmx").read_text().replace('"Npc"', '"Prop"')
    (tmp_path / "valid.tmx").write_text(text)
    assert check.main([str(tmp_path / "valid.tmx")]) == 0
    assert capsys.readouterr().out.strip().splitlines()[-1] == "0 errors, 0 warnings"


def test_no_output_line_is_a_traceback(capsys):
    names = [p.name for p in FIXTURES.glob("*.tmx")]
    _status, lines = run(capsys, *names)
    assert not any("Traceback" in x or x.startswith("  File ") for x in lines)


def test_a_crashing_plugin_becomes_one_finding(monkeypatch, tmp_path):
    def boom(root):
        raise RuntimeError("kaput")

    monkeypatch.setattr(check, "optional", lambda module, name: boom)
    found = check.plugin_findings(tmp_path)
    assert len(found) == len(check.PLUGINS)
    assert "kaput" in found[0].message


@pytest.mark.parametrize("suffix", [".txt"])
def test_other_files_are_refused_politely(suffix, tmp_path, capsys):
    path = tmp_path / f"notes{suffix}"
    path.write_text("hi")
    assert check.main([str(path)]) == 1
    assert "not a .tmx, .tsx, .tx or .yarn file" in capsys.readouterr().out


def lobby_findings(edit) -> list[str]:
    """The map checker's lines for the ep1 lobby after `edit(world)`."""
    from game.core.paths import maps_dir, project_root
    from game.tiled.project import load_project
    from game.world.loader import load_map
    from game.world.validate import validate_map

    root = project_root()
    project = load_project(maps_dir() / "smile.tiled-project")
    world = load_map(maps_dir() / "ep1" / "lobby.tmx")
    edit(world)
    return [f.format() for f in validate_map(world, check.knowledge(root, project))]


def test_a_door_label_too_long_for_its_plate_is_a_warning():
    from game.world.model import Door

    def lengthen(world):
        door = next(d for d in world.of_type(Door) if d.name == "to_treatment")
        door.label = "The treatment floor, where the pods are"

    lines = lobby_findings(lengthen)
    assert [x for x in lines if "39 characters" in x and x.startswith("WARN")]
    assert not [x for x in lines if x.startswith("ERROR")]


def test_a_bark_beside_a_dialogue_node_is_a_warning():
    from game.world.model import NPC

    def both(world):
        npc = next(n for n in world.of_type(NPC) if n.name == "sandra")
        npc.bark = "Ep1_Bark_LobbyNurse"

    lines = lobby_findings(both)
    assert [x for x in lines if '"sandra" (NPC)' in x and "never shown" in x]


def test_a_bark_node_named_by_a_map_is_an_entry_point():
    from game.core.paths import maps_dir, project_root
    from game.world.loader import load_map

    world = load_map(maps_dir() / "ep1" / "lobby.tmx")
    points = check.story_entry_points(project_root(), [world])
    assert "Ep1_Bark_LobbyReading" in {p.node for p in points}


def test_the_cycle_collector_is_paused_during_a_check_and_restored_after(
    monkeypatch, tmp_path
):
    seen: list[bool] = []
    original = check._run_checks

    def spy(paths, root):
        seen.append(gc.isenabled())
        return original(paths, root)

    monkeypatch.setattr(check, "_run_checks", spy)
    assert gc.isenabled()
    check.run_checks([], tmp_path)
    assert seen == [False] and gc.isenabled()


def test_a_check_leaves_a_disabled_cycle_collector_disabled(tmp_path):
    gc.disable()
    try:
        check.run_checks([], tmp_path)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_paths_are_resolved_once_per_run_and_asked_afresh_outside_one(tmp_path):
    path = tmp_path / "late.tx"
    with one_read_per_file():
        assert not file_exists(path)
        path.write_text("<template/>", encoding="utf-8")
        assert not file_exists(path)  # the run's answer stands
    assert file_exists(path)


def test_a_check_shared_between_two_processes_finds_what_one_finds(
    tmp_path, monkeypatch
):
    from game.core import shared_work
    from game.core.paths import project_root

    root = tmp_path / "root"
    for folder in ("maps", "dialogue"):
        shutil.copytree(project_root() / folder, root / folder)
    (root / "assets").symlink_to(project_root() / "assets")
    lobby = root / "maps" / "ep1" / "lobby.tmx"
    text = lobby.read_text(encoding="utf-8")
    lobby.write_text(text.replace('value="lab.tmx"', 'value="nowhere.tmx"', 1))
    extra = "title: Extra\ntags: entry\n---\nNobody Known: Hello there.\n===\n"
    (root / "dialogue" / "extra.yarn").write_text(extra, encoding="utf-8")
    found = []
    for jobs in ("1", "2"):
        monkeypatch.setenv(shared_work.JOBS_ENV, jobs)
        monkeypatch.setattr(shared_work, "_processors", lambda: 2)
        monkeypatch.setattr(shared_work, "FAIR_SHARE", 0.0)
        monkeypatch.setenv("SMILE_PROTOCOL_CACHE_DIR", str(tmp_path / jobs))
        found.append([f.format() for f in check.run_checks([], root)])
    assert found[0] == found[1]
    assert any("nowhere.tmx" in line for line in found[0])
    assert any("extra.yarn" in line for line in found[0])
