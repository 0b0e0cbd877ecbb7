"""MapStage: staging maps, doors, map_load, music, saving spots (no display)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import numpy as np

from game.core.story import StoryState
from game.world.model import Trigger
from game.world.stage import MapStage, character_of

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "maps"
TICK = 1 / 60
DOWN = (0, 1)


class FakePort:
    """Conditions from a table ('' holds); records the dialogue started."""

    def __init__(self) -> None:
        self.truths = {"not $guard_gone": True}
        self.dialogues: list[str] = []

    def condition(self, expression: str, where: str) -> bool:
        return self.truths.get(expression, expression == "")

    def run_dialogue(
        self, node: str, on_done: Callable[[], None] | None = None
    ) -> None:
        self.dialogues.append(node)

    def start_minigame(
        self, level: str, intro_node: str | None, on_done: Callable[[], None] | None
    ) -> None:
        pass


def stage_at(
    map_name: str, at: str | None = None, folder: Path = FIXTURES
) -> tuple[MapStage, FakePort]:
    port = FakePort()
    story = StoryState(episode=1)
    stage = MapStage(port, np.random.default_rng(7), lambda: story)
    stage.open(folder / map_name, at)
    return stage, port


def walk(stage: MapStage, direction: tuple[int, int], ticks: int) -> None:
    for _ in range(ticks):
        if stage.update(TICK, covered=False):
            stage.step(direction, False, TICK)


def test_the_stage_opens_a_map_with_the_player_at_the_named_spawn():
    stage, _port = stage_at("basic.tmx", "start")
    assert stage.session is not None
    assert (stage.session.player.x, stage.session.player.y) == (40, 88)


def test_a_broken_map_leaves_its_findings_and_no_session():
    stage, _port = stage_at("infinite.tmx")
    assert stage.session is None and "infinite" in stage.errors[0].message
    assert stage.map_path.name == "infinite.tmx"
    assert not stage.update(TICK, covered=False)


def test_map_load_triggers_wait_until_the_stage_is_entered_then_fire_once():
    stage, port = stage_at("basic.tmx", "start")
    assert stage.session is not None
    trigger = stage.session.world.of_type(Trigger)[0]
    trigger.on, trigger.dialogue = "map_load", "Fixture.Arrive"
    stage._map_load_due = True  # as if the map had just been installed
    assert port.dialogues == []
    stage.enter()
    stage.enter()
    assert port.dialogues == ["Fixture.Arrive"]


def test_a_door_takes_the_player_to_its_target_spawn_after_the_fade():
    stage, _port = stage_at("room_b.tmx", "from_a")
    for _ in range(60):
        walk(stage, DOWN, 1)
        if stage.fading():
            break
    walk(stage, (0, 0), 60)
    assert stage.map_path.name == "basic.tmx"
    assert stage.session is not None
    assert (stage.session.player.x, stage.session.player.y) == (40, 88)
    assert stage.veil.level == 0 and not stage.fading()


def test_the_player_stands_still_while_the_door_fade_darkens():
    stage, _port = stage_at("room_b.tmx", "from_a")
    for _ in range(60):
        walk(stage, DOWN, 1)
        if stage.fading():
            break
    assert stage.session is not None
    y = stage.session.player.y
    walk(stage, DOWN, 5)
    assert stage.map_path.name == "room_b.tmx" and stage.session.player.y == y


def test_no_save_spot_while_a_door_fade_runs():
    stage, _port = stage_at("room_b.tmx", "from_a")
    assert stage.save_spot() is not None
    stage.fade("out")
    assert stage.save_spot() is None


def test_the_save_spot_names_the_map_and_where_the_player_stands():
    stage, _port = stage_at("basic.tmx", "start")
    spot = stage.save_spot()
    assert spot is not None
    assert (spot.map_path.name, spot.position, spot.label) == (
        "basic.tmx",
        (40, 88),
        "Fixture Room",
    )


def test_a_player_placed_in_a_wall_is_moved_to_the_nearest_free_spot():
    stage, _port = stage_at("basic.tmx", "start")
    stage.place_player((8.0, 8.0), "left")
    assert stage.session is not None
    player = stage.session.player
    assert not stage.session.collision.blocked(player.box())
    assert player.facing == "left" and abs(player.x - 8) + abs(player.y - 8) < 32


def test_a_map_asks_for_its_music_once(tmp_path: Path):
    for name in ("fixture.tsx", "fixture.png"):
        shutil.copy(FIXTURES / name, tmp_path / name)
    shutil.copytree(FIXTURES / "templates", tmp_path / "templates")
    text = (FIXTURES / "basic.tmx").read_text()
    music = '<property name="music" value="clinic_calm"/>\n  <property name="episode"'
    (tmp_path / "basic.tmx").write_text(text.replace('<property name="episode"', music))
    stage, _port = stage_at("basic.tmx", "start", folder=tmp_path)
    assert stage.take_music() == "clinic_calm"
    assert stage.take_music() is None


def test_the_prompt_names_what_the_player_faces_and_hides_under_a_fade():
    stage, _port = stage_at("basic.tmx", "start")
    assert stage.session is not None
    player = stage.session.player
    player.x, player.y, player.facing = 120, 56, "up"
    found = stage.prompt()
    assert found is not None and found.label == "Look"
    stage.veil.level = 0.5
    assert stage.prompt() is None


def test_the_camera_follows_only_actors_on_the_map():
    stage, _port = stage_at("basic.tmx", "start")
    assert stage.camera_follow("nurse") and stage.follow_key == "nurse"
    assert not stage.camera_follow("nobody") and stage.follow_key == "nurse"


def test_a_shake_offsets_the_view_and_settles():
    stage, _port = stage_at("basic.tmx", "start")
    still = stage.offset(1.0)
    stage.shake(3.0)
    walk(stage, (0, 0), 1)
    assert stage.offset(1.0) != still
    walk(stage, (0, 0), 60)
    assert stage.camera.shake == 0.0 and stage.offset(1.0) == still


def test_the_player_is_the_episodes_character_and_iris_without_a_story():
    assert character_of(None) == "iris"
    assert character_of(StoryState(episode=1)) == "iris"


PYGAMELESS_WALK = """
import sys
sys.modules["pygame"] = None  # any import of pygame now fails
import numpy as np
from pathlib import Path
from game.world import camera, doors, prompt, transitions
from game.world.stage import MapStage

