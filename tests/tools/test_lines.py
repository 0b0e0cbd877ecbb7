"""python -m game.tools.lines: ids added in place, the project kept whole."""

from game.tools import lines


def test_it_writes_the_missing_ids_into_the_file(tmp_path, capsys):
    path = tmp_path / "draft.yarn"
    path.write_text("title: S\n---\nHello.\n===\n", encoding="utf-8")
    assert lines.main([str(path)]) == 0
    assert "Hello. #line:" in path.read_text(encoding="utf-8")


def test_check_changes_nothing_and_fails_when_ids_are_missing(tmp_path):
    path = tmp_path / "draft.yarn"
    path.write_text("title: S\n---\nHello.\n===\n", encoding="utf-8")
    assert lines.main(["--check", str(path)]) == 1
    assert "#line:" not in path.read_text(encoding="utf-8")


def test_duplicates_are_reported_and_nothing_is_written(tmp_path, capsys):
    path = tmp_path / "draft.yarn"
    text = "title: S\n---\nA. #line:a_1\nB. #line:a_1\nC.\n===\n"
    path.write_text(text, encoding="utf-8")
    assert lines.main([str(path)]) == 1
    assert "draft.yarn:4: #line:a_1 is used again" in capsys.readouterr().err
    assert path.read_text(encoding="utf-8") == text


def test_every_line_of_the_project_has_an_id():
    assert lines.main(["--check"]) == 0


def test_the_checkers_warning_names_the_command_that_fixes_it(tmp_path, capsys):
    from game.tools.check import main as check_main

    path = tmp_path / "draft.yarn"
    path.write_text("title: Start\n---\nHello there.\n===\n", encoding="utf-8")
    check_main([str(path)])
    assert "python -m game.tools.lines" in capsys.readouterr().out
