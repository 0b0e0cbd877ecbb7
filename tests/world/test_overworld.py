"""The overworld scene and its session: doors, triggers, NPCs, hot reload."""

from __future__ import annotations

import shutil
from pathlib import Path

import pygame
import pytest

from game.core.options import LaunchOptions
from game.core.story import StoryState
from game.dialogue.conditions import compile_condition, evaluate_condition
from game.dialogue.program import load_text
from game.input.actions import Action, ActionState
from game.scenes.overworld import OverworldScene
from game.tools.screens import headless_context
from game.world.model import Trigger

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "maps"
TICK = 1 / 60
IDLE = ActionState()
DECLARATIONS = """title: Declarations
---
<<declare $has_key = false>>
<<declare $guard_gone = false>>
<<declare $ready = false>>
===
"""


class FakePort:
    """Records what the world asked for; runs on_done at once."""

    def __init__(self, story: StoryState) -> None:
        self.story = story
        self.dialogues: list[str] = []
        self.minigames: list[str] = []
        self.program = load_text(DECLARATIONS)

    def condition(self, expression: str, where: str) -> bool:
        expr = compile_condition(expression, where, self.program)
        return evaluate_condition(expr, self.program, self.story, None)

    def run_dialogue(self, node, on_done=None):
        self.dialogues.append(node)
        if on_done:
            on_done()

    def start_minigame(self, level, intro_node, on_done):
        self.minigames.append(level)
        if on_done:
            on_done()


@pytest.fixture
def display():
    pygame.display.init()
    pygame.display.set_mode((640, 360))
    yield
    pygame.display.quit()


def make(map_name: str, at=None, dev: bool = False, folder: Path = FIXTURES):
    ctx = headless_context(seed=7, options=LaunchOptions(mute=True, dev=dev))
    ctx.story = StoryState()
    port = FakePort(ctx.story)
    scene = OverworldScene(ctx, folder / map_name, at, port)
    return scene, port


def hold(scene, action, ticks):
    for _ in range(ticks):
        scene.update(ActionState(held=frozenset({action})), TICK)


def press(scene, action):
    scene.update(
        ActionState(held=frozenset({action}), pressed=frozenset({action})), TICK
    )


def test_player_starts_at_the_named_spawn():
    scene, _port = make("basic.tmx", "start")
    assert (scene.session.player.x, scene.session.player.y) == (40, 88)


def test_player_can_start_at_an_object_id_for_play_here():
    scene, _port = make("basic.tmx", "6")
    player = scene.session.player
    assert abs(player.x - 104) <= 8 and 40 <= player.y <= 60


def test_a_door_fades_out_and_spawns_the_player_at_the_target():
    scene, _port = make("room_b.tmx", "from_a")
    for _ in range(60):
        hold(scene, Action.DOWN, 1)
        if scene.fading():
            break
    assert scene.map_path.name == "room_b.tmx"
    assert scene.fading()
    for _ in range(60):
        scene.update(IDLE, TICK)
    assert scene.map_path.name == "basic.tmx"
    assert (scene.session.player.x, scene.session.player.y) == (40, 88)
    assert scene.stage.veil.level == 0


def test_a_locked_door_runs_its_locked_dialogue_and_stays():
    scene, port = make("room_b.tmx", "from_a")
    scene.session.player.x, scene.session.player.y = 24, 48
    hold(scene, Action.UP, 20)
    assert port.dialogues == ["Fixture.Locked"]
    assert scene.map_path.name == "room_b.tmx"


def test_an_enter_trigger_fires_once():
    scene, port = make("basic.tmx", "start")
    for _ in range(3):
        hold(scene, Action.UP, 40)
        hold(scene, Action.DOWN, 40)
    assert port.dialogues == ["Fixture.Hello"]


def test_a_trigger_without_once_fires_every_time():
    scene, port = make("basic.tmx", "start")
    trigger = scene.session.world.of_type(Trigger)[0]
    trigger.once = False
    for _ in range(2):
        hold(scene, Action.UP, 40)
        hold(scene, Action.DOWN, 40)
    assert port.dialogues == ["Fixture.Hello", "Fixture.Hello"]


