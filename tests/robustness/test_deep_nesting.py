"""Files nested far deeper than any real one (JSON arrays in arrays, XML
elements in elements) are refused with a message naming the file, quickly,
and nothing else is lost."""

from __future__ import annotations

import json
import time

import pytest
from test_saves import GOOD, write

from game.input.replay import ReplayError, load_recording
from game.save.errors import LoadError
from game.save.settings import default_settings, load_settings
from game.save.slots import SaveStore
from game.tiled.errors import MapLoadError
from game.world.loader import load_map

DEPTH = 100_000
SECONDS = 2.0
NESTED_JSON = "[" * DEPTH + "]" * DEPTH


def timed(action):
    start = time.perf_counter()
    result = action()
    assert time.perf_counter() - start < SECONDS
    return result


def test_a_deeply_nested_save_is_a_damaged_slot_and_the_others_load(tmp_path):
    store = SaveStore(tmp_path)
    write(store, json.loads(json.dumps(GOOD)))  # slot-1 is good
    store.path("slot-2").write_text('{"story": ' + NESTED_JSON + "}", encoding="utf-8")
    with pytest.raises(LoadError) as caught:
        timed(lambda: store.load("slot-2"))
    assert "slot-2.json" in str(caught.value)
    assert store.load("slot-1").story.episode == 1
    slots = {s.slot: s for s in timed(store.list_slots)}
    assert slots["slot-2"].game is None and "slot-2.json" in str(slots["slot-2"].error)
    assert slots["slot-1"].game is not None


def test_a_deeply_nested_recording_is_refused_by_name(tmp_path):
    path = tmp_path / "run.json"
    path.write_text('{"format": 1, "events": ' + NESTED_JSON + "}", encoding="utf-8")
    with pytest.raises(ReplayError, match=r"run\.json"):
        timed(lambda: load_recording(path))


def test_a_deeply_nested_settings_file_is_set_aside_with_defaults(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text('{"volume": ' + NESTED_JSON + "}", encoding="utf-8")
    settings, notes = timed(lambda: load_settings(path))
    assert settings.master_volume == default_settings().master_volume
    assert notes and "settings.json" in notes[0]
    assert not path.exists()  # set aside with a timestamp, defaults in use


def test_a_map_of_deeply_nested_elements_is_refused_by_name(tmp_path):
    path = tmp_path / "deep.tmx"
    depth = 50_000
    path.write_text(
        '<map version="1.10" orientation="orthogonal" width="4" height="4" '
        'tilewidth="16" tileheight="16">'
        + "<group>" * depth
        + "</group>" * depth
        + "</map>",
        encoding="utf-8",
    )
    with pytest.raises(MapLoadError) as caught:
        timed(lambda: load_map(path))
    assert all(f.file.endswith("deep.tmx") for f in caught.value.findings)
