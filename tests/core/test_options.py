from pathlib import Path

import pytest

from game.core.options import parse_options


def test_no_arguments_start_at_the_title():
    options = parse_options([])
    assert options.episode is None and options.map is None and options.frames is None


def test_map_and_at_are_read_together():
    options = parse_options(["--map", "maps/a.tmx", "--at", "12"])
    assert options.map == Path("maps/a.tmx") and options.at == "12"


def test_at_without_map_is_refused(capsys):
    with pytest.raises(SystemExit):
        parse_options(["--at", "door"])
    assert "--at needs --map" in capsys.readouterr().err


def test_frames_must_be_positive():
    with pytest.raises(SystemExit):
        parse_options(["--frames", "0"])


def test_episode_must_be_one_to_five():
    with pytest.raises(SystemExit):
        parse_options(["--episode", "6"])


def test_locale_names_the_language_of_this_run():
    from game.core.options import parse_options

    assert parse_options(["--locale", "pseudo"]).locale == "pseudo"
    assert parse_options([]).locale is None
