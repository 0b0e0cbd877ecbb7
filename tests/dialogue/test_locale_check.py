"""The content check warns about installed tables the game could not use."""

import shutil

import pytest

from game.core.paths import dialogue_dir
from game.dialogue.check import project_files
from game.dialogue.locale_check import check_locales
from game.dialogue.program import read_file
from game.dialogue.speakers import load_speakers
from game.dialogue.strings import format_table, source_strings


@pytest.fixture
def root(tmp_path):
    shutil.copytree(dialogue_dir(), tmp_path / "dialogue")
    (tmp_path / "dialogue" / "locales").mkdir(exist_ok=True)
    return tmp_path


def _install(root, translations, change=lambda text: text):
    files = [read_file(p, root) for p in project_files(root)]
    strings = source_strings(files, load_speakers(root)[0])
    text = change(format_table(strings, translations))
    (root / "dialogue" / "locales" / "fr.csv").write_text(text, encoding="utf-8")


def test_no_tables_no_findings(root):
    assert check_locales(root) == []


def test_a_partial_but_sound_table_passes(root):
    _install(root, {"ep1_0001": "Bonjour, Iris."})
    assert check_locales(root) == []


def test_a_translation_that_no_longer_fits_its_line_is_named_by_row(root):
    _install(root, {"ep1_0001": "Bonjour, {$ep1_player}."})
    (finding,) = check_locales(root)
    table = (root / "dialogue" / "locales" / "fr.csv").read_text(encoding="utf-8")
    row = 1 + next(
        n for n, line in enumerate(table.splitlines()) if line.startswith("ep1_0001,")
    )
    assert (finding.file, finding.where) == ("dialogue/locales/fr.csv", f"row {row}")
    assert "ep1_0001: its {…} and […] must be the source's" in finding.message
    assert not finding.is_error


def test_rows_of_removed_lines_are_reported(root):
    _install(root, {}, lambda text: text + "gone_0001,,Old line.,Vieux.,,\r\n")
    (finding,) = check_locales(root)
    assert "no line has the id 'gone_0001'" in finding.message


def test_a_table_that_cannot_be_read_is_reported(root):
    (root / "dialogue" / "locales" / "fr.csv").write_text("a,b\n1,2\n")
    (finding,) = check_locales(root)
    assert "cannot be read" in finding.message and "header lacks id" in finding.message
