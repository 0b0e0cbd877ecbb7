import json
import shutil
from pathlib import Path

import pytest

from game.save.errors import Damage, LoadError
from game.save.migrations import SCHEMA_VERSION, migrate

FIXTURE = Path(__file__).parent / "fixtures" / "v1_save.json"


@pytest.fixture
def v1_slot(store):
    store.directory.mkdir(parents=True)
    shutil.copy(FIXTURE, store.path("slot-2"))
    return store.path("slot-2")


def test_a_version_1_save_loads_with_its_state_in_the_new_shape(store, v1_slot):
    game = store.load("slot-2")
    assert game.schema_version == SCHEMA_VERSION
    assert game.story.variables == {
        "told_patients_truth": True,
        "trust": 3.0,
        "sandra_contacted": False,
        "last_patient": "Mr. Okafor",
    }
    assert game.story.visits == {"Launch": 1, "Malik_Discovery": 2}
    assert game.story.once == {"ortho_first_hint", "lobby_poster"}
    assert game.story.minigame["teaching"]["outcome"] == "won"
    assert game.play_time == 1265.5
    assert game.position == (312.0, 184.5)
    assert game.facing == "left"
    assert game.label == "Treatment floor"
    assert game.saved_at == "2024-06-10T15:00:00+00:00"
    assert game.thumbnail == b""


def test_loading_a_version_1_save_does_not_rewrite_it(store, v1_slot):
    store.load("slot-2")
    assert v1_slot.read_bytes() == FIXTURE.read_bytes()


def test_a_migrated_save_is_written_back_in_the_current_format(store, v1_slot):
    store.save("slot-2", store.load("slot-2"))
    assert json.loads(v1_slot.read_bytes())["schema_version"] == SCHEMA_VERSION
    assert store.load("slot-2").label == "Treatment floor"


def test_a_version_1_save_missing_a_field_is_wrong_shape(store, v1_slot):
    data = json.loads(FIXTURE.read_bytes())
    del data["x"]
    v1_slot.write_text(json.dumps(data))
    with pytest.raises(LoadError) as caught:
        store.load("slot-2")
    assert caught.value.kind is Damage.WRONG_SHAPE
    assert "'x'" in str(caught.value)


def test_current_data_passes_through_migrate_unchanged():
    data = {"schema_version": SCHEMA_VERSION, "anything": 1}
    assert migrate(data, SCHEMA_VERSION) is data
