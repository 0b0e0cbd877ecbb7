import json

from game.save.settings import default_settings, load_settings, save_settings


def test_settings_round_trip_through_their_file(tmp_path):
    path = tmp_path / "settings.json"
    settings = default_settings()
    settings.text_speed = 0
    settings.reduce_shake = True
    save_settings(settings, path)
    loaded, notes = load_settings(path)
    assert notes == []
    assert loaded == settings


def test_a_missing_file_gives_the_defaults_silently(tmp_path):
    loaded, notes = load_settings(tmp_path / "none.json")
    assert loaded == default_settings() and notes == []


def test_a_broken_file_is_reported_backed_up_and_replaced_by_defaults(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text("{ this is not json")
    loaded, notes = load_settings(path)
    assert loaded == default_settings()
    assert len(notes) == 1 and "settings.json" in notes[0]
    (kept,) = tmp_path.glob("settings.json.broken-*")
    assert kept.read_text() == "{ this is not json"
    assert not path.exists()


def test_one_bad_value_keeps_the_good_ones(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"music_volume": "loud", "text_speed": 10}))
    loaded, notes = load_settings(path)
    assert loaded.text_speed == 10
    assert loaded.music_volume == default_settings().music_volume
    assert any("music_volume" in n for n in notes)


def test_saving_leaves_no_temporary_file(tmp_path):
    save_settings(default_settings(), tmp_path / "settings.json")
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]


def test_the_desktop_preferences_round_trip_through_their_file(tmp_path):
    path = tmp_path / "settings.json"
    settings = default_settings()
    settings.master_volume, settings.muted = 0.4, True
    settings.text_size, settings.high_contrast = 2, True
    settings.window_x, settings.window_y = 120, 80
    settings.flash_notice_seen = True
    save_settings(settings, path)
    assert load_settings(path) == (settings, [])


def test_a_file_from_before_the_desktop_preferences_gets_their_defaults(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"music_volume": 0.3}))
    loaded, notes = load_settings(path)
    assert notes == [] and loaded.music_volume == 0.3
    assert (loaded.master_volume, loaded.muted, loaded.text_size) == (1.0, False, 1)
    assert not loaded.flash_notice_seen


def test_the_fullscreen_keys_are_f11_and_alt_enter_by_default():
    from game.input.actions import Action

    assert default_settings().bindings.keys[Action.FULLSCREEN] == ["f11", "alt+return"]


def test_the_locale_is_kept_and_an_impossible_one_replaced_by_the_default(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"locale": "pseudo"}))
    assert load_settings(path)[0].locale == "pseudo"
    path.write_text(json.dumps({"locale": "../../etc"}))
    loaded, notes = load_settings(path)
    assert loaded.locale == default_settings().locale
    assert "locale '../../etc' is not a known kind of value" in notes[0]
