"""One map being played: actors, collision, doors, triggers, interaction.

Pure logic (no pygame): the overworld scene feeds it input and draws it.
Story effects go through the StoryPort; a door asks the scene for a map
change by setting `pending_door`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial

import numpy as np

from game.world.actors import Actor, Patrol, Wander, step_actor, walk_towards
from game.world.collision import CollisionWorld
from game.world.model import (
    NPC,
    Door,
    MapObject,
    MinigameStation,
    PatrolPath,
    Prop,
    Rect,
    Trigger,
    WorldMap,
)
from game.world.occupancy import Occupancy, grown
from game.world.ports import StoryPort
from game.world.shapes import shape_overlaps_rect
from game.world.tuning import Tuning

OPPOSITE = {"down": "up", "up": "down", "left": "right", "right": "left"}
PLAYER = "player"
PLAYER_SLOT = -1  # the player's padded box in the occupancy grid


@dataclass
class Target:
    """What INTERACT would use now, and the prompt's word for it."""

    obj: MapObject
    label: str
    area: Rect


@dataclass
class WorldSession:
    """The live state of one map. `once` holds the keys of once-triggers
    already fired (the story state's set, so saves keep it)."""

    world: WorldMap
    story: StoryPort
    tuning: Tuning
    rng: np.random.Generator
    player: Actor
    once: set[str]
    npcs: list[Actor] = field(default_factory=list)
    brains: dict[str, Wander | Patrol] = field(default_factory=dict)
    collision: CollisionWorld = field(init=False)
    crowd: Occupancy = field(init=False, default_factory=Occupancy)
    pending_door: Door | None = None
    inside: set[int] = field(default_factory=set)
    on_story_done: Callable[[], None] | None = None

    def __post_init__(self) -> None:
        self.collision = CollisionWorld(self.world.colliders, self.world.pixel_size)
        self.npcs = [self._npc_actor(n) for n in self.world.of_type(NPC)]
        self.refresh_visibility()
        self.settle_inside()

    # -- set-up -----------------------------------------------------------
    def _npc_actor(self, npc: NPC) -> Actor:
        rect = npc.shape.rect
        actor = Actor(
            key=npc.name or npc.npc_id or f"npc{npc.id}",
            character=npc.npc_id,
            x=rect.x + rect.w / 2,
            y=rect.bottom,
            box_size=self.tuning.player_box,
            facing=npc.facing,
            npc=npc,
        )
        brain = self._brain(npc, actor)
        if brain is not None:
            self.brains[actor.key] = brain
        return actor

    def _brain(self, npc: NPC, actor: Actor) -> Wander | Patrol | None:
        if npc.behaviour == "wander":
            tile = self.world.tile_width
            radius = self.tuning.wander_radius_tiles * tile
            return Wander((actor.x, actor.y), radius, self.rng, self.tuning, tile)
        path = self.world.object_by_id(npc.patrol)
        if npc.behaviour == "patrol" and isinstance(path, PatrolPath):
            return Patrol(list(path.shape.points), path.loop, self.tuning.npc_speed)
        return None

    def refresh_visibility(self) -> None:
        """Show each NPC only while its `requires` holds (after story changes)."""
        for actor in self.npcs:
            assert actor.npc is not None
            actor.visible = self.story.condition(
                actor.npc.requires, self._where(actor.npc)
            )

    def _where(self, obj: MapObject) -> str:
        return f"{self.world.path.name} #{obj.id} {obj.name}".strip()

    # -- per tick -----------------------------------------------------------
    def remember_positions(self) -> None:
        """Where everyone stands before this tick, for drawing in between."""
        for actor in (self.player, *self.npcs):
            actor.prev = (actor.x, actor.y)

    def update(self, direction: tuple[int, int], interact: bool, dt: float) -> None:
        self._fill_crowd()
        self._move_player(direction, dt)
        self._move_npcs(dt)
        self.player.clock_ms += round(dt * 1000)
        self._check_areas()
        if interact:
            self.interact()

    def update_scripted(self, dt: float) -> None:
        """A tick while a conversation runs: only scripted walks (`move`)
        advance; wandering, patrols, input, doors and triggers wait."""
        self._fill_crowd()
        self._scripted_step(self.player, dt, self.tuning.player_speed, None)
        self._place_player_in_crowd()
        for index, actor in enumerate(self.npcs):
            self._scripted_step(actor, dt, self.tuning.npc_speed, index)

    def _scripted_step(
        self, actor: Actor, dt: float, speed: float, slot: int | None
    ) -> None:
        actor.clock_ms += round(dt * 1000)
        if actor.goal is not None:
            self._walk_goal(actor, dt, speed, slot)
        else:
            actor.moving = False

    def _fill_crowd(self) -> None:
        """Bring the grid up to date with every NPC (once a tick: dialogue
        commands and the scene may have moved or hidden anyone since); an
        NPC still in its cells costs a comparison."""
        for index, actor in enumerate(self.npcs):
            if actor.visible:
                self.crowd.put(index, actor.box())
            else:
                self.crowd.remove(index)

    def _place_player_in_crowd(self) -> None:
        """The player's box with room around it, which NPCs keep out of."""
        pad = self.tuning.player_clearance
        self.crowd.put(PLAYER_SLOT, grown(self.player.box(), pad))

    def _move_player(self, direction: tuple[int, int], dt: float) -> None:
        if self.player.goal is not None:
            self._walk_goal(self.player, dt, self.tuning.player_speed, None)
            return
        dx, dy = float(direction[0]), float(direction[1])
        if not dx and not dy:
            self.player.moving = False
            return
        if dx and dy:  # the same speed on diagonals
            dx, dy = dx * 0.7071, dy * 0.7071
        speed = self.tuning.player_speed * dt
        step_actor(
            self.player,
            dx * speed,
            dy * speed,
            self.collision,
            self.crowd.boxes(skip=PLAYER_SLOT),
            self.tuning.corner_slide,
        )

    def _move_npcs(self, dt: float) -> None:
        self._place_player_in_crowd()
        for index, actor in enumerate(self.npcs):
            if not actor.visible:
                continue
            actor.clock_ms += round(dt * 1000)
            if actor.goal is not None:
                self._walk_goal(actor, dt, self.tuning.npc_speed, index)
                continue
            brain = self.brains.get(actor.key)
            if brain is not None:
                reach = self.tuning.npc_speed * dt
                nearby = partial(self._others, index, reach)
                brain.update(actor, dt, self.collision, nearby)
                self._moved(index)

    def _others(self, index: int, reach: float) -> list[Rect]:
        """Boxes NPC `index` stepping up to `reach` px could walk into: other
        visible NPCs and the player with room."""
        box = self.npcs[index].box()
        return self.crowd.near(grown(box, reach + 1), skip=index)

    def _moved(self, index: int) -> None:
        """Keep the grid in step with an NPC that may have moved this tick."""
        actor = self.npcs[index]
        if actor.visible:
            self.crowd.put(index, actor.box())

    def _walk_goal(
        self, actor: Actor, dt: float, speed: float, slot: int | None
    ) -> None:
        """Step toward `actor.goal`; `slot` is an NPC's index (None: the player)."""
        assert actor.goal is not None
        reach = speed * dt
        others = [] if slot is None else self._others(slot, reach)
        arrived, blocked = walk_towards(
            actor, actor.goal, reach, self.collision, others
        )
        if slot is not None:
            self._moved(slot)
        actor.goal_time += dt
        # a far or unreachable target (a `move` to {$var} gone wild) must not
        # hold the conversation that waits for it: give up after the budget
        late = actor.goal_time > self.tuning.scripted_walk_budget_s
        if arrived or blocked or late:
            actor.goal = None
            actor.goal_time = 0.0
            actor.moving = False

    # -- areas: doors and enter-triggers ----------------------------------------
    def settle_inside(self) -> None:
        """Count the trigger areas the player stands in now as already entered
        (after placing the player, so standing there fires nothing)."""
        self.inside = {o.id for o in self._areas() if self._touches(o)}

    def _areas(self) -> list[MapObject]:
        doors: list[MapObject] = list(self.world.of_type(Door))
        return doors + [t for t in self.world.of_type(Trigger) if t.on == "enter"]

    def _touches(self, obj: MapObject) -> bool:
        return shape_overlaps_rect(obj.shape, self.player.box())

    def _check_areas(self) -> None:
        now = {o.id for o in self._areas() if self._touches(o)}
        entered = now - self.inside
        self.inside = now
        for obj in self._areas():
            if obj.id in entered:
                self._enter(obj)

    def _enter(self, obj: MapObject) -> None:
        if isinstance(obj, Door):
            if self.story.condition(obj.requires, self._where(obj)):
                self.pending_door = obj
            elif obj.locked_dialogue:
                self.run_dialogue(obj.locked_dialogue)
        elif isinstance(obj, Trigger):
            self.fire(obj)

    def fire(self, trigger: Trigger) -> bool:
        """Run a trigger's node if its `requires` holds and it may fire again."""
        key = f"{self.world.path.name}#{trigger.id}"
        if trigger.once and key in self.once:
            return False
        if not self.story.condition(trigger.requires, self._where(trigger)):
            return False
        if trigger.once:
            self.once.add(key)
        self.run_dialogue(trigger.dialogue)
        return True

    def fire_map_load(self) -> None:
        for trigger in self.world.of_type(Trigger):
            if trigger.on == "map_load":
                self.fire(trigger)

    def run_dialogue(self, node: str) -> None:
        self.player.moving = False
        self.story.run_dialogue(node, self._story_done)

    def _story_done(self) -> None:
        self.refresh_visibility()
        if self.on_story_done:
            self.on_story_done()

    # -- interaction --------------------------------------------------------------
    def target(self) -> Target | None:
        """What the player faces and could use (NPC > station > prop > trigger);
        an NPC without a dialogue node is no target (barks are not talks)."""
        probe = self.player.facing_probe(self.tuning.interact_reach)
        for actor in self.npcs:
            talks = actor.npc is not None and bool(actor.npc.dialogue)
            if actor.visible and talks and actor.box().overlaps(probe):
                assert actor.npc is not None
                return Target(actor.npc, self._label("NPC"), actor.box())
        for kind in (MinigameStation, Prop):
            for obj in self.world.of_type(kind):
                if obj.shape.rect.overlaps(probe) and self._usable(obj):
                    return Target(obj, self._label(kind.__name__), obj.shape.rect)
        for trig in self.world.of_type(Trigger):
            if trig.on == "interact" and shape_overlaps_rect(trig.shape, probe):
                return Target(trig, self._label("Trigger"), trig.shape.rect)
        return None

    def _label(self, kind: str) -> str:
        return self.tuning.prompts.get(kind, "")

    def _usable(self, obj: MapObject) -> bool:
        if isinstance(obj, Prop):
            return bool(obj.examine)
        if isinstance(obj, MinigameStation):
            return self.story.condition(obj.requires, self._where(obj))
        return True

    def interact(self) -> bool:
        """Use what the player faces; True if something happened."""
        found = self.target()
        if found is None:
            return False
        obj = found.obj
        if isinstance(obj, NPC):
            self._talk(obj)
        elif isinstance(obj, MinigameStation):
            self.player.moving = False
            self.story.start_minigame(obj.level, obj.dialogue or None, self._story_done)
        elif isinstance(obj, Prop):
            self.run_dialogue(obj.examine)
        elif isinstance(obj, Trigger):
            return self.fire(obj)
        return True

    def _talk(self, npc: NPC) -> None:
        actor = next(a for a in self.npcs if a.npc is npc)
        actor.facing = OPPOSITE[self.player.facing]
        actor.moving = False
        if npc.dialogue:
            self.run_dialogue(npc.dialogue)

    # -- lookup for dialogue commands ---------------------------------------------
    def actor(self, key: str) -> Actor | None:
        if key in (PLAYER, self.player.key, self.player.character):
            return self.player
        for actor in self.npcs:
            if key in (actor.key, actor.character):
                return actor
        return None


