"""Shared helpers for the dialogue tests (imported as a plain module)."""

from __future__ import annotations

import textwrap

import pytest

from game.core.story import StoryState
from game.dialogue.errors import DialogueError
from game.dialogue.program import Program, load_text
from game.dialogue.runner import Event, Line, Runner, run_all

DECLS = """\
title: Declarations
---
<<declare $n = 2>>
<<declare $name = "Iris">>
<<declare $flag = false>>
===
"""


def program(body: str, decls: str = DECLS, title: str = "Start") -> Program:
    """A program with the standard declarations and one node `title`."""
    text = decls + f"title: {title}\n---\n" + textwrap.dedent(body) + "===\n"
    return load_text(text)


def error_of(text: str) -> DialogueError:
    with pytest.raises(DialogueError) as info:
        load_text(textwrap.dedent(text))
    return info.value


def body_error(body: str) -> DialogueError:
    """The error for a node body placed after the standard declarations
    (Declarations takes lines 1-6; the body starts on line 9)."""
    with pytest.raises(DialogueError) as info:
        program(body)
    return info.value


def play(body: str, choices: list[int] | None = None, story: StoryState | None = None):
    prog = program(body)
    runner = Runner(prog, story or StoryState())
    return run_all(runner, "Start", choices)


def texts(events: list[Event]) -> list[str]:
    return [e.text for e in events if isinstance(e, Line)]
