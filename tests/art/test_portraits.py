"""Portraits: every character has every mood, recipes are checked."""

from __future__ import annotations

import json

import pytest

from game.art.build_portraits import Composer
from game.art.grid import GridError
from game.art.palette import load_palette
from game.core.paths import assets_dir

REQUIRED_MOODS = {"neutral", "happy", "worried", "determined"}
PROTAGONISTS = ["iris", "elara_voss", "elara_myles", "melina_chen", "elara_voss_ep5"]
SRC = assets_dir() / "src" / "portraits"


def cast() -> dict:
    return json.loads((SRC / "cast.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("who", sorted(cast()["characters"]))
def test_built_portrait_lists_every_required_mood(who):
    meta = json.loads((assets_dir() / "portraits" / f"{who}.json").read_text())
    assert set(meta["moods"]) >= REQUIRED_MOODS
    assert sorted(meta["moods"].values()) == list(range(len(meta["moods"])))


def test_the_five_protagonists_exist():
    assert set(PROTAGONISTS) <= set(cast()["characters"])


def test_strip_is_one_64px_frame_per_mood():
    composer = Composer(SRC, load_palette())
    strip = composer.mood_strip("iris")
    assert strip.shape == (64, 64 * len(composer.cast["moods"]))


def test_moods_differ_from_each_other():
    composer = Composer(SRC, load_palette())
    frames = [composer.frame("iris", mood).tobytes() for mood in composer.cast["moods"]]
    assert len(set(frames)) == len(frames)


def test_unknown_part_is_named_with_the_character():
    composer = Composer(SRC, load_palette())
    composer.cast["characters"]["iris"]["parts"].append("hat_of_mystery")
    with pytest.raises(
        GridError, match=r"cast\.json: character 'iris' uses part 'hat_of"
    ):
        composer.frame("iris", "happy")


def test_missing_ramp_is_named_with_the_character():
    composer = Composer(SRC, load_palette())
    del composer.cast["characters"]["iris"]["ramps"]["hair"]
    with pytest.raises(GridError, match=r"'iris' needs a 'hair' ramp"):
        composer.frame("iris", "neutral")


def test_a_new_character_needs_only_data():
    composer = Composer(SRC, load_palette())
    composer.cast["characters"]["newcomer"] = {
        "name": "Newcomer",
        "ramps": {"skin": "skin_deep", "hair": "hair_grey", "eye": "eye_teal",
                  "outfit": "cloth_green"},
        "parts": ["neck", "body_shirt", "head", "eyes_{mood}", "brows_{mood}",
                  "mouth_{mood}", "hair_crop_front"],
    }  # fmt: skip
    assert composer.mood_strip("newcomer").shape[0] == 64
