"""Adding missing #line: ids: only the lines that lack one change."""

import pytest

from game.dialogue.line_ids import LineIdError, add_line_ids

NUMBERED = """title: Start
---
Ortho: Hello. #line:ep9_0007
Ortho: Fine {$x} [b]day[/b]. <<if true>> #mood:happy   // a note #line:fake
-> Ask #line:ep9_0002
    Iris: Why? // why
===
"""


def test_new_ids_continue_the_files_numbering_before_a_comment():
    new = add_line_ids({"d/ep9/a.yarn": NUMBERED}, {"d/ep9/a.yarn"})["d/ep9/a.yarn"]
    lines = new.splitlines()
    assert lines[3] == (
        "Ortho: Fine {$x} [b]day[/b]. <<if true>> #mood:happy #line:ep9_0008"
        "   // a note #line:fake"
    )
    assert lines[5] == "    Iris: Why? #line:ep9_0009 // why"


def test_every_other_byte_stays_the_same():
    text = NUMBERED.replace("\n", "\r\n")
    new = add_line_ids({"a.yarn": text}, {"a.yarn"})["a.yarn"]
    assert new.replace(" #line:ep9_0008", "").replace(" #line:ep9_0009", "") == text


def test_existing_ids_never_change():
    new = add_line_ids({"a.yarn": NUMBERED}, {"a.yarn"})["a.yarn"]
    assert "#line:ep9_0007" in new and "#line:ep9_0002" in new


def test_a_file_with_every_id_is_left_alone():
    done = add_line_ids({"a.yarn": NUMBERED}, {"a.yarn"})["a.yarn"]
    assert add_line_ids({"a.yarn": done}, {"a.yarn"}) == {}


def test_the_same_input_gives_the_same_ids():
    first = add_line_ids({"a.yarn": NUMBERED}, {"a.yarn"})
    assert add_line_ids({"a.yarn": NUMBERED}, {"a.yarn"}) == first


def test_a_file_without_ids_takes_its_folders_name():
    text = "title: S\n---\nHello.\n-> Go\n===\n"
    new = add_line_ids({"dialogue/ep2/a.yarn": text}, {"dialogue/ep2/a.yarn"})
    assert new["dialogue/ep2/a.yarn"].splitlines()[2:4] == [
        "Hello. #line:ep2_0001",
        "-> Go #line:ep2_0002",
    ]


def test_ids_stay_unique_across_the_files_read():
    other = "title: T\n---\nHi. #line:ep2_0001\n===\n"
    text = "title: S\n---\nHello.\n===\n"
    new = add_line_ids({"ep2/a.yarn": text, "ep2/b.yarn": other}, {"ep2/a.yarn"})
    assert "#line:ep2_0002" in new["ep2/a.yarn"]
    assert "ep2/b.yarn" not in new


def test_duplicate_ids_are_refused_naming_file_and_line():
    text = "title: S\n---\nA. #line:x_1\nB. #line:x_1\nC.\n===\n"
    with pytest.raises(LineIdError, match=r"a.yarn:4: #line:x_1 is used again"):
        add_line_ids({"a.yarn": text}, {"a.yarn"})


def test_a_file_that_does_not_parse_is_refused():
    with pytest.raises(LineIdError, match=r"a\.yarn:3"):
        add_line_ids({"a.yarn": "title: S\n---\nA [x] b.\n===\n"}, {"a.yarn"})


def test_slashes_inside_strings_escapes_and_values_are_not_comments():
    text = (
        'title: S\n---\n<<declare $u = "a//b">>\n'
        'Go to {$u + "//"} \\/\\/ now. <<if $u == "x//y">> // real\n===\n'
    )
    new = add_line_ids({"ep3/a.yarn": text}, {"ep3/a.yarn"})["ep3/a.yarn"]
    assert new.splitlines()[3] == (
        'Go to {$u + "//"} \\/\\/ now. <<if $u == "x//y">> #line:ep3_0001 // real'
    )
