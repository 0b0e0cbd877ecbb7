"""<<objective>> and <<time_card>>: checked like every command, filled in
like a line."""

from __future__ import annotations

from game.dialogue.runner import Command
from tests.dialogue.helpers import body_error, play, program


def commands(events):
    return [(e.name, e.args) for e in events if isinstance(e, Command)]


def test_an_objective_is_one_quoted_line():
    events = play('<<objective "Find Malik in his lab">>\n')
    assert commands(events) == [("objective", ("Find Malik in his lab",))]


def test_an_objective_fills_in_its_variables():
    events = play('<<objective "Ask {$name} about the {$n} bots">>\n')
    assert commands(events) == [("objective", ("Ask Iris about the 2 bots",))]


def test_an_objective_naming_an_undeclared_variable_is_refused():
    error = body_error('<<objective "Find {$nobody}">>\n')
    assert "$nobody" in error.message


def test_an_objective_longer_than_sixty_characters_is_refused():
    error = body_error(f'<<objective "{"x" * 61}">>\n')
    assert "61 characters" in error.message and "60" in error.message


def test_an_empty_objective_clears_it():
    assert commands(play('<<objective "">>\n')) == [("objective", ("",))]


def test_a_time_card_takes_a_title_and_an_optional_subtitle():
    program('<<time_card "Day 3" "Evening, the community forum">>\n')
    program('<<time_card "Day 3">>\n')


def test_a_time_card_with_three_words_is_refused():
    error = body_error('<<time_card "Day 3" "Evening" "late">>\n')
    assert "1 to 2 argument(s), not 3" in error.message


def test_a_time_card_waits_for_the_card():
    events = play('<<time_card "Day 3">>\nNext.\n')
    card = next(e for e in events if isinstance(e, Command))
    assert card.waits and card.args == ("Day 3",)