class Port:
    def condition(self, expression, where): return expression == ""
    def run_dialogue(self, node, on_done=None): pass
    def start_minigame(self, level, intro_node, on_done): pass

stage = MapStage(Port(), np.random.default_rng(1), lambda: None)
assert stage.open(Path("tests/fixtures/maps/room_b.tmx"), "from_a")
for _ in range(120):
    if stage.update(1 / 60, covered=False):
        stage.step((0, 0) if stage.fading() else (0, 1), False, 1 / 60)
assert stage.map_path.name == "basic.tmx", stage.map_path
"""


def test_the_stage_walks_through_a_door_with_pygame_unavailable():
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run(
        [sys.executable, "-c", PYGAMELESS_WALK],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr


def test_a_door_to_a_broken_map_names_the_door_before_the_targets_error(
    tmp_path: Path,
):
    for name in ("fixture.tsx", "fixture.png", "room_b.tmx", "infinite.tmx"):
        shutil.copy(FIXTURES / name, tmp_path / name)
    shutil.copytree(FIXTURES / "templates", tmp_path / "templates")
    room = tmp_path / "room_b.tmx"
    room.write_text(
        room.read_text().replace('value="basic.tmx"', 'value="infinite.tmx"')
    )
    stage, _port = stage_at("room_b.tmx", "from_a", folder=tmp_path)
    for _ in range(120):
        walk(stage, DOWN, 1)
    finding = stage.errors[0]
    assert finding.file.endswith("room_b.tmx")
    assert finding.where == 'Entities › #2 "to_basic" (Door) @ tile 3,4'
    assert finding.message.startswith(str(tmp_path / "infinite.tmx"))
    assert "infinite" in finding.message.split(": ", 1)[1]
