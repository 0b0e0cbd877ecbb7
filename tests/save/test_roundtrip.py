import json

from game.core.story import StoryState
from game.save.codec import decode_save, encode_save
from game.save.model import SaveGame


def test_a_mid_episode_save_loads_back_exactly(store, make_game, story):
    game = make_game()
    store.save("slot-3", game)
    loaded = store.load("slot-3")
    assert loaded == game
    assert loaded.story == story
    assert loaded.story.variables == {
        "trust": 2.5,
        "told_sandra": True,
        "patient": "Ms. Adeyemi",
    }
    assert loaded.position == (118.5, 240.0)
    assert loaded.facing == "up"
    assert loaded.map == "maps/episode1/lab.tmx"


def test_variable_types_survive_the_trip(make_game, tmp_path):
    game = make_game(variables={"flag": False, "count": 3.0, "name": "ü ✓"})
    loaded = decode_save(encode_save(game), tmp_path / "x.json")
    for key in ("flag", "count", "name"):
        assert type(loaded.story.variables[key]) is type(game.story.variables[key])


def test_every_story_field_travels_through_a_save(make_game, tmp_path):
    # Guards against StoryState growing a field that saves silently drop.
    game = make_game()
    written = json.loads(encode_save(game))
    assert set(written["story"]) == set(StoryState().to_dict())


def test_capture_copies_the_story_so_playing_on_does_not_change_it(clock, story):
    game = SaveGame.capture(story, "maps/a.tmx", (1, 2), clock=clock)
    story.variables["trust"] = 99.0
    story.once.add("later")
    assert game.story.variables["trust"] == 2.5
    assert "later" not in game.story.once


def test_capture_stamps_the_time_from_the_clock_and_the_game_version(clock, story):
    game = SaveGame.capture(story, "maps/a.tmx", (0, 0), clock=clock)
    assert game.saved_at == "2031-04-02T18:21:05+00:00"
    assert game.game_version == "0.1.0"


def test_episode_and_play_time_come_from_the_story(make_game):
    game = make_game()
    assert (game.episode, game.play_time) == (1, 754.125)


def test_the_file_is_readable_json_with_a_checksum(make_game):
    data = json.loads(encode_save(make_game()))
    assert data["schema_version"] == 2
    assert len(data["checksum"]) == 64


def test_the_objective_travels_through_a_save(make_game, tmp_path):
    game = make_game()
    game.story.objective = "Find Malik in his lab"
    loaded = decode_save(encode_save(game), tmp_path / "x.json")
    assert loaded.story.objective == "Find Malik in his lab"


def test_a_save_from_before_objectives_loads_without_one(make_game):
    written = make_game().to_dict()
    del written["story"]["objective"]
    assert SaveGame.from_dict(written).story.objective == ""