def start_position(
    world: WorldMap,
    at: str | int | None,
    collision: CollisionWorld,
    box: tuple[int, int],
) -> tuple[float, float, str]:
    """Feet position and facing for `at`: a spawn name, an object id (Tiled's
    "Play here"), or None for the default spawn; nudged to the nearest free spot."""
    facing = "down"
    obj: MapObject | None = None
    if at is not None and str(at).isdigit():
        obj = world.object_by_id(int(at))
    elif at is not None:
        obj = world.spawn(str(at))
    if obj is None:
        obj = world.default_spawn()
    if obj is None:
        x, y = world.pixel_size[0] / 2, world.pixel_size[1] / 2
    else:
        rect = obj.shape.rect
        x, y = rect.x + rect.w / 2, rect.bottom
        facing = str(getattr(obj, "facing", facing))
    return (*free_spot(collision, x, y, box), facing)


def free_spot(
    collision: CollisionWorld, x: float, y: float, box: tuple[int, int]
) -> tuple[float, float]:
    """(x, y) if a box of `box` size fits there, else the nearest spot that does
    (searching outward a pixel ring at a time)."""
    w, h = box
    for radius in range(0, 64):
        for dx, dy in _ring(radius):
            rect = Rect(x + dx - w / 2, y + dy - h, w, h)
            if not collision.blocked(rect):
                return (x + dx, y + dy)
    return (x, y)


def _ring(radius: int) -> list[tuple[int, int]]:
    if radius == 0:
        return [(0, 0)]
    cells = [(dx, dy) for dx in range(-radius, radius + 1) for dy in (-radius, radius)]
    cells += [(dx, dy) for dy in range(-radius + 1, radius) for dx in (-radius, radius)]
    return sorted(cells, key=lambda c: (abs(c[0]) + abs(c[1]), c[1] < 0, c))
