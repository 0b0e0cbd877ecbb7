"""MapStage: the overworld's state and rules, without drawing (no pygame).

    stage = MapStage(port, rng, lambda: ctx.story, dev=True)
    stage.open(Path("maps/ep1/lobby.tmx"), "start")  # False: see stage.errors
    stage.enter()                                     # on the scene stack now
    if stage.update(dt, covered) and not menu_key_used:
        stage.step(direction, interact, dt)           # the player's tick

It stages maps (load errors kept, hot reload with the player kept in place,
start position, map_load triggers once on the stack, the music a map asks
for), takes the player through doors (fade out -> change map -> fade in),
opens doors as the player nears (`doors`), keeps the camera following and
shaking, says what the interaction prompt shows, which door plate shows
(`door_label()`) and which ambient bark is over whose head (`barks`), and
is the `WorldStage` dialogue commands drive. Its view draws `session`,
`camera`, `veil` (the fade), `prompt()`, `door_label()`, `barks.bubble` and
`errors`, and takes `take_music()` to the audio.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from game.core.episodes import episode
from game.core.findings import Finding
from game.core.story import StoryState
from game.world.actors import Actor
from game.world.barks import Barks
from game.world.camera import Camera
from game.world.door_labels import DoorLabel, DoorLabels
from game.world.doors import DoorStates
from game.world.errors import MapLoadError
from game.world.hotreload import Watcher
from game.world.loader import load_map, map_title
from game.world.model import Door, WorldMap
from game.world.ports import StoryPort
from game.world.report import through_door
from game.world.session import PLAYER, Target, WorldSession, free_spot, start_position
from game.world.transitions import Fade, MapChange, Passage
from game.world.tuning import Tuning, load_tuning

VIEW = (640, 360)
DEFAULT_CHARACTER = "iris"
DIRECTIONS = ("down", "up", "left", "right")
HEAD_HEIGHT = 8  # the camera centres this many pixels above the feet


@dataclass(frozen=True)
class SaveSpot:
    """Where a save puts the player back: map, feet position, facing, and
    the name the save list shows."""

    map_path: Path
    position: tuple[float, float]
    facing: str
    label: str


class MapStage:
    """One overworld's live state across map changes; see the module docstring.

    `playthrough` returns the running story (or None): it picks the player's
    character and holds the once-triggers already fired.
    """

    def __init__(
        self,
        port: StoryPort,
        rng: np.random.Generator,
        playthrough: Callable[[], StoryState | None],
        *,
        dev: bool = False,
        tuning: Tuning | None = None,
    ) -> None:
        self.tuning = tuning or load_tuning()
        self.port = port
        self.rng = rng
        self.playthrough = playthrough
        self.dev = dev
        self.map_path = Path()
        self.session: WorldSession | None = None
        self.errors: list[Finding] = []
        self.watcher: Watcher | None = None
        self.camera = Camera(VIEW, VIEW, self.tuning.camera_ease)
        self.follow_key = PLAYER
        self.veil = Fade(self.tuning.fade_seconds)
        self.passage = Passage(self.veil)
        self.doors = DoorStates(self.tuning.interact_reach)
        self.door_labels = DoorLabels(self.tuning.door_label_reach, map_title)
        self.barks = Barks(
            self.tuning.bark_reach,
            self.tuning.bark_seconds,
            lambda node: self.port.bark_lines(node),
        )
        self.music: str | None = None
        self._entered = False
        self._map_load_due = False
        self._door: tuple[WorldMap, Door] | None = None  # the door being gone through

    # -- staging maps -------------------------------------------------------
    def open(self, path: Path, at: str | int | None) -> bool:
        """Load `path` and put the player at `at` (a spawn name, an object id,
        or None for the default spawn). On errors keep what was shown and
        the findings in `errors`; False then."""
        path = Path(path)
        if self.session is None:
            self.map_path = path  # what a hot reload retries
        try:
            world = load_map(path)
        except MapLoadError as exc:
            self.errors = self._addressed(exc.findings)
            self._watch(path)
            return False
        finally:
            self._door = None
        self.errors = []
        self.map_path = path
        self._install(world, at)
        self._watch(path)
        return True

    def _addressed(self, found: list[Finding]) -> list[Finding]:
        """A door's target that fails names the door first (map, layer, object)."""
        if self._door is None:
            return found
        return through_door(*self._door, found)

    def reload(self) -> bool:
        """Re-read the map from disk (dev hot reload): keep the player where
        they stand if that is still walkable; keep the old map on errors."""
        try:
            world = self.watcher.load() if self.watcher else load_map(self.map_path)
        except MapLoadError as exc:
            self.errors = exc.findings
            return False
        keep = self.session.player if self.session else None
        self.errors = []
        self._install(world, None, keep)
        return True

    def enter(self) -> None:
        """The view is on the stack at last: run the map's map_load triggers
        now, so a conversation they start lands above it, not under it."""
        self._entered = True
        self._fire_map_load()

    def take_music(self) -> str | None:
        """The music the newest map asks for (once), or None."""
        music, self.music = self.music, None
        return music

    def _watch(self, path: Path) -> None:
        if self.dev:
            self.watcher = Watcher(path, self.tuning.hot_reload_poll_s)

    def _install(
        self, world: WorldMap, at: str | int | None, keep: Actor | None = None
    ) -> None:
        session = self._session(world)
        self._place(session, at, keep)
        session.settle_inside()
        self.session = session
        self.doors.reset()
        self.barks.reset()
        self.camera.world = world.pixel_size
        self.camera.snap(session.player.x, session.player.y)
        self.follow_key = PLAYER
        self.music = world.properties.music or None
        if keep is None:
            self._map_load_due = True
            if self._entered:
                self._fire_map_load()

    def _session(self, world: WorldMap) -> WorldSession:
        story = self.playthrough()
        player = Actor(PLAYER, character_of(story), 0, 0, self.tuning.player_box)
        once = story.once if story is not None else set()
        return WorldSession(world, self.port, self.tuning, self.rng, player, once)

    def _place(
        self, session: WorldSession, at: str | int | None, keep: Actor | None
    ) -> None:
        player = session.player
        if keep is not None and not session.collision.blocked(keep.box()):
            player.x, player.y, player.facing = keep.x, keep.y, keep.facing
            return
        player.x, player.y, player.facing = start_position(
            session.world, at, session.collision, player.box_size
        )

    def _fire_map_load(self) -> None:
        if self._map_load_due and self.session is not None:
            self._map_load_due = False
            self.session.fire_map_load()

    def _poll_reload(self, dt: float) -> None:
        if self.watcher is not None and self.watcher.changed(dt):
            self.watcher.rearm()
            if self.session is None:
                self.open(self.map_path, None)
            else:
                self.reload()

    # -- per tick -----------------------------------------------------------
    def update(self, dt: float, covered: bool) -> bool:
        """What runs whatever the player does: hot reload, positions kept for
        drawing, the shake settling, fades (and the map change a door's fade
        reaches), scripted walks under a conversation (`covered`). True when
        the player's tick (`step`) may follow."""
        self._poll_reload(dt)
        if self.session is None:
            return False
        self.session.remember_positions()
        self.camera.remember()
        self.camera.settle(dt, self.tuning.shake_decay)
        if not covered:
            return not self._advance_fade(dt)
        self._advance_fade(dt)
        self._current().update_scripted(dt)
        self._follow(dt)
        return False

    def step(self, direction: tuple[int, int], interact: bool, dt: float) -> None:
        """The player's tick: walk, NPCs, doors and triggers, INTERACT, then
        the doors near the player open and the camera follows."""
        session = self._current()
        session.update(direction, interact, dt)
        door = session.pending_door
        if door is not None:
            session.pending_door = None
            self._through(door)
        session = self._current()
        self.doors.update(session.world.of_type(Door), session.player.box())
        self.barks.update(session.npcs, session.player.box(), dt)
        self._follow(dt)

    def _current(self) -> WorldSession:
        assert self.session is not None, "no map is open"
        return self.session

    def _through(self, door: Door) -> None:
        self._current().player.moving = False
        target = (self.map_path.parent / door.target_map).resolve()
        change = MapChange(target, door.target_spawn or None)
        self._door = (self._current().world, door)
        now = self.passage.through(change, cut=door.transition == "cut")
        if now is not None:
            self.open(now.path, now.spawn)

    def _advance_fade(self, dt: float) -> bool:
        """Advance a fade; True while the world should stand still."""
        if not self.veil.running:
            return False
        change = self.passage.advance(dt)
        if change is not None:
            self.open(change.path, change.spawn)
        return self.passage.holds_world()

    def _follow(self, dt: float) -> None:
        session = self._current()
        actor = session.actor(self.follow_key) or session.player
        self.camera.follow(actor.x, actor.y - HEAD_HEIGHT, dt)

    # -- what the view shows ------------------------------------------------
    def offset(self, alpha: float) -> tuple[int, int]:
        """The view's top-left in map pixels, shake included, `alpha` of the
        way from the last tick's camera to this one's."""
        return self.camera.offset(self.camera.jitter(), alpha)

    def prompt(self) -> Target | None:
        """What the interaction prompt names now: None with no map, while a
        fade covers the view, or when the target has no word."""
        if self.session is None or self.veil.level > 0:
            return None
        found = self.session.target()
        return found if found is not None and found.label else None

    def door_label(self) -> DoorLabel | None:
        """The plate of the door the player is near: None with no map or
        while a fade covers the view."""
        if self.session is None or self.veil.level > 0:
            return None
        session = self.session
        doors = session.world.of_type(Door)
        return self.door_labels.near(doors, session.player.box(), self.map_path)

    # -- saving -------------------------------------------------------------
    def place_player(self, position: tuple[float, float], facing: str) -> None:
        """Put the player at a pixel position (a loaded save), or the nearest
        free spot if the map has changed under it."""
        if self.session is None:
            return
        player, collision = self.session.player, self.session.collision
        player.x, player.y = float(position[0]), float(position[1])
        player.facing = facing
        player.prev = None
        if collision.blocked(player.box()):
            player.x, player.y = free_spot(
                collision, player.x, player.y, player.box_size
            )
        self.camera.snap(player.x, player.y)

    def save_spot(self) -> SaveSpot | None:
        """Where a save made now would resume, or None while there is no map
        or a fade or door is under way."""
        if self.session is None or self.passage.busy():
            return None
        player = self.session.player
        label = self.session.world.properties.display_name or self.map_path.stem
        return SaveSpot(self.map_path, (player.x, player.y), player.facing, label)

    # -- WorldStage (dialogue commands) ---------------------------------------
    def move_actor(self, actor: str, tile_x: float, tile_y: float) -> bool:
        found = self.session.actor(actor) if self.session else None
        if self.session is None or found is None:
            return False
        world = self.session.world
        x = (tile_x + 0.5) * world.tile_width
        y = (tile_y + 1) * world.tile_height - 1
        found.goal = free_spot(self.session.collision, x, y, found.box_size)
        found.goal_time = 0.0
        return True

    def actor_busy(self, actor: str) -> bool:
        found = self.session.actor(actor) if self.session else None
        return found is not None and found.goal is not None

    def face_actor(self, actor: str, direction: str) -> bool:
        found = self.session.actor(actor) if self.session else None
        if found is None or direction not in DIRECTIONS:
            return False
        found.facing = direction
        return True

    def camera_follow(self, actor: str) -> bool:
        if self.session is None or self.session.actor(actor) is None:
            return False
        self.follow_key = actor
        return True

    def fade(self, direction: str) -> None:
        self.veil.start(direction)

    def fading(self) -> bool:
        return self.veil.running

    def shake(self, strength: float) -> None:
        self.camera.kick(strength)


def character_of(story: StoryState | None) -> str:
    """The player's character for `story`'s episode (Iris without one)."""
    try:
        return episode(story.episode).character if story else DEFAULT_CHARACTER
    except (KeyError, ValueError, LookupError):
        return DEFAULT_CHARACTER
