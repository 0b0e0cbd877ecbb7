"""maps/sample/showcase.tmx: every class, template and layer rule, playable."""

from __future__ import annotations

from pathlib import Path

from game.core.paths import maps_dir, project_root
from game.core.story import StoryState
from game.input.actions import Action, ActionState
from game.tools.check import run_checks
from game.tools.screens import headless_context
from game.world.loader import load_map
from game.world.model import OBJECT_CLASSES, TileLayer

SHOWCASE = maps_dir() / "sample" / "showcase.tmx"


def test_showcase_uses_every_object_class():
    kinds = {o.kind for o in load_map(SHOWCASE).objects}
    assert set(OBJECT_CLASSES) <= kinds


def test_showcase_uses_every_template():
    text = SHOWCASE.read_text()
    for template in sorted((maps_dir() / "templates").glob("*.tx")):
        assert f"../templates/{template.name}" in text, template.name


def test_showcase_uses_every_layer_rule():
    world = load_map(SHOWCASE)
    assert world.below and world.above
    assert {"Entities", "Triggers", "Collision", "Furnishings", "Guide"} <= set(
        world.layer_names
    )
    drawn = [layer.name for layer in world.below + world.above]
    assert "Guide" not in drawn  # EditorOnly
    assert drawn.index("Furniture") < len(world.below)  # group children draw below
    assert any(isinstance(layer, TileLayer) for layer in world.above)
    assert {t.on for t in world.of_type(OBJECT_CLASSES["Trigger"])} == {
        "enter",
        "interact",
        "map_load",
    }


def test_showcase_maps_validate():
    paths = sorted((maps_dir() / "sample").glob("*.tmx"))
    findings = run_checks(paths, project_root())
    levels = list((maps_dir() / "minigame").glob("*.tmx"))
    if not levels:  # minigame levels not written yet: stations point ahead
        findings = [f for f in findings if 'level "' not in f.message]
    assert [f.format() for f in findings] == []


def test_walking_up_through_the_lobby_door_enters_the_treatment_room():
    ctx = headless_context(seed=3)
    ctx.story = StoryState()
    scene = ctx.nav.enter_map(SHOWCASE, "from_room")
    ctx.stack.apply_requests()
    while ctx.stack.top is not scene:  # a map_load conversation may open
        ctx.stack.pop()
        ctx.stack.apply_requests()
    up = ActionState(held=frozenset({Action.UP}))
    for _ in range(120):
        if Path(scene.map_path).name == "showcase_room.tmx":
            break
        scene.update(up, 1 / 60)
    assert Path(scene.map_path).name == "showcase_room.tmx"
    player = scene.session.player
    spawn = scene.session.world.spawn("from_lobby")
    assert abs(player.x - spawn.shape.rect.x) <= 1
