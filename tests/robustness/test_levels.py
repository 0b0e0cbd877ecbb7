"""Mutated minigame levels are refused with findings naming the file, or
they play: a level the checker accepts never crashes the simulation."""

from __future__ import annotations

import time
import xml.etree.ElementTree as ET

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from xml_mutations import mutate, mutation

from game.minigame.levels import LevelError, check_levels, load_level
from game.minigame.sim import make_state, step

CASES = settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
SECONDS = 5.0
TICKS = 30
LEVELS = ("ep1_teach.tmx", "ep3_crisis.tmx", "ep4_crisis.tmx")
HOSTILE = [
    "", "-1", "0", "1", "3.5", "99999999", "1e308", "nan", "inf", "-inf", "abc",
    "true", "x" * 3000, "../../../etc/passwd", "#ff00ff", "640", "0.0001",
]  # fmt: skip


@pytest.fixture(scope="module")
def levels(project_copy):
    """The copied project's levels, tilesets and rules."""
    return project_copy / "maps" / "minigame"


@CASES
@given(st.sampled_from(LEVELS), st.lists(mutation, min_size=1, max_size=3))
def test_a_mutated_level_is_refused_by_name_or_plays(levels, name, changes):
    tree = ET.parse(levels / name)
    mutate(tree.getroot(), changes, HOSTILE)
    path = levels / "mutated.tmx"
    tree.write(path, encoding="utf-8")
    start = time.perf_counter()
    try:
        spec = load_level(path)
    except LevelError as refused:
        assert refused.findings and all(f.file for f in refused.findings)
        assert all("Traceback" not in f.message for f in refused.findings)
        return
    finally:
        path.unlink()
    state = make_state(spec, seed=3)
    for _ in range(TICKS):
        step(state)
    assert time.perf_counter() - start < SECONDS


def test_the_checker_names_a_level_with_a_non_finite_number(levels):
    tree = ET.parse(levels / "ep1_teach.tmx")
    for prop in tree.getroot().iter("property"):
        if prop.get("type") == "float":
            prop.set("value", "nan")
            break
    path = levels / "nan_level.tmx"
    tree.write(path, encoding="utf-8")
    try:
        findings = check_levels(levels.parent.parent)
    finally:
        path.unlink()
    named = [f for f in findings if f.file.endswith("nan_level.tmx")]
    assert named and all(f.is_error for f in named)


def test_a_level_whose_feed_has_no_tissue_is_refused_by_name(levels):
    tree = ET.parse(levels / "ep1_teach.tmx")
    data = next(tree.getroot().iter("data"))
    data.text = ",".join("0" for _ in data.text.split(","))
    path = levels / "no_tissue.tmx"
    tree.write(path, encoding="utf-8")
    try:
        with pytest.raises(LevelError) as refused:
            load_level(path)
    finally:
        path.unlink()
    assert any("covers no tissue" in f.message for f in refused.value.findings)
