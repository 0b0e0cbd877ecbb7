"""The built tilesets: .tsx files agree with their PNGs and are safe to use."""

from __future__ import annotations

import json
import struct
import xml.etree.ElementTree as ET
import zlib
from pathlib import Path

import numpy as np
import pytest

from game.art.build_tiles import compose_set, recipes
from game.art.grid import GridError
from game.art.palette import load_palette
from game.art.tiles_sheet import build_sheet
from game.art.tiles_spec import load_spec
from game.art.tiles_tsx import tsx_text
from game.core.paths import maps_dir

TSX_FILES = sorted((maps_dir() / "tilesets").glob("*.tsx"))
EXPECTED = {
    "clinic_floors",
    "clinic_walls",
    "clinic_furniture",
    "clinic_tech",
    "forum",
    "city",
}


def png_indices(path: Path) -> tuple[int, int, np.ndarray, bytes]:
    """(width, height, palette indices, PLTE bytes) of one of our indexed PNGs."""
    data = path.read_bytes()
    pos, chunks = 8, {}
    idat = b""
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind = data[pos + 4 : pos + 8]
        body = data[pos + 8 : pos + 8 + length]
        if kind == b"IDAT":
            idat += body
        chunks[kind] = body
        pos += 12 + length
    width, height, depth, colour = struct.unpack(">IIBB", chunks[b"IHDR"][:10])
    assert (depth, colour) == (8, 3)
    rows = np.frombuffer(zlib.decompress(idat), np.uint8).reshape(height, width + 1)
    assert not rows[:, 0].any()  # filter type 0 everywhere
    return width, height, rows[:, 1:], chunks[b"PLTE"]


def test_every_recipe_has_a_built_tileset():
    built = {p.stem for p in TSX_FILES}
    assert {p.stem for p in recipes()} == built
    assert built >= EXPECTED


@pytest.mark.parametrize("tsx", TSX_FILES, ids=lambda p: p.stem)
def test_tileset_image_size_matches_the_png(tsx):
    root = ET.parse(tsx).getroot()
    image = root.find("image")
    png = (tsx.parent / image.get("source")).resolve()
    width, height, _, _ = png_indices(png)
    assert (int(image.get("width")), int(image.get("height"))) == (width, height)
    columns = int(root.get("columns"))
    assert columns * 16 == width
    assert int(root.get("tilecount")) == columns * (height // 16)


@pytest.mark.parametrize("tsx", TSX_FILES, ids=lambda p: p.stem)
def test_collision_shapes_lie_within_their_tile(tsx):
    for obj in ET.parse(tsx).getroot().iter("object"):
        x, y = float(obj.get("x")), float(obj.get("y"))
        polygon = obj.find("polygon")
        if polygon is not None:
            points = [
                tuple(map(float, p.split(","))) for p in polygon.get("points").split()
            ]
            corners = [(x + px, y + py) for px, py in points]
        else:
            w, h = float(obj.get("width")), float(obj.get("height"))
            assert w > 0 and h > 0
            corners = [(x, y), (x + w, y + h)]
        assert all(0 <= cx <= 16 and 0 <= cy <= 16 for cx, cy in corners)


@pytest.mark.parametrize("tsx", TSX_FILES, ids=lambda p: p.stem)
def test_animation_frames_name_existing_tiles(tsx):
    root = ET.parse(tsx).getroot()
    count = int(root.get("tilecount"))
    for frame in root.iter("frame"):
        assert 0 <= int(frame.get("tileid")) < count
        assert int(frame.get("duration")) > 0


@pytest.mark.parametrize("tsx", TSX_FILES, ids=lambda p: p.stem)
def test_pngs_use_only_palette_colours(tsx):
    palette = load_palette()
    png = tsx.parent / ET.parse(tsx).getroot().find("image").get("source")
    _, _, indices, plte = png_indices(png)
    used = len(palette.colors)
    assert plte[: used * 3] == b"".join(bytes(c) for c in palette.colors)
    assert int(indices.max()) <= used  # `used` is the transparent slot


def test_tile_names_are_unique_within_each_tileset():
    for tsx in TSX_FILES:
        names = [
            p.get("value")
            for p in ET.parse(tsx).getroot().iter("property")
            if p.get("name") == "tile_name"
        ]
        assert len(names) == len(set(names)), tsx.name


def test_door_tiles_point_at_an_animated_opening_tile():
    root = ET.parse(maps_dir() / "tilesets" / "clinic_walls.tsx").getroot()
    tiles = {int(t.get("id")): t for t in root.findall("tile")}
    doors = [t for t in tiles.values() if t.get("type") == "Door"]
    assert len(doors) == 4
    for door in doors:
        link = next(p for p in door.iter("property") if p.get("name") == "opening_tile")
        opening = tiles[int(link.get("value"))]
        assert opening.get("type") == "DoorOpening"
        frames = [int(f.get("tileid")) for f in opening.iter("frame")]
        assert frames[0] == int(door.get("id")) and len(frames) == 4


def test_walls_collide_and_floors_do_not():
    root = ET.parse(maps_dir() / "tilesets" / "clinic_walls.tsx").getroot()
    walls = [t for t in root.findall("tile") if t.get("type") == "Wall"]
    assert walls and all(t.find("objectgroup") is not None for t in walls)
    floors = ET.parse(maps_dir() / "tilesets" / "clinic_floors.tsx").getroot()
    assert floors.find("tile/objectgroup") is None


def test_tsx_text_is_the_same_on_every_build():
    palette = load_palette()
    recipe = recipes()[0]
    first = tsx_text("x", compose_set(recipe, palette), "x.png")
    second = tsx_text("x", compose_set(recipe, palette), "x.png")
    assert first == second


def test_overlapping_pieces_are_refused_naming_the_file_and_tile(tmp_path):
    recipe = tmp_path / "bad.json"
    recipe.write_text(
        json.dumps(
            {
                "pieces": [
                    {"name": "a", "at": [0, 0]},
                    {"name": "b", "picture": "a", "at": [0, 0]},
                ]
            }
        )
    )
    palette = load_palette()
    pictures = {"a": np.zeros((16, 16), np.uint8)}
    with pytest.raises(GridError, match=r"bad\.json: tile 'b' overlaps 'a'"):
        build_sheet(load_spec(recipe), pictures, palette)


def test_a_picture_that_is_not_whole_tiles_is_refused(tmp_path):
    recipe = tmp_path / "odd.json"
    recipe.write_text(json.dumps({"pieces": [{"name": "a", "at": [0, 0]}]}))
    pictures = {"a": np.zeros((16, 12), np.uint8)}
    with pytest.raises(GridError, match=r"odd\.json: piece 'a'.*whole 16x16 tiles"):
        build_sheet(load_spec(recipe), pictures, load_palette())
