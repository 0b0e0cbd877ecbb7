"""game.tiled: TMX/TSX/TX read once into the plain document model."""

from __future__ import annotations

import base64
import xml.etree.ElementTree as ET
import zlib
from pathlib import Path

import pytest

from game.tiled.data import decode_cells
from game.tiled.errors import MapLoadError
from game.tiled.gids import FLIP_D, FLIP_X, FLIP_Y, tile_ref
from game.tiled.model import (
    TiledGroup,
    TiledImageLayer,
    TiledObjectLayer,
    TiledTileLayer,
)
from game.tiled.reader import read_map

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "maps"


def test_layers_come_in_document_order_with_their_groups():
    doc = read_map(FIXTURES / "layer_order.tmx")
    kinds = [(type(n).__name__, n.name) for n in doc.layers]
    assert kinds[:6] == [
        (TiledGroup.__name__, "Ground"),
        (TiledTileLayer.__name__, "Floor"),
        (TiledObjectLayer.__name__, "Triggers"),
        (TiledTileLayer.__name__, "Rugs"),
        (TiledImageLayer.__name__, "Sky"),
        (TiledObjectLayer.__name__, "Entities"),
    ]
    floor = doc.layers[1]
    assert floor.groups == ("",) and not doc.layers[0].groups
    guide = next(n for n in doc.layers if n.name == "Guide")
    assert guide.in_class("EditorOnly")


def test_tile_layers_keep_raw_gids_and_resolve_flips():
    doc = read_map(FIXTURES / "flipped_colliders.tmx")
    walls = next(n for n in doc.tile_layers() if n.name == "Walls")
    assert walls.gids[0][0] == FLIP_Y | 3
    ref = tile_ref(doc.tilesets, walls.gids[3][3])
    assert ref is not None and (ref.tile_id, ref.flip_d) == (2, True)
    ref = tile_ref(doc.tilesets, walls.gids[1][1])
    assert ref is not None and (ref.flip_x, ref.flip_y) == (True, False)


def test_templates_are_merged_and_class_defaults_filled():
    doc = read_map(FIXTURES / "templates.tmx")
    objects = doc.object_layers()[0].objects
    npc = objects[0]
    assert npc.object_class == "NPC" and npc.template.endswith("npc.tx")
    assert npc.properties["facing"] and "requires" in npc.properties


def test_tile_objects_sit_by_their_top_left_and_take_tile_properties():
    doc = read_map(FIXTURES / "tile_objects.tmx")
    obj = doc.object_layers()[0].objects[0]
    assert obj.kind == "tile" and (obj.x, obj.y) == (16, 16)
    assert obj.tile is not None and obj.tile.tile_id == 5


def test_map_class_and_properties_are_typed():
    doc = read_map(FIXTURES.parents[2] / "maps" / "sample" / "showcase.tmx")
    assert doc.map_class == "SmileMap"
    assert isinstance(doc.properties["episode"], int)
    assert isinstance(doc.properties["indoor"], bool)


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("bad_xml.tmx", "not valid XML"),
        ("infinite.tmx", "map is infinite"),
        ("embedded_tileset.tmx", "embedded"),
        ("missing_template.tmx", "not found"),
    ],
)
def test_refusals_are_findings_naming_the_file(name, words):
    with pytest.raises(MapLoadError) as caught:
        read_map(FIXTURES / name)
    assert any(words in f.message and name in f.file for f in caught.value.findings), (
        caught.value
    )


def test_tileset_pictures_can_be_left_unchecked():
    with pytest.raises(MapLoadError):
        read_map(FIXTURES / "missing_image.tmx")
    doc = read_map(FIXTURES / "missing_image.tmx", images=False)
    assert doc.tilesets


def test_base64_zlib_and_csv_decode_to_the_same_cells():
    cells = [1, 2, FLIP_X | 3, FLIP_D | 4]
    raw = b"".join(c.to_bytes(4, "little") for c in cells)
    packed = base64.b64encode(zlib.compress(raw)).decode()
    b64 = ET.fromstring(f'<data encoding="base64" compression="zlib">{packed}</data>')
    csv = ET.fromstring(f'<data encoding="csv">{",".join(map(str, cells))}</data>')
    assert (
        decode_cells(b64, 2, 2) == decode_cells(csv, 2, 2) == ((1, 2), tuple(cells[2:]))
    )
    with pytest.raises(ValueError):
        decode_cells(csv, 3, 2)
