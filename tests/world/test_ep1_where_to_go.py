"""Episode 1's maps tell the player where to go: every door has a plate,
and everyone without something to say has a bark instead of a Talk prompt."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pytest

from game.core.paths import maps_dir
from game.core.story import StoryState
from game.world.loader import load_map
from game.world.model import NPC, Door
from game.world.stage import MapStage
from game.world.tuning import load_tuning

EP1 = maps_dir() / "ep1"
MAPS = ("lobby", "treatment", "lab", "community")


@pytest.mark.parametrize("name", MAPS)
def test_every_door_has_a_short_label(name):
    limit = load_tuning().door_label_max_chars
    for door in load_map(EP1 / f"{name}.tmx").of_type(Door):
        assert 0 < len(door.label) <= limit, door.name


@pytest.mark.parametrize("name", MAPS)
def test_every_npc_has_a_conversation_a_bark_or_is_forum_scenery(name):
    for npc in load_map(EP1 / f"{name}.tmx").of_type(NPC):
        scenery = npc.requires == "$ep1_stage == 6"  # stands at the forum only
        assert bool(npc.dialogue) != bool(npc.bark) or scenery, npc.name


class Port:
    """Every condition holds; bark nodes say their name."""

    def __init__(self) -> None:
        self.dialogues: list[str] = []

    def condition(self, expression: str, where: str) -> bool:
        return True

    def run_dialogue(self, node: str, on_done: Callable[[], None] | None = None):
        self.dialogues.append(node)

    def start_minigame(self, level, intro_node, on_done) -> None:
        pass

    def bark_lines(self, node: str) -> list[str]:
        return [f"{node} says hello."]


def lobby_with_player_at(x: float, y: float, facing: str) -> tuple[MapStage, Port]:
    port = Port()
    stage = MapStage(port, np.random.default_rng(1), lambda: StoryState(episode=1))
    stage.open(EP1 / "lobby.tmx", "start")
    stage.place_player((x, y), facing)
    return stage, port


def npc_feet(stage: MapStage, name: str) -> tuple[float, float]:
    assert stage.session is not None
    actor = next(a for a in stage.session.npcs if a.key == name)
    return actor.x, actor.y


def test_facing_someone_with_nothing_to_say_shows_no_talk_prompt():
    stage, _port = lobby_with_player_at(0, 0, "down")
    x, y = npc_feet(stage, "reading_patient")
    stage.place_player((x, y - 12), "down")
    assert stage.prompt() is None


def test_facing_someone_with_a_conversation_shows_talk():
    stage, _port = lobby_with_player_at(0, 0, "down")
    x, y = npc_feet(stage, "receptionist")
    stage.place_player((x, y + 8), "up")
    found = stage.prompt()
    assert found is not None and found.label == "Talk"


def test_walking_up_to_a_bystander_shows_its_bark():
    stage, _port = lobby_with_player_at(0, 0, "down")
    x, y = npc_feet(stage, "reading_patient")
    stage.place_player((x + 14, y), "left")
    stage.step((0, 0), False, 1 / 60)
    bubble = stage.barks.bubble
    assert bubble is not None and bubble.text == "Ep1_Bark_LobbyReading says hello."


def test_standing_by_the_lab_door_shows_its_plate():
    stage, _port = lobby_with_player_at(0, 0, "down")
    stage.place_player((640, 228), "right")
    found = stage.door_label()
    assert found is not None and found.text == "Malik's lab"
