"""Random tables and translations never crash the game's table reader."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from game.dialogue.locale import build_table
from game.dialogue.strings import Row, SourceString, TableError, read_table

PIECES = [
    "{$name}",
    "{",
    "}",
    "[b]",
    "[/b]",
    "[wait=1/]",
    "[",
    "]",
    "<<if",
    ">>",
    "#line:x",
    "//",
    "\\",
    '"',
    ",",
    "\n",
    "\r",
    "\x00",
    "é",
    "a b",
]
SOURCE = SourceString("a_1", "Ortho", "Hello, {$name}. [b]Ready[/b]?", "a:1", "")
texts = st.lists(st.sampled_from(PIECES), max_size=12).map("".join)


@settings(max_examples=300, deadline=None)
@given(texts)
def test_any_translation_is_taken_or_reported_never_raised(translation):
    table, problems = build_table(
        "fr", [Row(2, "a_1", "", translation)], {"a_1": SOURCE}, "fr.csv"
    )
    assert ("a_1" in table.lines) != bool(problems) or not translation.strip()


@settings(max_examples=300, deadline=None)
@given(texts)
def test_any_file_text_is_rows_or_a_table_error(text):
    try:
        rows = read_table("id,translation\n" + text, "fr.csv")
    except TableError as err:
        assert str(err).startswith("fr.csv:")
    else:
        assert all(isinstance(row.translation, str) for row in rows)
