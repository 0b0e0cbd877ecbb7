import pytest

from game.core.paths import data_dir
from game.save.slots import (
    SaveStore,
    SlotKind,
    all_slots,
    autosave_slots,
    manual_slots,
)


def test_there_are_nine_manual_slots_a_quicksave_and_autosaves():
    assert len(manual_slots()) >= 9
    assert "quick" in all_slots()
    assert len(autosave_slots()) >= 2


def test_the_default_folder_is_saves_in_the_data_dir():
    assert SaveStore().directory == data_dir() / "saves"


def test_an_unknown_slot_is_refused_with_the_valid_names(store, make_game):
    with pytest.raises(ValueError, match="slot-1"):
        store.save("slot-99", make_game())


def test_the_listing_covers_every_slot_and_shows_what_is_saved(store, make_game):
    store.save("slot-4", make_game(label="Community hall"))
    summaries = {s.slot: s for s in store.list_slots()}
    assert list(summaries) == list(all_slots())
    used = summaries["slot-4"]
    assert (used.kind, used.episode, used.location) == (
        SlotKind.MANUAL,
        1,
        "Community hall",
    )
    assert used.saved_at.startswith("2031-04-02")
    assert used.thumbnail.startswith(b"\x89PNG")
    assert summaries["slot-5"].empty


def test_newest_is_the_latest_save_for_continue(store, make_game):
    assert store.newest() is None
    store.save("slot-2", make_game(label="first"))
    store.save("quick", make_game(label="second"))
    store.save("slot-7", make_game(label="third"))
    slot, game = store.newest()
    assert (slot, game.label) == ("slot-7", "third")


def test_newest_skips_damaged_slots(store, make_game):
    store.save("slot-2", make_game(label="good"))
    store.save("slot-3", make_game(label="later"))
    store.path("slot-3").write_bytes(b"{")
    assert store.newest()[1].label == "good"


def test_autosaves_fill_the_empty_slots_then_rotate_the_oldest(store, make_game):
    used = [store.autosave(make_game(label=str(n))) for n in range(5)]
    count = len(autosave_slots())
    assert used[:count] == list(autosave_slots())
    assert used[count:] == list(autosave_slots())[: 5 - count]
    labels = sorted(store.load(slot).label for slot in autosave_slots())
    assert labels == [str(n) for n in range(5 - count, 5)]


def test_delete_removes_the_save_and_its_backup(store, make_game):
    store.save("slot-1", make_game())
    store.save("slot-1", make_game())
    store.delete("slot-1")
    assert store.summary("slot-1").empty
    assert not store.has_backup("slot-1")


def test_a_failed_write_raises_a_save_error_and_keeps_the_slot(
    store, make_game, monkeypatch
):
    from game.save import atomic
    from game.save.errors import SaveError

    store.save("slot-1", make_game(label="kept"))

    def full(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "fsync", full)
    with pytest.raises(SaveError, match="No space left"):
        store.save("slot-1", make_game(label="lost"))
    monkeypatch.undo()
    assert store.load("slot-1").label == "kept"
