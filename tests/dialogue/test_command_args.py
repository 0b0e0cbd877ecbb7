"""Command arguments are made safe before the game acts on them."""

from __future__ import annotations

import math

import pytest
from helpers import body_error

from game.dialogue.command_args import BadArgument, bounded_args
from game.dialogue.registry import default_registry


def spec(name: str):
    return default_registry().commands[name]


def test_a_wait_longer_than_its_span_is_cut_to_the_longest_wait():
    assert bounded_args(spec("wait"), [1e12]) == [60.0]


def test_a_negative_wait_becomes_no_wait():
    assert bounded_args(spec("wait"), [-5.0]) == [0.0]


def test_a_move_keeps_its_actor_and_bounds_its_tile():
    assert bounded_args(spec("move"), ["ortho", 2.0, 1e9]) == ["ortho", 2.0, 1000.0]


def test_a_number_written_as_text_is_read():
    assert bounded_args(spec("shake"), ["0.5"]) == [0.5]


@pytest.mark.parametrize("value", [math.inf, math.nan, "1e999", "soon", True])
def test_a_value_that_is_no_finite_number_is_refused_by_name(value):
    with pytest.raises(BadArgument, match="<<wait>>'s seconds"):
        bounded_args(spec("wait"), [value])


def test_the_checker_refuses_a_literal_outside_the_span():
    error = body_error("<<wait 600>>\n")
    assert "<<wait>>'s seconds must be from 0 to 60" in error.message
