import json
import os
import time

import pytest

from game.save.codec import checksum
from game.save.errors import Damage, LoadError


@pytest.fixture
def two_saves(store, make_game):
    """slot-1 holds a newer save (trust 9) over an older one (trust 2.5)."""
    store.save("slot-1", make_game())
    store.save("slot-1", make_game(variables={"trust": 9.0}))
    return store.path("slot-1")


def load_error(store, slot="slot-1") -> LoadError:
    with pytest.raises(LoadError) as caught:
        store.load(slot)
    return caught.value


def assert_recovers_from_backup(store):
    assert store.load_backup("slot-1").story.variables["trust"] == 2.5


def test_a_truncated_file_is_reported_as_truncated(store, two_saves):
    two_saves.write_bytes(two_saves.read_bytes()[:200])
    error = load_error(store)
    assert error.kind is Damage.TRUNCATED
    assert "slot-1.json" in str(error) and "truncated" in str(error)
    assert_recovers_from_backup(store)


def test_an_empty_file_is_reported_as_truncated(store, two_saves):
    two_saves.write_bytes(b"")
    assert load_error(store).kind is Damage.TRUNCATED
    assert_recovers_from_backup(store)


def test_garbage_is_reported_as_not_json_with_the_place(store, two_saves):
    two_saves.write_bytes(b'{"kind": "smile-protocol-save", oops}')
    error = load_error(store)
    assert error.kind is Damage.NOT_JSON
    assert "line 1 column" in str(error)
    assert_recovers_from_backup(store)


def test_json_of_the_wrong_shape_is_reported(store, two_saves):
    data = json.loads(two_saves.read_bytes())
    data["position"] = "by the window"
    data["checksum"] = checksum(data)
    two_saves.write_text(json.dumps(data))
    error = load_error(store)
    assert error.kind is Damage.WRONG_SHAPE
    assert "position" in str(error)
    assert_recovers_from_backup(store)


def test_a_foreign_json_file_is_wrong_shape(store, two_saves):
    two_saves.write_text('{"name": "not a save"}')
    assert load_error(store).kind is Damage.WRONG_SHAPE


def test_an_edited_value_fails_the_checksum(store, two_saves):
    two_saves.write_bytes(two_saves.read_bytes().replace(b"9.0", b"8.0"))
    error = load_error(store)
    assert error.kind is Damage.CHECKSUM
    assert "checksum" in str(error)
    assert_recovers_from_backup(store)


def test_a_missing_slot_file_is_reported_as_missing(store):
    assert load_error(store, "slot-5").kind is Damage.MISSING


def test_a_save_from_a_newer_version_is_refused_and_left_untouched(store, two_saves):
    data = json.loads(two_saves.read_bytes())
    data["schema_version"] = 3
    data["checksum"] = checksum(data)
    two_saves.write_text(json.dumps(data))
    old = time.time() - 3600
    os.utime(two_saves, (old, old))
    before = (two_saves.read_bytes(), two_saves.stat().st_mtime_ns)
    error = load_error(store)
    store.list_slots()
    store.newest()
    assert error.kind is Damage.NEWER_VERSION
    assert "newer version" in str(error) and "format 3" in str(error)
    assert (two_saves.read_bytes(), two_saves.stat().st_mtime_ns) == before


def test_saving_over_a_damaged_file_keeps_the_good_backup(store, two_saves, make_game):
    two_saves.write_bytes(b"{")
    store.save("slot-1", make_game(variables={"trust": 4.0}))
    assert store.load("slot-1").story.variables["trust"] == 4.0
    assert_recovers_from_backup(store)


def test_the_listing_shows_a_damaged_slot_with_its_error_and_backup(store, two_saves):
    two_saves.write_bytes(b"\x00\x01garbage")
    summary = next(s for s in store.list_slots() if s.slot == "slot-1")
    assert summary.game is None and summary.has_backup
    assert summary.error.kind is Damage.NOT_JSON