def test_a_map_load_trigger_runs_when_the_map_opens():
    scene, port = make("basic.tmx", "start")
    trigger = scene.session.world.of_type(Trigger)[0]
    trigger.on, trigger.dialogue = "map_load", "Fixture.Arrive"
    scene.session.fire_map_load()
    scene.session.fire_map_load()
    assert port.dialogues == ["Fixture.Arrive"]


def test_a_trigger_waits_for_its_requires():
    scene, _port = make("basic.tmx", "start")
    trigger = scene.session.world.of_type(Trigger)[0]
    trigger.requires = "$ready"
    assert not scene.session.fire(trigger)
    scene.ctx.story.variables["ready"] = True
    assert scene.session.fire(trigger)


def test_talking_to_an_idle_npc_turns_it_to_face_the_player():
    scene, port = make("basic.tmx", "start")
    session = scene.session
    nurse = session.actor("nurse")
    nurse.facing = "left"
    session.player.x, session.player.y, session.player.facing = (
        nurse.x,
        nurse.y + 7,
        "up",
    )
    press(scene, Action.INTERACT)
    assert port.dialogues == ["Fixture.Nurse"]
    assert nurse.facing == "down"


def test_examining_a_prop_runs_its_examine_node():
    scene, port = make("basic.tmx", "start")
    session = scene.session
    session.player.x, session.player.y, session.player.facing = 120, 56, "up"
    press(scene, Action.INTERACT)
    assert port.dialogues == ["fixture_plant"]


def test_a_minigame_station_starts_its_level():
    scene, port = make("basic.tmx", "start")
    session = scene.session
    session.player.x, session.player.y, session.player.facing = 104, 48, "up"
    assert session.target() is not None
    press(scene, Action.INTERACT)
    assert port.minigames == ["minigame/fixture.tmx"]


def test_a_wandering_npc_stays_in_its_area_and_out_of_walls():
    scene, _port = make("room_b.tmx", "from_a")
    session = scene.session
    wanderer = session.actor("wanderer")
    home = (wanderer.x, wanderer.y)
    positions = set()
    for _ in range(60 * 30):
        session.update((0, 0), False, TICK)
        positions.add((round(wanderer.x), round(wanderer.y)))
        assert abs(wanderer.x - home[0]) <= 48 and abs(wanderer.y - home[1]) <= 48
        assert not session.collision.blocked(wanderer.box())
    assert len(positions) > 5


def test_a_wandering_npc_keeps_clear_of_the_player():
    scene, _port = make("room_b.tmx", "from_a")
    session = scene.session
    wanderer = session.actor("wanderer")
    for _ in range(60 * 20):
        session.update((0, 0), False, TICK)
        assert not wanderer.box().overlaps(session.player.box())


def test_a_patrolling_npc_walks_its_path_and_turns_back():
    scene, _port = make("room_b.tmx", "from_a")
    session = scene.session
    session.player.x, session.player.y = 100, 40
    for _ in range(60 * 8):
        session.update((0, 0), False, TICK)
    history = session.brains["guard"].history
    assert history[:3] == [0, 1, 0]


def test_an_npc_is_shown_only_while_its_requires_holds():
    scene, _port = make("room_b.tmx", "from_a")
    guard = scene.session.actor("guard")
    assert guard.visible
    scene.ctx.story.variables["guard_gone"] = True
    scene.session.refresh_visibility()
    assert not guard.visible


def test_dialogue_can_move_and_face_actors():
    scene, _port = make("basic.tmx", "start")
    assert scene.move_actor("nurse", 2, 4)
    assert scene.actor_busy("nurse")
    for _ in range(240):
        scene.update(IDLE, TICK)
    assert not scene.actor_busy("nurse")
    assert scene.face_actor("nurse", "left")
    assert not scene.move_actor("nobody", 1, 1)


def test_a_scripted_walk_that_never_arrives_ends_after_its_budget(monkeypatch):
    scene, _port = make("basic.tmx", "start")
    # a target the actor keeps walking toward without arriving or being stopped
    monkeypatch.setattr("game.world.session.walk_towards", lambda *a: (False, False))
    assert scene.move_actor("nurse", 100000, 4)
    budget = scene.session.tuning.scripted_walk_budget_s
    for _ in range(int(budget / TICK) - 5):
        scene.update(IDLE, TICK)
    assert scene.actor_busy("nurse")
    for _ in range(10):
        scene.update(IDLE, TICK)
    assert not scene.actor_busy("nurse")


