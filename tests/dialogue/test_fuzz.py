"""Random text never makes the parser raise anything but DialogueError."""

from __future__ import annotations

import contextlib

from hypothesis import given, settings
from hypothesis import strategies as st

from game.dialogue.errors import DialogueError
from game.dialogue.program import load_text

PIECES = [
    "title: A\n",
    "title: B\n",
    "---\n",
    "===\n",
    "-> ",
    "    ",
    "<<if ",
    "<<else>>",
    "<<endif>>",
    "<<once>>",
    "<<endonce>>",
    "<<set $n = ",
    "<<jump A>>",
    ">>",
    "{",
    "}",
    "[b]",
    "[/b]",
    "[wait=1/]",
    "#line:x ",
    "$n",
    " and ",
    " or ",
    "(",
    ")",
    '"',
    "\n",
    "Ortho: ",
    "1",
    "true",
    "<<declare $n = 1>>",
    "__import__('os')",
    "\\",
    "//",
    "\t",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40))
def test_structured_noise_only_raises_dialogue_errors(pieces):
    with contextlib.suppress(DialogueError):
        load_text("".join(pieces))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_arbitrary_text_in_a_node_only_raises_dialogue_errors(text):
    with contextlib.suppress(DialogueError):
        load_text("title: A\n---\n" + text + "\n===\n")
