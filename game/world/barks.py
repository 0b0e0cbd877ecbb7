"""Ambient one-liners over people who have nothing to say (pure, no pygame).

    barks = Barks(reach=28, seconds=3.0, lines=port.bark_lines)
    barks.update(session.npcs, player.box(), dt)   # each player tick
    if barks.bubble: draw_bubble(barks.bubble.actor, barks.bubble.text)

An NPC with a `bark` node and no `dialogue` barks: when the player comes
within `reach` of it, a bubble shows the node's next line for `seconds`,
cycling through the lines the story allows now (`lines(node)`), one per
approach; a standing (idle) NPC turns to the player as it speaks. One
bubble at a time; it goes when its time is up, when its NPC is hidden, or
on a new map (`reset`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from game.world.actors import Actor
from game.world.doors import near
from game.world.model import Rect


@dataclass
class Bubble:
    """A line over an actor's head, and the seconds it has left."""

    actor: Actor
    text: str
    left: float


def barks(actor: Actor) -> bool:
    """True for an NPC with a bark node and no conversation."""
    npc = actor.npc
    return npc is not None and bool(npc.bark) and not npc.dialogue


@dataclass
class Barks:
    """See the module docstring."""

    reach: float
    seconds: float
    lines: Callable[[str], list[str]]
    bubble: Bubble | None = None
    close: set[str] = field(default_factory=set)  # barkers in reach now
    said: dict[str, int] = field(default_factory=dict)  # actor key -> lines said

    def reset(self) -> None:
        """A new map: no bubble, nobody near (what was said is remembered)."""
        self.bubble = None
        self.close = set()

    def update(self, actors: Iterable[Actor], player: Rect, dt: float) -> None:
        """Age the bubble; start one over a barker the player just reached."""
        self._age(dt)
        reached = [
            a for a in actors if a.visible and barks(a) and self._in_reach(a, player)
        ]
        new = [a for a in reached if a.key not in self.close]
        self.close = {a.key for a in reached}
        if self.bubble is None and new:
            self._start(new[0], player)

    def _in_reach(self, actor: Actor, player: Rect) -> bool:
        return near(actor.box(), self.reach).overlaps(player)

    def _age(self, dt: float) -> None:
        bubble = self.bubble
        if bubble is None:
            return
        bubble.left -= dt
        if bubble.left <= 0 or not bubble.actor.visible:
            self.bubble = None

    def _start(self, actor: Actor, player: Rect) -> None:
        assert actor.npc is not None
        found = [line for line in self.lines(actor.npc.bark) if line.strip()]
        if not found:
            return
        count = self.said.get(actor.key, 0)
        self.said[actor.key] = count + 1
        self.bubble = Bubble(actor, found[count % len(found)], self.seconds)
        if actor.npc.behaviour == "idle":
            actor.facing = facing_towards(actor, player)


def facing_towards(actor: Actor, player: Rect) -> str:
    """The direction from the actor's feet to the middle of the player's box."""
    dx = player.x + player.w / 2 - actor.x
    dy = player.y + player.h / 2 - actor.y
    if abs(dx) >= abs(dy):
        return "right" if dx > 0 else "left"
    return "down" if dy > 0 else "up"
