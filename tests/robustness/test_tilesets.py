"""Mutated tilesets and templates are refused with findings naming the file,
or the maps that use them load, play and draw; never a raw internal error."""

from __future__ import annotations

import shutil
import time
import xml.etree.ElementTree as ET

import pygame
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from xml_mutations import mutate, mutation

from game.core.paths import maps_dir, project_root
from game.input.actions import IDLE
from game.play.conversations import Conversations
from game.scenes.overworld import OverworldScene
from game.tiled.errors import MapLoadError
from game.tools.check import run_checks
from game.world.loader import load_map

CASES = settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
SECONDS = 5.0
SHARED = (
    "tilesets/clinic_walls.tsx",
    "tilesets/clinic_furniture.tsx",
    "templates/npc.tx",
    "templates/door.tx",
    "templates/spawn.tx",
)
USER = "ep1/lobby.tmx"  # uses every one of them


def plays(ctx, path) -> None:
    scene = OverworldScene(ctx, path, None, Conversations(ctx))
    for _ in range(5):
        scene.update(IDLE, 1 / 60)
    scene.draw(pygame.display.get_surface(), 1.0)


@CASES
@given(st.sampled_from(SHARED), st.lists(mutation, min_size=1, max_size=3))
def test_a_mutated_tileset_or_template_is_refused_or_plays(world, name, changes):
    root, ctx = world
    shared = root / "maps" / name
    tree = ET.parse(shared)
    mutate(tree.getroot(), changes)
    tree.write(shared, encoding="utf-8")
    start = time.perf_counter()
    try:
        findings = run_checks([root / "maps" / USER], project_root())
        assert not [f for f in findings if "checker failed" in f.message]
        try:
            load_map(root / "maps" / USER)
        except MapLoadError as error:
            assert error.findings and all(f.file for f in error.findings)
            return
        plays(ctx, root / "maps" / USER)
    finally:
        shutil.copyfile(maps_dir() / name, shared)
    assert time.perf_counter() - start < SECONDS


@pytest.mark.parametrize("value", ["nan", "-1", "99999999", "abc"])
def test_a_tileset_with_a_bad_tile_size_is_named(world, value):
    root, _ctx = world
    shared = root / "maps" / "tilesets" / "clinic_walls.tsx"
    tree = ET.parse(shared)
    tree.getroot().set("tilewidth", value)
    tree.write(shared, encoding="utf-8")
    try:
        with pytest.raises(MapLoadError) as caught:
            load_map(root / "maps" / USER)
    finally:
        shutil.copyfile(maps_dir() / "tilesets" / "clinic_walls.tsx", shared)
    assert any("clinic_walls" in f.format() for f in caught.value.findings)


def test_a_template_that_is_not_xml_is_named(world):
    root, _ctx = world
    shared = root / "maps" / "templates" / "npc.tx"
    shared.write_text("<template><object", encoding="utf-8")
    try:
        with pytest.raises(MapLoadError) as caught:
            load_map(root / "maps" / USER)
    finally:
        shutil.copyfile(maps_dir() / "templates" / "npc.tx", shared)
    assert any("templates/npc.tx" in f.format() for f in caught.value.findings)
