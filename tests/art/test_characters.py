"""The character sheets: layout, metadata and palette, and the cast recipe's errors."""

from __future__ import annotations

import json
import struct
import zlib
from pathlib import Path

import numpy as np
import pytest

from game.art.build_characters import load_sources
from game.art.chars_compose import compose_sheet
from game.art.chars_spec import DIRECTIONS, load_cast
from game.art.grid import TRANSPARENT_INDEX, GridError
from game.art.palette import load_palette
from game.core.paths import assets_dir

SHEETS = sorted((assets_dir() / "characters").glob("*.json"))
REQUIRED = {
    "iris", "elara_voss", "elara_voss_ep5", "elara_myles", "melina_chen", "ortho",
    "malik", "sandra", "patient_june", "patient_omar", "patient_bea", "patient_tomas",
    "watchdog_rep", "staff_1", "staff_2", "staff_3", "patient_a", "patient_b",
    "patient_c",
}  # fmt: skip


def png_indices(path: Path) -> np.ndarray:
    """The palette indices of one of our indexed PNGs."""
    data = path.read_bytes()
    pos, idat, header = 8, b"", b""
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind, body = data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + length]
        idat += body if kind == b"IDAT" else b""
        header = body if kind == b"IHDR" else header
        pos += 12 + length
    width, height = struct.unpack(">II", header[:8])
    rows = np.frombuffer(zlib.decompress(idat), np.uint8).reshape(height, width + 1)
    return rows[:, 1:]


def test_the_whole_cast_has_sheets():
    assert {p.stem for p in SHEETS} >= REQUIRED


@pytest.mark.parametrize("meta_path", SHEETS, ids=lambda p: p.stem)
def test_sheet_has_four_directions_of_idle_and_walk(meta_path):
    meta = json.loads(meta_path.read_text())
    assert list(meta["rows"]) == list(DIRECTIONS)
    idle, walk = meta["animations"]["idle"], meta["animations"]["walk"]
    assert idle["count"] == 2 and walk["count"] == 4
    assert len(idle["durations_ms"]) == 2 and len(walk["durations_ms"]) == 4
    assert idle["first"] + idle["count"] <= walk["first"]
    assert meta["columns"] == walk["first"] + walk["count"]


@pytest.mark.parametrize("meta_path", SHEETS, ids=lambda p: p.stem)
def test_sheet_json_matches_the_png_size(meta_path):
    meta = json.loads(meta_path.read_text())
    pixels = png_indices(meta_path.parent / meta["image"])
    height, width = pixels.shape
    assert [width, height] == meta["size"]
    assert width == meta["frame_width"] * meta["columns"]
    assert height == meta["frame_height"] * len(meta["rows"])


@pytest.mark.parametrize("meta_path", SHEETS, ids=lambda p: p.stem)
def test_every_frame_has_a_figure_inside_its_cell(meta_path):
    meta = json.loads(meta_path.read_text())
    pixels = png_indices(meta_path.parent / meta["image"])
    fw, fh = meta["frame_width"], meta["frame_height"]
    transparent = len(load_palette().colors)
    for row in range(len(meta["rows"])):
        for col in range(meta["columns"]):
            cell = pixels[row * fh : (row + 1) * fh, col * fw : (col + 1) * fw]
            assert (cell != transparent).sum() > 40
            assert int(cell.max()) <= transparent  # palette colours only


def _sheet(person_id: str, parts: dict | None = None) -> np.ndarray:
    palette = load_palette()
    cast, loaded = load_sources(palette)
    person = next(p for p in cast.people if p.id == person_id)
    return compose_sheet(parts or loaded, cast, person, palette)


def test_right_is_drawn_not_the_mirror_of_left():
    sheet = _sheet("iris")
    left, right = sheet[32:64, 0:16], sheet[64:96, 0:16]
    assert not np.array_equal(left[:, ::-1], right)


def test_the_right_row_is_built_from_the_right_parts():
    _, parts = load_sources(load_palette())
    changed = {**parts, "head_right": np.full_like(parts["head_right"], 0)}
    before, after = _sheet("iris"), _sheet("iris", changed)
    assert not np.array_equal(before[64:96], after[64:96])
    assert np.array_equal(before[32:64], after[32:64])


