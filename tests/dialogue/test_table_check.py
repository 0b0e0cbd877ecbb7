"""Importing a table: what refuses it, what only warns."""

from game.dialogue.strings import Row, SourceString
from game.dialogue.table_check import check_table

SOURCES = [
    SourceString("a_1", "Ortho", "Hello, {$name}.", "d/a.yarn:3", ""),
    SourceString("a_2", "", "The door hums.", "d/a.yarn:4", ""),
    SourceString("speaker:Ortho", "", "Ortho", "", ""),
]


def _check(*rows: Row):
    return check_table(list(rows), SOURCES, "fr.csv")


def test_a_complete_table_passes_with_its_translations():
    found = _check(
        Row(2, "a_1", "Hello, {$name}.", "Bonjour, {$name}."),
        Row(3, "a_2", "The door hums.", "La porte bourdonne."),
        Row(4, "speaker:Ortho", "Ortho", "Orto"),
    )
    assert found.errors == [] and found.warnings == []
    assert found.translations["speaker:Ortho"] == "Orto"


def test_an_unknown_id_is_an_error_naming_its_row():
    found = _check(Row(7, "a_9", "", "Rien."))
    assert found.errors[0].startswith("fr.csv:row 7: no line has the id 'a_9'")


def test_a_repeated_id_is_an_error_naming_the_first_row():
    found = _check(Row(2, "a_2", "", "Un."), Row(3, "a_2", "", "Deux."))
    assert found.errors == ["fr.csv:row 3: a_2 repeats row 2"]


def test_different_placeholders_are_an_error():
    found = _check(Row(2, "a_1", "", "Bonjour, {$nom}."))
    assert "fr.csv:row 2: a_1: its {…} and […] must be the source's" in found.errors[0]


def test_missing_ids_and_blank_rows_only_warn():
    found = _check(Row(2, "a_1", "", ""))
    assert found.errors == []
    assert any("2 ids have no row (a_2, speaker:Ortho)" in w for w in found.warnings)
    assert any("1 rows are untranslated" in w for w in found.warnings)


def test_a_source_changed_since_export_warns():
    found = _check(Row(2, "a_2", "The door buzzes.", "La porte bourdonne."))
    assert "the source of a_2 changed since the table was made" in found.warnings[0]
