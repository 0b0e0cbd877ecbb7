"""String tables: the source as written, CSV both ways, translations checked."""

import pytest

from game.dialogue.errors import DialogueError, Pos
from game.dialogue.model import Interp, Markup, TextRun
from game.dialogue.strings import (
    format_table,
    parse_translation,
    read_table,
    source_strings,
)
from game.dialogue.syntax import parse_file

SOURCE = """title: Start
---
// translators: Ortho is a clinic AI; keep it formal.
Ortho: Hello, {$name}. [b]Ready[/b]? <<if true>> #line:t_1 #mood:happy // not for you
The door hums. #line:t_2
-> Ask, politely #line:t_3
===
"""
WHERE = Pos("fr.csv", 4, 1)


def _strings():
    return source_strings([parse_file(SOURCE, "d/a.yarn")], ["Ortho"])


def test_each_line_option_and_name_becomes_one_string_in_file_order():
    assert [s.line_id for s in _strings()] == ["t_1", "t_2", "t_3", "speaker:Ortho"]


def test_the_text_is_the_source_as_written_without_speaker_or_hashtags():
    first = _strings()[0]
    assert (first.speaker, first.text) == ("Ortho", "Hello, {$name}. [b]Ready[/b]?")
    assert first.location == "d/a.yarn:4"


def test_a_translators_comment_comes_from_the_line_above():
    assert _strings()[0].comment == "Ortho is a clinic AI; keep it formal."
    assert _strings()[1].comment == ""


def test_csv_keeps_commas_quotes_and_line_breaks():
    tricky = 'Il a dit: "non, merci"\nencore'
    text = format_table(_strings(), {"t_2": tricky})
    rows = read_table(text, "fr.csv")
    assert [r.number for r in rows] == [2, 3, 4, 5]
    assert rows[1].translation == tricky
    assert rows[0].text == "Hello, {$name}. [b]Ready[/b]?"


def test_a_file_without_the_id_column_is_not_a_table():
    with pytest.raises(ValueError, match=r"fr\.csv:1: the header lacks id"):
        read_table("name,translation\nx,y\n", "fr.csv")


def test_a_translation_keeps_markup_and_placeholders_as_segments():
    segments = parse_translation(
        "Bonjour, {$name}. [b]Prête[/b] ?", "Hello, {$name}. [b]Ready[/b]?", WHERE
    )
    assert isinstance(segments[0], TextRun) and segments[0].text == "Bonjour, "
    assert any(isinstance(s, Interp) for s in segments)
    assert sum(isinstance(s, Markup) for s in segments) == 2


def test_a_colon_in_a_translation_stays_text():
    (run,) = parse_translation("Remarque: la porte.", "Note, the door.", WHERE)
    assert run == TextRun("Remarque: la porte.")


def test_a_translation_with_other_placeholders_is_refused():
    with pytest.raises(DialogueError, match=r"must be the source's: \{\$name\}"):
        parse_translation("Bonjour, {$nom}.", "Hello, {$name}.", WHERE)


def test_a_translation_may_not_add_hashtags_or_conditions():
    with pytest.raises(DialogueError, match="words, markup and"):
        parse_translation("Bonjour #line:x", "Hello", WHERE)
