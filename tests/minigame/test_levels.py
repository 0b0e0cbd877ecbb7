"""Level maps: the shipped ones load cleanly; broken ones are named precisely."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from game.core.paths import maps_dir, project_root
from game.minigame.levels import LevelError, check_levels, load_level
from game.minigame.spec import GlitchKind

LEVELS = maps_dir() / "minigame"


def _copy(tmp_path: Path, name: str = "ep1_teach") -> Path:
    for extra in ("tissue.tsx", "rules.json"):
        shutil.copy(LEVELS / extra, tmp_path / extra)
    target = tmp_path / f"{name}.tmx"
    shutil.copy(LEVELS / f"{name}.tmx", target)
    return target


def _edit(path: Path, pattern: str, replacement: str) -> None:
    text = path.read_text(encoding="utf-8")
    path.write_text(re.sub(pattern, replacement, text, count=1), encoding="utf-8")


def test_every_shipped_level_checks_clean():
    assert [f.format() for f in check_levels(project_root())] == []


def test_there_are_two_levels_per_episode_with_each_glitch_kind():
    names = sorted(p.stem for p in LEVELS.glob("*.tmx"))
    assert names == [f"ep{e}_{k}" for e in range(1, 6) for k in ("crisis", "teach")]
    kinds = {load_level(LEVELS / f"{n}.tmx").tuning.glitch_kind for n in names}
    assert kinds == set(GlitchKind)


def test_episode_four_crisis_has_at_least_sixty_thousand_bots():
    assert load_level(LEVELS / "ep4_crisis.tmx").tuning.bot_count >= 60_000


def test_the_tooth_has_every_tissue_type():
    spec = load_level(LEVELS / "ep1_teach.tmx")
    assert set(spec.tissue.ravel().tolist()) == {0, 1, 2, 3, 4}


def test_out_of_range_tuning_is_named_with_map_and_property(tmp_path):
    path = _copy(tmp_path)
    _edit(
        path,
        r'name="spread_rate" type="float" value="[^"]*"',
        'name="spread_rate" type="float" value="99.0"',
    )
    messages = [f.format() for f in check_levels(tmp_path)]
    assert any(
        "ep1_teach.tmx" in m and "spread_rate" in m and "out of range" in m
        for m in messages
    )
    with pytest.raises(LevelError):
        load_level(path)


def test_non_numeric_tuning_is_an_error(tmp_path):
    path = _copy(tmp_path)
    _edit(
        path,
        r'name="bot_count" type="int" value="\d+"',
        'name="bot_count" value="lots"',
    )
    messages = [f.format() for f in check_levels(tmp_path)]
    assert any("bot_count" in m and "must be a number" in m for m in messages)


def test_unknown_glitch_kind_lists_the_known_ones(tmp_path):
    path = _copy(tmp_path)
    _edit(
        path, r'name="glitch_kind" value="vanity"', 'name="glitch_kind" value="grumpy"'
    )
    messages = [f.format() for f in check_levels(tmp_path)]
    assert any("grumpy" in m and "vanity" in m and "hidden" in m for m in messages)


def test_floor_above_target_is_an_error(tmp_path):
    path = _copy(tmp_path)
    _edit(
        path,
        r'name="integrity_floor" type="float" value="[^"]*"',
        'name="integrity_floor" type="float" value="0.99"',
    )
    assert any("integrity_floor" in f.message for f in check_levels(tmp_path))


def test_wave_without_count_names_the_object(tmp_path):
    path = _copy(tmp_path, "ep2_teach")
    _edit(path, r'(?s)(name="tamper".*?)<property name="count"[^>]*/>', r"\1")
    messages = [f.format() for f in check_levels(tmp_path)]
    assert any('"tamper" (SabotageWave)' in m and "count" in m for m in messages)


def test_broken_xml_gives_line_and_column(tmp_path):
    path = _copy(tmp_path)
    path.write_text(path.read_text(encoding="utf-8").replace("</layer>", "</layr>", 1))
    (finding,) = [f for f in check_levels(tmp_path) if f.is_error]
    assert "ep1_teach.tmx" in finding.file and "line" in finding.where


def test_unknown_property_is_a_warning(tmp_path):
    path = _copy(tmp_path)
    _edit(
        path,
        r'<property name="title"',
        '<property name="sprad_rate" value="1"/>\n  <property name="title"',
    )
    findings = check_levels(tmp_path)
    assert any(not f.is_error and "sprad_rate" in f.message for f in findings)
    assert not any(f.is_error for f in findings)
