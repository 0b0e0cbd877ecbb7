"""Every kind of writer mistake gives a DialogueError with its message and
position (the node body in these tests starts on line 9)."""

from __future__ import annotations

import pytest
from helpers import body_error, error_of

from game.dialogue.errors import DialogueError, Pos

BODY_ERRORS = [
    # (body, line, col, words in the message)
    ("<<if $flag>>\nHi\n", 9, 1, "never closed: add <<endif>>"),
    ("Hi\n<<endif>>\n", 10, 1, "<<endif>> without <<if>>"),
    ("<<else>>\n", 9, 1, "<<else>> without <<if>>"),
    ("<<endonce>>\n", 9, 1, "<<endonce>> without <<once>>"),
    ("<<once>>\nHi\n", 9, 1, "never closed: add <<endonce>>"),
    ("<<if $flag>>\n<<else>>\n<<elseif $flag>>\n<<endif>>\n", 11, 1, "after <<else>>"),
    ("-> A\n        deep\n    shallow\n", 11, 5, "bad indentation under the option"),
    ("<<jump Nowhere>>\n", 9, 8, "unknown node 'Nowhere'"),
    ("<<detour Nowhere>>\n", 9, 10, "unknown node 'Nowhere'"),
    ("<<jump Declarations>>\n", 9, 8, "never run"),
    ('Hi <<if visited("Nope")>>\n', 9, 17, "unknown node 'Nope'"),
    ("Hi {$nobody}\n", 9, 5, "undeclared variable $nobody"),
    # `=` on an undeclared variable declares it (Yarn 2.x); `+=` cannot.
    ("<<set $nobody += 1>>\n", 9, 7, "undeclared variable $nobody"),
    ("<<if $flag and $n > 1 or $flag>>\n<<endif>>\n", 9, 23, "without parentheses"),
    ("<<move Malik 4>>\n", 9, 1, "takes 3 argument(s), not 2"),
    ("<<move Malik four 5>>\n", 9, 14, "x must be a number"),
    ("<<fade sideways>>\n", 9, 8, "must be out or in"),
    ("<<dance>>\n", 9, 1, "unknown command <<dance>>"),
    ("{visited_count()}\n", 9, 2, "takes 1 argument(s), not 0"),
    ("{nope(1)}\n", 9, 2, "unknown function nope()"),
    ('<<set $n = "text">>\n', 9, 12, "$n is a number, but this value is a string"),
    ("<<set $flag += 1>>\n", 9, 7, "`+=` does not work on $flag"),
    ("<<if $n>>\n<<endif>>\n", 9, 6, "must be a bool, but this is a number"),
    ("{$n + $name}\n", 9, 5, "both sides need the same type"),
    ("Hi <<if $flag>> <<once>>\n", 9, 17, "at most one condition"),
    ("Hi <<maybe>>\n", 9, 6, "must be <<if …>>, <<once>> or <<once if …>>"),
    ("Hi #line:a1\nHo #line:a1\n", 10, 4, "duplicate #line:a1"),
    ("Hi #line:a1 #line:a2\n", 9, 13, "a second #line: tag"),
    ("Hi [shout]x[/shout]\n", 9, 4, "unknown markup [shout]"),
    ("Hi [b]bold\n", 9, 4, "[b] is never closed"),
    ("Hi [wait=1]\n", 9, 4, "[wait=N/]"),
    ("Hi {$n\n", 9, 4, "never closed"),
    ("Hi } there\n", 9, 4, "without its opening partner"),
    # <<declare>> may sit in a body (Yarn 2.x), but still only once a name.
    ("<<declare $n = 2>>\n", 9, 11, "$n is declared twice"),
    ("<<set $n = 1\n", 9, 1, "never closed: add `>>`"),
    ("<<wait 1>> extra\n", 9, 12, "nothing may follow"),
    ("Hi #line:a1 trailing words\n", 9, 13, "only hashtags"),
    # Tabs indent (Yarn 2.x); one line's indentation may not mix both.
    ("Hi\n \tHo\n", 10, 1, "mixes tabs and spaces"),
    ("->\n", 9, 1, "this option has no text"),
    ("<<set $n = 'x'>>\n", 9, 12, "double quotes"),
]


@pytest.mark.parametrize(("body", "line", "col", "words"), BODY_ERRORS)
def test_each_mistake_is_reported_with_message_and_position(body, line, col, words):
    err = body_error(body)
    assert words in err.message
    assert (err.file, err.line, err.col) == ("test.yarn", line, col)


def test_error_text_has_location_source_line_and_caret():
    err = body_error("Hi {$nobody}\n")
    lines = str(err).splitlines()
    assert lines[0].startswith("test.yarn:9:5: undeclared variable $nobody")
    assert lines[1] == "    Hi {$nobody}"
    assert lines[2] == "        ^"


def test_duplicate_title_names_the_first_one():
    err = error_of("title: A\n---\nHi\n===\ntitle: A\n---\nHo\n===\n")
    assert (err.line, err.col) == (5, 1)
    assert "duplicate node title A (first at test.yarn:1)" in err.message


def test_duplicate_declaration_is_an_error():
    err = error_of(
        "title: Declarations\n---\n<<declare $a = 1>>\n<<declare $a = 2>>\n===\n"
    )
    assert "declared twice" in err.message and (err.line, err.col) == (4, 11)


def test_declarations_node_holds_only_declarations():
    err = error_of("title: Declarations\n---\nHello\n===\n")
    assert "only <<declare>> belongs here" in err.message and err.line == 3


def test_declaration_value_must_be_a_literal():
    err = error_of("title: Declarations\n---\n<<declare $a = 1 + 1>>\n===\n")
    assert "plain number, string, true or false" in err.message


def test_missing_title_header():
    err = error_of("tags: x\n---\nHi\n===\n")
    assert "no `title:` header" in err.message and err.line == 1


def test_bad_title():
    err = error_of("title: my node\n---\nHi\n===\n")
    assert "bad node title" in err.message and (err.line, err.col) == (1, 8)


def test_unknown_header_is_refused_but_editor_headers_are_kept():
    err = error_of("title: A\nwhen: once\n---\nHi\n===\n")
    assert "unknown header `when`" in err.message and err.line == 2
    error_free = "title: A\nposition: 10,20\ncolorID: 3\n---\nHi\n===\n"
    from game.dialogue.program import load_text

    assert "A" in load_text(error_free).nodes


def test_unterminated_node():
    err = error_of("title: A\n---\nHi\n")
    assert "add `===`" in err.message


def test_stray_text_between_nodes():
    err = error_of("title: A\n---\nHi\n===\nnot a header\n")
    assert "expected a header" in err.message and err.line == 5


def test_runtime_errors_are_dialogue_errors_with_a_position():
    err = DialogueError(Pos("f.yarn", 3, 2), "boom", "xyz")
    assert str(err) == "f.yarn:3:2: boom\n    xyz\n     ^"


def test_a_dialogue_error_pickles_with_its_position_and_source():
    import pickle

    err = DialogueError(Pos("a.yarn", 3, 5), "unknown node 'X'", "<<jump X>>")
    copy = pickle.loads(pickle.dumps(err))
    assert (copy.pos, copy.message, copy.source_line) == (
        err.pos,
        err.message,
        err.source_line,
    )
    assert str(copy) == str(err)
