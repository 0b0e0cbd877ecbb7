"""game.dialogue.text: plain lines (text, then hashtags) read as the scanner
reads them, with each tag's column (counted from the line's start)."""

from __future__ import annotations

import pytest

from game.dialogue.errors import DialogueError, Pos
from game.dialogue.model import TextRun
from game.dialogue.text import parse_line_content

AT = Pos("a.yarn", 3, 5)


def test_a_plain_line_gives_its_speaker_text_and_tags_with_their_columns():
    line = "Nurse: Take a seat.  #line:ep1_01 #mood:calm"
    content = parse_line_content(line, 0, AT)
    assert content.speaker == "Nurse"
    assert content.segments == (TextRun("Take a seat."),)
    assert content.tags == ("line:ep1_01", "mood:calm")
    assert content.tag_pos == {
        "line:ep1_01": Pos("a.yarn", 3, 1 + line.index("#line")),
        "mood:calm": Pos("a.yarn", 3, 1 + line.index("#mood")),
    }


def test_a_plain_line_may_end_in_a_comment_after_its_tags():
    content = parse_line_content("Hello. #line:a1 // greeting", 0, AT)
    assert (content.segments, content.tags) == ((TextRun("Hello."),), ("line:a1",))


def test_text_after_a_hashtag_is_refused_on_a_plain_line_too():
    with pytest.raises(DialogueError, match="only hashtags"):
        parse_line_content("Hello. #line:a1 and more", 0, AT)


def test_a_plain_line_with_only_a_tag_has_no_text():
    with pytest.raises(DialogueError, match="no text"):
        parse_line_content("#line:a1", 0, AT)
