"""Mutated maps are refused with findings, or they load, play and draw; the
checker never answers with a raw internal error."""

from __future__ import annotations

import time
import xml.etree.ElementTree as ET

import pygame
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from xml_mutations import mutate, mutation

from game.core.paths import project_root
from game.core.story import StoryState
from game.input.actions import IDLE
from game.play.conversations import Conversations
from game.scenes.overworld import OverworldScene
from game.tiled.errors import MapLoadError
from game.tools.check import run_checks
from game.tools.screens import headless_context
from game.world.loader import load_map

CASES = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
SECONDS = 5.0
MAPS = ("ep1/lobby.tmx", "ep1/lab.tmx", "sample/showcase.tmx")


@CASES
@given(st.sampled_from(MAPS), st.lists(mutation, min_size=1, max_size=3))
def test_a_mutated_map_is_refused_or_plays(world, name, changes):
    root, ctx = world
    source = root / "maps" / name
    tree = ET.parse(source)
    mutate(tree.getroot(), changes)
    path = source.with_name("mutated.tmx")
    tree.write(path, encoding="utf-8")
    start = time.perf_counter()
    findings = run_checks([path], project_root())
    assert not [f for f in findings if "checker failed" in f.message]
    try:
        load_map(path)
    except MapLoadError as error:
        assert error.findings and all(f.file for f in error.findings)
        return
    scene = OverworldScene(ctx, path, None, Conversations(ctx))
    for _ in range(5):
        scene.update(IDLE, 1 / 60)
    scene.draw(pygame.display.get_surface(), 1.0)
    assert time.perf_counter() - start < SECONDS


@pytest.mark.parametrize(
    ("attribute", "value", "message"),
    [
        ("width", "abc", 'width="abc" should be a whole number'),
        ("width", "99999", "should be a whole number from 0 to 1000"),
        ("nextobjectid", "nan", "should be a whole number"),
    ],
)
def test_a_bad_map_number_is_named(world, attribute, value, message):
    root, _ctx = world
    tree = ET.parse(root / "maps" / "ep1" / "lab.tmx")
    tree.getroot().set(attribute, value)
    path = root / "maps" / "ep1" / "bad_number.tmx"
    tree.write(path, encoding="utf-8")
    with pytest.raises(MapLoadError) as caught:
        load_map(path)
    assert any(message in f.message for f in caught.value.findings)


def test_an_object_with_broken_points_is_named(world):
    root, _ctx = world
    tree = ET.parse(root / "maps" / "sample" / "showcase.tmx")
    poly = next(tree.getroot().iter("polyline"))
    poly.set("points", "1,2 3")
    path = root / "maps" / "sample" / "bad_points.tmx"
    tree.write(path, encoding="utf-8")
    with pytest.raises(MapLoadError) as caught:
        load_map(path)
    assert any("points" in f.message for f in caught.value.findings)


def test_an_unknown_facing_falls_back_and_the_checker_names_it(world):
    root, _ctx = world
    tree = ET.parse(root / "maps" / "ep1" / "lobby.tmx")
    for prop in tree.getroot().iter("property"):
        if prop.get("name") == "facing":
            prop.set("value", "sideways")
            break
    path = root / "maps" / "ep1" / "odd_facing.tmx"
    tree.write(path, encoding="utf-8")
    world_map = load_map(path)
    assert all(getattr(o, "facing", "down") != "sideways" for o in world_map.objects)
    findings = run_checks([path], project_root())
    assert any('"sideways"' in f.message for f in findings)


def test_a_map_that_cannot_be_opened_returns_to_the_title_with_the_reason(world):
    root, _ctx = world
    ctx = headless_context(seed=2)
    broken = root / "maps" / "ep1" / "broken.tmx"
    broken.write_text("<map version=", encoding="utf-8")
    ctx.story = StoryState()
    ctx.nav.enter_map(broken, None)
    ctx.stack.apply_requests()
    assert type(ctx.stack.top).__name__ == "TitleScene"
    assert any("broken.tmx cannot be played" in m.text for m in ctx.messages)
    assert any("not valid XML" in m.text for m in ctx.messages)


def test_a_layer_that_unpacks_into_a_bomb_is_refused_quickly(world):
    import base64
    import zlib

    root, _ctx = world
    tree = ET.parse(root / "maps" / "ep1" / "lab.tmx")
    data = next(tree.getroot().iter("data"))
    bomb = zlib.compress(bytes(200 * 1024 * 1024))  # 200 MB of zeros, ~200 KB packed
    data.set("encoding", "base64")
    data.set("compression", "zlib")
    data.text = base64.b64encode(bomb).decode("ascii")
    path = root / "maps" / "ep1" / "bomb.tmx"
    tree.write(path, encoding="utf-8")
    start = time.perf_counter()
    with pytest.raises(MapLoadError) as caught:
        load_map(path)
    assert time.perf_counter() - start < 2.0
    assert any("unpacks to more than" in f.message for f in caught.value.findings)
