"""python -m game.tools.strings: export, translate, import, and the refusals."""

import csv
import shutil

import pytest

from game.core.paths import dialogue_dir
from game.tools import strings


@pytest.fixture
def root(tmp_path, monkeypatch):
    """A copy of the project's dialogue, which the tool reads and writes."""
    shutil.copytree(dialogue_dir(), tmp_path / "project" / "dialogue")
    monkeypatch.setattr(strings, "project_root", lambda: tmp_path / "project")
    return tmp_path / "project"


def _rows(path):
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _write(path, rows):
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)


def _translated(tmp_path, root, change=None):
    out = tmp_path / "fr.csv"
    assert strings.main(["export", "--locale", "fr", "--out", str(out)]) == 0
    rows = _rows(out)
    for row in rows:
        row["translation"] = "FR " + row["text"]
    if change:
        change(rows)
    _write(out, rows)
    return out, rows


def test_export_has_one_row_per_line_id_with_its_place(tmp_path, root):
    out = tmp_path / "de.csv"
    assert strings.main(["export", "--locale", "de", "--out", str(out)]) == 0
    rows = _rows(out)
    first = next(r for r in rows if r["id"] == "ep1_0001")
    assert first["speaker"] == "Ortho"
    script = (root / "dialogue/ep1/main.yarn").read_text().splitlines()
    where = next(n for n, text in enumerate(script, 1) if "#line:ep1_0001" in text)
    assert first["location"] == f"dialogue/ep1/main.yarn:{where}"
    assert first["text"].startswith("Good morning, Iris.")
    assert len({r["id"] for r in rows}) == len(rows)


def test_import_installs_the_table_and_export_gives_it_back(tmp_path, root, capsys):
    table, rows = _translated(tmp_path, root)
    assert strings.main(["import", str(table)]) == 0
    assert "wrote dialogue/locales/fr.csv" in capsys.readouterr().out
    again = tmp_path / "again.csv"
    assert strings.main(["export", "--locale", "fr", "--out", str(again)]) == 0
    assert _rows(again) == rows


def test_an_import_with_errors_writes_nothing(tmp_path, root, capsys):
    def spoil(rows):
        rows[0]["id"] = "no_such_line"
        rows[2]["id"] = rows[1]["id"]

    table, _ = _translated(tmp_path, root, spoil)
    assert strings.main(["import", str(table)]) == 1
    err = capsys.readouterr().err
    assert "fr.csv:row 2: no line has the id 'no_such_line'" in err
    assert "fr.csv:row 4:" in err and "repeats row 3" in err
    assert not (root / "dialogue" / "locales" / "fr.csv").exists()


def test_the_source_language_and_bad_codes_are_refused(tmp_path, root, capsys):
    assert strings.main(["export", "--locale", "en"]) == 1
    assert strings.main(["export", "--locale", "../x"]) == 1
    assert "is not a locale code" in capsys.readouterr().err


def test_check_runs_the_import_checks_on_the_installed_tables(tmp_path, root, capsys):
    table, _ = _translated(tmp_path, root)
    assert strings.main(["import", str(table)]) == 0
    installed = root / "dialogue" / "locales" / "fr.csv"
    rows = _rows(installed)
    rows[0]["translation"] = "{$oops} " + rows[0]["translation"]
    _write(installed, rows)
    capsys.readouterr()
    assert strings.main(["check"]) == 1
    out = capsys.readouterr().out
    assert "dialogue/locales/fr.csv:row 2:" in out and "1 errors" in out
