"""The map loader: each pytmx gap from research-notes/tiled.md §2 on its fixture."""

from __future__ import annotations

from pathlib import Path

import pytest

from game.tiled.errors import MapLoadError
from game.world.loader import load_map
from game.world.model import (
    NPC,
    Door,
    MinigameStation,
    PatrolPath,
    Prop,
    Spawn,
    Trigger,
)

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "maps"


def load(name: str):
    return load_map(FIXTURES / name)


def refusal(name: str) -> str:
    with pytest.raises(MapLoadError) as caught:
        load(name)
    return str(caught.value)


def test_a_complete_map_gives_typed_objects_with_contract_properties():
    world = load("basic.tmx")
    kinds = {type(o) for o in world.objects}
    assert {Spawn, NPC, Door, Prop, PatrolPath, MinigameStation, Trigger} <= kinds
    assert world.properties.display_name == "Fixture Room"
    assert world.properties.episode == 1
    assert world.default_spawn().name == "start"


def test_class_attribute_written_by_tiled_1_9_is_read_as_the_class():
    world = load("class19.tmx")
    assert isinstance(world.objects[0], Spawn)


def test_template_instances_get_class_name_size_and_properties():
    npc = load("templates.tmx").objects[0]
    assert isinstance(npc, NPC)
    assert npc.name == "nurse"
    assert npc.dialogue == "Fixture.Nurse"
    assert (npc.shape.rect.w, npc.shape.rect.h) == (16, 16)


def test_tile_template_gid_is_remapped_to_the_maps_firstgid():
    world = load("templates.tmx")
    npc = world.objects[0]
    assert npc.tile is not None
    assert world.tilesets[npc.tile.tileset].name == "fixture"
    assert npc.tile.tile_id == 4


def test_instance_overrides_win_over_the_template():
    other = load("templates.tmx").objects[1]
    assert other.name == "other"
    assert other.facing == "left"
    assert other.dialogue == "Fixture.Nurse"


def test_class_defaults_come_from_the_project_file():
    door, trigger = load("defaults.tmx").objects
    assert door.transition == "fade"
    assert trigger.on == "enter"
    assert trigger.once is False  # the map's own value wins over the default


def test_tile_objects_inherit_their_tiles_class_and_custom_properties():
    prop, npc = load("tile_objects.tmx").objects
    assert isinstance(prop, Prop) and prop.examine == "fixture_plant"
    assert isinstance(npc, NPC) and npc.npc_id == "fixture_nurse"


def test_tile_objects_drop_pytmx_internal_keys():
    prop = load("tile_objects.tmx").objects[0]
    assert not {"colliders", "frames", "width", "source"} & set(prop.properties)


def test_tile_objects_are_stored_by_their_top_left_corner():
    prop = load("tile_objects.tmx").objects[0]
    assert (prop.shape.rect.x, prop.shape.rect.y) == (16, 16)


def test_empty_string_properties_stay_empty_strings():
    vase = load("empty_string.tmx").objects[0]
    assert vase.examine == ""
    assert vase.properties["note"] == ""


def test_layers_draw_in_document_order_split_around_entities():
    world = load("layer_order.tmx")
    assert [layer.name for layer in world.below] == ["Floor", "Rugs", "Sky"]
    assert [layer.name for layer in world.above] == ["Roof", "Lamps"]


def test_editor_only_layers_are_not_drawn_and_hidden_layers_still_are():
    world = load("layer_order.tmx")
    names = [layer.name for layer in world.below + world.above]
    assert "Guide" not in names
    assert "Lamps" in names
    assert world.hidden_layers == ["Lamps"]


def test_image_layers_are_loaded_with_their_own_picture_and_offset():
    world = load("image_layer.tmx")
    backdrop = world.below[1]
    assert backdrop.image.name == "fixture.png"
    assert backdrop.offset == (0, 8)


def test_flipped_tiles_have_flipped_colliders():
    boxes = sorted(
        (s.rect.x, s.rect.y, s.rect.w, s.rect.h)
        for s in load("flipped_colliders.tmx").colliders
        if not s.points
    )
    # half tile: as drawn bottom half; flipped vertically top half;
    # flipped diagonally the bottom half becomes the right half
    assert (0, 0, 16, 8) in boxes
    assert (16, 24, 16, 8) in boxes
    assert (56, 48, 8, 16) in boxes


def test_flipped_polygon_collider_is_mirrored():
    triangle = next(s for s in load("flipped_colliders.tmx").colliders if s.points)
    assert sorted(triangle.points) == [(32, 32), (48, 32), (48, 48)]


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("infinite.tmx", "infinite"),
        ("isometric.tmx", "orthogonal"),
        ("zstd.tmx", "zstd"),
        ("class_property.tmx", "class-valued"),
        ("list_property.tmx", "list properties"),
        ("fractional_offset.tmx", "whole pixel"),
        ("reserved_name.tmx", '"width" is reserved'),
        ("embedded_tileset.tmx", "embedded"),
        ("missing_tsx.tmx", '"nowhere.tsx" not found'),
        ("missing_template.tmx", '"templates/gone.tx" not found'),
        ("missing_image.tmx", '"not_there.png" not found'),
        ("wrong_image_size.tmx", "64x32 but the tileset says 64x64"),
        ("bad_gid.tmx", "not in tileset"),
    ],
)
def test_unusable_maps_are_refused_with_a_designer_message(name, words):
    message = refusal(name)
    assert words in message
    assert "Traceback" not in message
    assert ".tmx" in message or ".tsx" in message


def test_refusal_names_the_object():
    assert 'Entities › #9 "chair" (Prop) @ tile 1,2' in refusal("reserved_name.tmx")


def test_bad_xml_is_reported_with_line_and_column():
    message = refusal("bad_xml.tmx")
    assert "bad_xml.tmx › line 14 col 3" in message
    assert "mismatched tag" in message
