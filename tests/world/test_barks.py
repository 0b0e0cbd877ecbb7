"""Barks: a bubble of ambient one-liners over a bystander the player reaches."""

from __future__ import annotations

from game.world.actors import Actor
from game.world.barks import Barks
from game.world.model import NPC, Rect, Shape

LINES = {"Ep1_Bark_Test": ["First.", "Second.", "Third."]}


def bystander(key="visitor", bark="Ep1_Bark_Test", dialogue="", x=100.0) -> Actor:
    npc = NPC(1, key, "Entities", Shape(Rect(x - 8, 84, 16, 16)), bark=bark)
    npc.dialogue = dialogue
    return Actor(key, "patient_a", x, 100.0, (10, 6), npc=npc)


def player_at(x: float) -> Rect:
    return Rect(x - 5, 94, 10, 6)


def barks() -> Barks:
    return Barks(reach=20, seconds=3.0, lines=lambda node: LINES.get(node, []))


def test_coming_near_a_bystander_shows_its_first_line():
    b, actor = barks(), bystander()
    b.update([actor], player_at(300), 0.1)
    assert b.bubble is None
    b.update([actor], player_at(110), 0.1)
    assert b.bubble is not None and b.bubble.actor is actor
    assert b.bubble.text == "First."


def test_the_bubble_goes_when_its_time_is_up():
    b, actor = barks(), bystander()
    b.update([actor], player_at(110), 0.1)
    b.update([actor], player_at(110), 3.1)
    assert b.bubble is None


def test_standing_near_does_not_repeat_but_each_new_approach_says_the_next_line():
    b, actor = barks(), bystander()
    said = []
    for x in (110, 110, 300, 110, 300, 110, 300, 110):
        b.update([actor], player_at(x), 3.5)
        if b.bubble is not None and b.bubble.left == 3.0:
            said.append(b.bubble.text)
    assert said == ["First.", "Second.", "Third.", "First."]


def test_someone_with_a_conversation_does_not_bark():
    b = barks()
    b.update([bystander(dialogue="Ep1_Ortho")], player_at(110), 0.1)
    assert b.bubble is None


def test_a_hidden_bystander_neither_barks_nor_keeps_its_bubble():
    b, actor = barks(), bystander()
    actor.visible = False
    b.update([actor], player_at(110), 0.1)
    assert b.bubble is None
    actor.visible = True
    b.update([actor], player_at(300), 0.1)
    b.update([actor], player_at(110), 0.1)
    actor.visible = False
    b.update([actor], player_at(110), 0.1)
    assert b.bubble is None


def test_a_bark_node_with_no_line_to_say_shows_nothing():
    b = barks()
    b.update([bystander(bark="Ep1_Bark_Empty")], player_at(110), 0.1)
    assert b.bubble is None


def test_a_standing_bystander_turns_to_the_player_as_it_speaks():
    b, actor = barks(), bystander()
    actor.facing = "left"
    b.update([actor], player_at(112), 0.1)  # the player is on its right
    assert actor.facing == "right"


def test_a_walking_bystander_keeps_its_way():
    b, actor = barks(), bystander()
    assert actor.npc is not None
    actor.npc.behaviour, actor.facing = "wander", "left"
    b.update([actor], player_at(112), 0.1)
    assert b.bubble is not None and actor.facing == "left"