def test_a_new_scripted_walk_gets_the_whole_budget(monkeypatch):
    scene, _port = make("basic.tmx", "start")
    monkeypatch.setattr("game.world.session.walk_towards", lambda *a: (False, False))
    budget_ticks = int(scene.session.tuning.scripted_walk_budget_s / TICK)
    scene.move_actor("nurse", 100000, 4)
    for _ in range(budget_ticks - 5):
        scene.update(IDLE, TICK)
    scene.move_actor("nurse", 3, 4)
    for _ in range(budget_ticks - 5):
        scene.update(IDLE, TICK)
    assert scene.actor_busy("nurse")


def test_the_camera_centres_a_map_smaller_than_the_screen():
    scene, _port = make("basic.tmx", "start")
    assert scene.stage.camera.offset() == (-(640 - 160) // 2, -(360 - 128) // 2)


def test_a_broken_map_shows_errors_instead_of_crashing(display):
    scene, _port = make("infinite.tmx")
    assert scene.session is None and "infinite" in scene.stage.errors[0].message
    surface = pygame.Surface((640, 360))
    scene.update(IDLE, TICK)
    scene.draw(surface, 0)


def test_hot_reload_keeps_the_player_and_refuses_a_broken_edit(tmp_path):
    for name in ("fixture.tsx", "fixture.png", "basic.tmx"):
        shutil.copy(FIXTURES / name, tmp_path / name)
    shutil.copytree(FIXTURES / "templates", tmp_path / "templates")
    scene, _port = make("basic.tmx", "start", dev=True, folder=tmp_path)
    scene.session.player.x = 60
    text = (tmp_path / "basic.tmx").read_text()
    (tmp_path / "basic.tmx").write_text(text.replace("Fixture Room", "Fixture Hall"))
    _touch_later(tmp_path / "basic.tmx")
    for _ in range(40):
        scene.update(IDLE, TICK)
    assert scene.session.world.properties.display_name == "Fixture Hall"
    assert scene.session.player.x == 60
    (tmp_path / "basic.tmx").write_text(text.replace('infinite="0"', 'infinite="1"'))
    _touch_later(tmp_path / "basic.tmx")
    for _ in range(40):
        scene.update(IDLE, TICK)
    assert (
        scene.stage.errors
        and scene.session.world.properties.display_name == "Fixture Hall"
    )


def _touch_later(path: Path) -> None:
    stat = path.stat()
    import os

    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))


def test_the_overworld_draws_a_non_blank_frame(display):
    scene, _port = make("basic.tmx", "start")
    surface = pygame.Surface((640, 360))
    scene.draw(surface, 0)
    colours = {
        surface.get_at((x, y))[:3]
        for x in range(240, 400, 7)
        for y in range(116, 244, 7)
    }
    assert len(colours) > 4


def test_a_new_objective_shows_on_the_map_and_then_goes(display):
    scene, _port = make("basic.tmx", "start")
    scene.ctx.stack.push(scene)
    scene.ctx.stack.apply_requests()
    scene.update(IDLE, TICK)
    assert not scene.objective.showing
    scene.ctx.story.objective = "Find Malik in his lab"
    scene.update(IDLE, TICK)
    assert scene.objective.showing and scene.objective.text == "Find Malik in his lab"
    for _ in range(round(3.0 / TICK)):
        scene.update(IDLE, TICK)
    assert not scene.objective.showing


def test_the_objective_toast_is_drawn_at_the_bottom_of_the_screen(display):
    scene, _port = make("basic.tmx", "start")
    scene.ctx.stack.push(scene)
    scene.ctx.stack.apply_requests()
    before = pygame.Surface((640, 360))
    scene.draw(before, 0)
    scene.ctx.story.objective = "Find Malik in his lab"
    scene.update(IDLE, TICK)
    after = pygame.Surface((640, 360))
    scene.draw(after, 0)
    row = [(x, 340) for x in range(200, 440, 5)]
    assert [before.get_at(p) for p in row] != [after.get_at(p) for p in row]