def _twin(name: str) -> str:
    return "_".join("right" if token == "side" else token for token in name.split("_"))


def test_every_side_part_has_a_drawn_right_twin():
    _, parts = load_sources(load_palette())
    sides = [name for name in parts if "side" in name.split("_")]
    assert sides
    assert [name for name in sides if _twin(name) not in parts] == []


def test_a_ground_shadow_sits_under_the_feet_at_the_anchor():
    night = load_palette().index("night")
    sheet = _sheet("malik")
    for col in range(6):  # idle and walk: the shadow does not bob
        frame = sheet[0:32, col * 16 : (col + 1) * 16]
        assert night in frame[31], col
        assert set(np.unique(frame[31])) <= {night, TRANSPARENT_INDEX}


def test_the_hologram_floats_without_a_ground_shadow():
    night = load_palette().index("night")
    assert night not in _sheet("ortho")[31]


def test_walk_frames_differ_so_the_cycle_moves():
    palette = load_palette()
    cast, parts = load_sources(palette)
    person = next(p for p in cast.people if p.id == "malik")
    sheet = compose_sheet(parts, cast, person, palette)
    down = [sheet[0:32, c * 16 : (c + 1) * 16] for c in range(2, 6)]
    assert not np.array_equal(down[0], down[2])  # left and right steps
    assert not np.array_equal(down[0], down[1])  # step and passing pose


def test_a_persons_colours_appear_in_their_sheet():
    palette = load_palette()
    cast, parts = load_sources(palette)
    person = next(p for p in cast.people if p.id == "iris")
    sheet = compose_sheet(parts, cast, person, palette)
    peach = palette.index("peach")
    assert peach in set(np.unique(sheet)) - {TRANSPARENT_INDEX}


def _write_cast(tmp_path: Path, person: dict) -> Path:
    path = tmp_path / "cast.json"
    rig = {"layers": [], "animations": {"idle": {"frames": [{}], "durations_ms": [1]}}}
    cast = {"roles": {"skin": "jfz"}, "rigs": {"human": rig}, "people": {"x": person}}
    path.write_text(json.dumps(cast))
    return path


def test_an_unknown_colour_name_is_reported_with_file_and_person(tmp_path):
    path = _write_cast(tmp_path, {"colours": {"skin": ["tan", "peach", "pink"]}})
    with pytest.raises(GridError, match=r"cast\.json: people\.x: 'pink' is not"):
        load_cast(path, load_palette())


def test_an_unknown_rig_is_reported(tmp_path):
    path = _write_cast(tmp_path, {"rig": "robot"})
    with pytest.raises(GridError, match=r"people\.x: unknown rig 'robot'"):
        load_cast(path, load_palette())


def _portrait_ramp(recipe: dict, ramps: dict, material: str) -> set[str]:
    ramp = recipe["ramps"][material]
    return set(ramps[ramp] if isinstance(ramp, str) else ramp)


PORTRAITS = json.loads(
    (assets_dir() / "src" / "portraits" / "cast.json").read_text(encoding="utf-8")
)
SPRITES = json.loads(
    (assets_dir() / "src" / "characters" / "cast.json").read_text(encoding="utf-8")
)
PORTRAYED = sorted(
    pid
    for pid, recipe in PORTRAITS["characters"].items()
    if "skin" in recipe["ramps"] and pid in SPRITES["people"]
)


def test_every_portrayed_person_has_a_sprite():
    assert set(PORTRAITS["characters"]) <= set(SPRITES["people"])
    assert len(PORTRAYED) >= 15


@pytest.mark.parametrize("pid", PORTRAYED)
@pytest.mark.parametrize("material", ["skin", "hair"])
def test_a_sprites_skin_and_hair_come_from_its_portraits_ramps(pid, material):
    recipe = PORTRAITS["characters"][pid]
    colours = SPRITES["people"][pid]["colours"][material]
    ramp = _portrait_ramp(recipe, PORTRAITS["ramps"], material)
    assert set(colours[1:]) <= ramp  # base and light tones: what the eye reads
