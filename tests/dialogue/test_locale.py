"""Locales at run time: tables with fallback, the pseudo-locale, the runner."""

import json

import pytest

from game.core.story import StoryState
from game.dialogue.locale import available_locales, load_translation
from game.dialogue.program import load_text
from game.dialogue.pseudo import PseudoLocale
from game.dialogue.runner import Runner, run_all
from game.dialogue.strings import format_table, source_strings

SOURCE = """title: Start
---
<<declare $name = "Iris">>
Ortho: Hello, {$name}. [b]Ready[/b]? #line:t_1
The door hums. #line:t_2
-> Ask, politely #line:t_3
-> Leave #line:t_4
===
"""
FRENCH = {
    "t_1": "Bonjour, {$name}. [b]Prête[/b] ?",
    "t_3": "Demander poliment",
    "speaker:Ortho": "Orto",
}


@pytest.fixture
def program():
    return load_text(SOURCE, "dialogue/a.yarn")


@pytest.fixture
def root(tmp_path, program):
    (tmp_path / "dialogue" / "locales").mkdir(parents=True)
    project = {"baseLanguage": "en"}
    (tmp_path / "dialogue" / "smile.yarnproject").write_text(json.dumps(project))
    table = format_table(source_strings(program.files, ["Ortho"]), FRENCH)
    (tmp_path / "dialogue" / "locales" / "fr.csv").write_text(table, encoding="utf-8")
    return tmp_path


def _events(program, translation):
    return run_all(Runner(program, StoryState(), translation=translation), "Start")


def _load(root, program, locale="fr"):
    return load_translation(root, locale, program.files, ["Ortho"])


def test_the_locales_are_the_source_the_tables_and_pseudo(root):
    assert available_locales(root) == ["en", "fr", "pseudo"]


def test_the_runner_shows_translated_lines_names_and_options(root, program):
    table, messages = _load(root, program)
    line, narration, options = _events(program, table)[:3]
    assert messages == []
    assert (line.name, line.text) == ("Orto", "Bonjour, Iris. Prête ?")
    assert [s.kind for s in line.spans] == ["b"]
    assert line.text[line.spans[0].start : line.spans[0].end] == "Prête"
    assert narration.text == "The door hums."  # no row: the source text
    assert [o.text for o in options.options] == ["Demander poliment", "Leave"]


def test_the_source_locale_needs_no_table(root, program):
    assert _load(root, program, "en") == (None, [])


def test_a_missing_table_falls_back_with_a_message(root, program):
    table, messages = _load(root, program, "de")
    assert table is None
    assert messages == [
        "dialogue/locales/de.csv: there is no table for de; showing the source"
    ]


def test_a_broken_row_names_file_and_row_and_shows_the_source(root, program):
    path = root / "dialogue" / "locales" / "fr.csv"
    path.write_text(path.read_text().replace("{$name}. [b]Prête", "{$nom}. [b]Prête"))
    table, messages = _load(root, program)
    assert messages[0].startswith("dialogue/locales/fr.csv:row 2: its {…} and […]")
    assert _events(program, table)[0].text == "Hello, Iris. Ready?"


def test_a_table_that_is_not_csv_falls_back_with_a_message(root, program):
    path = root / "dialogue" / "locales" / "fr.csv"
    path.write_bytes(b"\xff\xfe not text")
    table, messages = _load(root, program)
    assert table is None and "dialogue/locales/fr.csv: not UTF-8" in messages[0]


def test_pseudo_text_is_accented_bracketed_and_about_a_third_longer():
    pseudo = PseudoLocale.load()
    source = "Good morning, Iris. Launch day for my personalised-care program."
    shown = pseudo.text(source)
    assert shown.startswith("[") and shown.endswith("]")
    assert not set("aeiouAEIOU") & set(shown)
    assert 1.25 <= len(shown) / len(source) <= 1.45


def test_pseudo_keeps_markup_and_values(program):
    line = _events(program, PseudoLocale.load())[0]
    assert line.text.startswith("[Héèllöô, Iris. ") and line.text.endswith("]")
    assert line.name == "[ÖÔrthöô]"
    assert line.text[line.spans[0].start : line.spans[0].end] == "Réèáàðý"


def test_every_pseudo_letter_is_in_the_pixel_font():
    from game.assets.font_metrics import FontMetrics
    from game.core.paths import assets_dir

    for weight in ("regular", "bold"):
        metrics = FontMetrics.load(assets_dir() / "fonts" / f"{weight}.json")
        letters = "".join(PseudoLocale.load().letters.values())
        assert all(ord(char) in metrics.glyphs for char in letters), weight


def test_a_row_for_a_removed_line_is_passed_over_quietly(root, program):
    path = root / "dialogue" / "locales" / "fr.csv"
    path.write_text(path.read_text() + "gone_1,,Old.,Vieux.,,\r\n", encoding="utf-8")
    table, messages = _load(root, program)
    assert messages == [] and "gone_1" not in table.lines
