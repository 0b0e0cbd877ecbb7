"""Corrupt files of every kind make the loader raise LoadError, never crash."""

import contextlib
import json
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from game.core.story import StoryState
from game.save.codec import checksum, decode_save, encode_save
from game.save.errors import LoadError
from game.save.model import SaveGame

PATH = Path("slot-1.json")
FUZZ = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)


def good_file() -> bytes:
    story = StoryState(variables={"trust": 1.0, "x": True}, visits={"A": 2})
    game = SaveGame(story, "maps/a.tmx", (4.0, 8.0), saved_at="2031-01-01T00:00:00")
    return encode_save(game)


GOOD = good_file()

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=20,
)


def loads_or_load_error(raw: bytes) -> None:
    try:
        assert isinstance(decode_save(raw, PATH), SaveGame)
    except LoadError as error:
        assert "slot-1.json" in str(error)


@FUZZ
@given(st.binary(max_size=600))
def test_random_bytes_never_crash_the_loader(raw):
    loads_or_load_error(raw)


@FUZZ
@given(st.integers(0, len(GOOD)))
def test_a_save_cut_anywhere_never_crashes_the_loader(cut):
    loads_or_load_error(GOOD[:cut])


@FUZZ
@given(
    st.lists(
        st.tuples(st.integers(0, len(GOOD) - 1), st.integers(0, 255)),
        min_size=1,
        max_size=8,
    )
)
def test_a_save_with_flipped_bytes_never_crashes_the_loader(flips):
    raw = bytearray(GOOD)
    for index, value in flips:
        raw[index] = value
    loads_or_load_error(bytes(raw))


def resigned(data: dict) -> bytes:
    # A correct checksum gets past the checksum check to the shape checks.
    with contextlib.suppress(ValueError):
        data["checksum"] = checksum(data)
    return json.dumps(data).encode()


@FUZZ
@given(st.sampled_from(sorted(json.loads(GOOD))), json_values)
def test_any_field_replaced_by_any_json_never_crashes_the_loader(key, value):
    data = json.loads(GOOD)
    data[key] = value
    loads_or_load_error(resigned(data))


@FUZZ
@given(
    st.sampled_from(sorted(json.loads(GOOD)["story"])),
    json_values,
    st.sampled_from([1, 2]),
)
def test_any_story_field_replaced_never_crashes_the_loader(key, value, version):
    data = json.loads(GOOD)
    data["story"][key] = value
    data["schema_version"] = version
    loads_or_load_error(resigned(data))
