import json
import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from game.core.paths import data_dir
from game.save.profile import Profile


def test_a_missing_profile_starts_fresh_without_messages(tmp_path):
    profile = Profile.load(tmp_path / "profile.json")
    assert profile.endings_for(1) == frozenset()
    assert profile.messages == []


def test_the_default_profile_lives_in_the_data_dir():
    assert Profile.load().path == data_dir() / "profile.json"


def test_endings_seen_lines_and_play_time_persist(tmp_path):
    path = tmp_path / "profile.json"
    profile = Profile.load(path)
    assert profile.mark_ending(1, "sanctuary") is True
    assert profile.mark_ending(1, "sanctuary") is False
    profile.mark_ending(2, "quiet_exit")
    profile.mark_seen("ep1.launch.3")
    profile.add_play_time(61.5)
    assert profile.save()
    again = Profile.load(path)
    assert again.endings_for(1) == {"sanctuary"}
    assert again.endings_for(2) == {"quiet_exit"}
    assert again.has_seen("ep1.launch.3") and "ep1.launch.3" in again.seen_lines
    assert again.play_time == 61.5


def test_a_damaged_profile_is_reported_once_kept_aside_and_the_backup_used(tmp_path):
    path = tmp_path / "profile.json"
    profile = Profile.load(path)
    profile.mark_ending(1, "sanctuary")
    profile.save()
    profile.mark_seen("line")
    profile.save()
    path.write_bytes(path.read_bytes()[:40])
    recovered = Profile.load(path)
    assert recovered.endings_for(1) == {"sanctuary"}
    assert len(recovered.messages) == 1
    assert "profile.json" in recovered.messages[0]
    assert "truncated" in recovered.messages[0]
    assert (tmp_path / "profile.json.broken").exists()


def test_a_damaged_profile_without_backup_starts_fresh(tmp_path):
    path = tmp_path / "profile.json"
    path.write_text("not json at all")
    profile = Profile.load(path)
    assert profile.endings == {} and "starts fresh" in profile.messages[0]
    assert profile.save()
    assert Profile.load(path).messages == []


def test_an_edited_profile_fails_its_checksum(tmp_path):
    path = tmp_path / "profile.json"
    profile = Profile.load(path)
    profile.mark_ending(1, "a")
    profile.save()
    data = json.loads(path.read_text())
    data["endings"]["1"].append("b")
    path.write_text(json.dumps(data))
    assert "checksum" in Profile.load(path).messages[0]


def test_a_failed_write_becomes_a_message(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("")
    profile = Profile(path=blocker / "profile.json")
    assert profile.save() is False
    assert "could not be saved" in profile.messages[0]


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=300))
def test_any_bytes_in_the_profile_file_never_stop_the_game(raw):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "profile.json"
        path.write_bytes(raw)
        profile = Profile.load(path)
        assert isinstance(profile, Profile)
        assert len(profile.messages) <= 1
