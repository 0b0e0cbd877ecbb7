"""The overworld: walk a Tiled map, talk, examine, use doors, triggers and stations.

    OverworldScene(ctx, Path("maps/ep1/lobby.tmx"), "start", story_port)

`at` is a spawn name, an object id (as text or int; Tiled's "Play here"), or
None for the map's default spawn. `story_port` runs conversations, conditions
and levels for the world (game.play.conversations in the game, a fake in
tests). The scene is also the WorldStage that dialogue commands drive
(move/face/camera/fade/shake).
With `ctx.options.dev`, the map reloads when it or a file it uses changes.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import TYPE_CHECKING

import pygame

from game.core.episodes import episode
from game.core.findings import Finding
from game.input.actions import Action
from game.save.model import SaveGame
from game.save.thumbnail import capture_thumbnail
from game.scenes.base import Scene
from game.scenes.widgets import Toast, draw_error_box
from game.ui.theme import load_theme
from game.ui.timing import timing
from game.world.actors import Actor
from game.world.camera import Camera
from game.world.errors import MapLoadError
from game.world.hotreload import Watcher
from game.world.loader import load_map
from game.world.model import Door, MapObject, Rect, WorldMap
from game.world.ports import StoryPort
from game.world.render import MapRenderer
from game.world.session import PLAYER, WorldSession, free_spot, start_position
from game.world.sprites import CharacterLook, load_look
from game.world.tuning import Tuning, load_tuning

if TYPE_CHECKING:
    from game.assets.font import Fonts
    from game.input.actions import ActionState
    from game.play.context import Context

VIEW = (640, 360)
DEFAULT_CHARACTER = "iris"


class OverworldScene(Scene):
    """See the module docstring."""

    def __init__(
        self,
        ctx: Context,
        map_path: Path,
        at: str | int | None,
        story_port: StoryPort,
    ) -> None:
        super().__init__(ctx)
        self.tuning: Tuning = load_tuning()
        self.story: StoryPort = story_port
        self.map_path = Path(map_path)
        self.session: WorldSession | None = None
        self.renderer: MapRenderer | None = None
        self.camera = Camera(VIEW, VIEW, self.tuning.camera_ease)
        self.errors: list[Finding] = []
        self.looks: dict[str, CharacterLook] = {}
        self.fade_level = 0.0
        self.fade_dir = 0
        self.shake_amount = 0.0
        self.time = 0.0
        self.follow_key = PLAYER
        self._door_target: tuple[Path, str | None] | None = None
        self.watcher: Watcher | None = None
        self.toast = Toast(timing("toast_seconds"))
        self._entered = False
        self._map_load_due = False
        self._open_doors: set[int] = set()
        self._veil_surface: pygame.Surface | None = None
        self.theme = load_theme()
        self._open(self.map_path, at)

    # -- loading ------------------------------------------------------------
    def _open(self, path: Path, at: str | int | None) -> bool:
        try:
            world = load_map(path)
        except MapLoadError as exc:
            self.errors = exc.findings
            self._watch(path)
            return False
        self.errors = []
        self.map_path = path
        self._install(world, at)
        self._watch(path)
        return True

    def _watch(self, path: Path) -> None:
        if self.ctx.options.dev:
            self.watcher = Watcher(path, self.tuning.hot_reload_poll_s)

    def _install(
        self, world: WorldMap, at: str | int | None, keep: Actor | None = None
    ) -> None:
        player = Actor(PLAYER, self._character(), 0, 0, self.tuning.player_box)
        session = WorldSession(
            world, self.story, self.tuning, self.ctx.rng, player, self._once()
        )
        if keep is not None and not session.collision.blocked(keep.box()):
            player.x, player.y, player.facing = keep.x, keep.y, keep.facing
        else:
            player.x, player.y, player.facing = start_position(
                world, at, session.collision, player.box_size
            )
        session.settle_inside()
        self.session = session
        self.renderer = MapRenderer(world)
        self._open_doors = set()
        self.camera = Camera(VIEW, world.pixel_size, self.tuning.camera_ease)
        self.camera.snap(player.x, player.y)
        self.follow_key = PLAYER
        self._play_music(world)
        if keep is None:
            self._map_load_due = True
            if self._entered:
                self._fire_map_load()

    def enter(self) -> None:
        """On the stack at last: run the map's map_load triggers now, so a
        conversation they start lands above this scene, not under it."""
        self._entered = True
        self._fire_map_load()

    def _fire_map_load(self) -> None:
        if self._map_load_due and self.session is not None:
            self._map_load_due = False
            self.session.fire_map_load()

    def _once(self) -> set[str]:
        story = self.ctx.story
        return story.once if story is not None else set()

    def _character(self) -> str:
        story = self.ctx.story
        try:
            return episode(story.episode).character if story else DEFAULT_CHARACTER
        except (KeyError, ValueError, LookupError):
            return DEFAULT_CHARACTER

    def _play_music(self, world: WorldMap) -> None:
        music = world.properties.music
        if music and self.ctx.audio.current_music != music:
            self.ctx.audio.play_music(music)

    def reload(self) -> bool:
        """Re-read the map from disk (dev hot reload): keep the player where
        they stand if that is still walkable; keep the old map on errors."""
        try:
            world = load_map(self.map_path)
        except MapLoadError as exc:
            self.errors = exc.findings
            return False
        keep = self.session.player if self.session else None
        self.errors = []
        self._install(world, None, keep)
        return True

    # -- update -----------------------------------------------------------
    def update(self, actions: ActionState, dt: float) -> None:
        self.time += dt
        self.toast.update(self.ctx.messages, dt)
        self._poll_reload(dt)
        if self.session is None or self.renderer is None:
            return
        self.renderer.advance(round(dt * 1000))
        self._remember_positions()
        self.shake_amount = max(0.0, self.shake_amount - self.tuning.shake_decay * dt)
        if self._covered():
            # A conversation above: fades and scripted moves go on beneath it.
            self._update_fade(dt)
            self.session.update_scripted(dt)
            self._follow(dt)
            return
        if self._update_fade(dt):
            return
        if self._menu_keys(actions):
            return
        self.session.update(
            actions.direction(), actions.was_pressed(Action.INTERACT), dt
        )
        if self.session.pending_door is not None:
            self._start_door()
        self._animate_doors()
        self._follow(dt)

    def _animate_doors(self) -> None:
        """Doors slide open as the player comes near and close behind them."""
        reach = self.tuning.interact_reach
        player = self.session.player.box()
        for door in self.session.world.of_type(Door):
            r = door.shape.rect
            near = Rect(r.x - reach, r.y - reach, r.w + 2 * reach, r.h + 2 * reach)
            is_open = near.overlaps(player)
            if is_open != (door.id in self._open_doors):
                self._open_doors ^= {door.id}
                self.renderer.set_door(r, is_open)

    def _remember_positions(self) -> None:
        """Where everyone stood before this tick, for drawing in between."""
        self.camera.remember()
        for actor in (self.session.player, *self.session.npcs):
            actor.prev = (actor.x, actor.y)

    def _covered(self) -> bool:
        """True while another scene (a conversation) is above this one."""
        scenes = self.ctx.stack.scenes
        return self in scenes and scenes[-1] is not self

    def _menu_keys(self, actions: ActionState) -> bool:
        """Pause, quick save and quick load; True if one of them was used."""
        if actions.was_pressed(Action.PAUSE):
            self.ctx.nav.open_pause()
        elif actions.was_pressed(Action.QUICKSAVE):
            self.ctx.saves.quicksave(self.save_snapshot)
        elif actions.was_pressed(Action.QUICKLOAD):
            self.ctx.saves.quickload()
        else:
            return False
        return True

    # -- saving -------------------------------------------------------------
    def place_player(self, position: tuple[float, float], facing: str) -> None:
        """Put the player at a pixel position (a loaded save), or the nearest
        free spot if the map has changed under it."""
        if self.session is None:
            return
        player = self.session.player
        player.x, player.y = float(position[0]), float(position[1])
        player.facing = facing
        player.prev = None
        if self.session.collision.blocked(player.box()):
            collision = self.session.collision
            player.x, player.y = free_spot(
                collision, player.x, player.y, player.box_size
            )
        self.camera.snap(player.x, player.y)

    def can_save(self) -> bool:
        """False while there is no map or story, or a fade to a map runs."""
        blocked = self.fade_dir or self._door_target
        return self.session is not None and self.ctx.story is not None and not blocked

    def save_snapshot(self) -> SaveGame | None:
        """A SaveGame of this moment, or None while the game cannot be saved
        (see `can_save`)."""
        if not self.can_save():
            return None
        story = self.ctx.story
        player = self.session.player
        label = self.session.world.properties.display_name or self.map_path.stem
        return SaveGame.capture(
            story,
            self.map_path,
            (player.x, player.y),
            player.facing,
            label=label,
            thumbnail=capture_thumbnail(lambda frame: self.draw(frame, 1.0)),
        )

    def _poll_reload(self, dt: float) -> None:
        if self.watcher is not None and self.watcher.changed(dt):
            self.watcher.rearm()
            if self.session is None:
                self._open(self.map_path, None)
            else:
                self.reload()

    def _follow(self, dt: float) -> None:
        assert self.session is not None
        actor = self.session.actor(self.follow_key) or self.session.player
        self.camera.follow(actor.x, actor.y - 8, dt)

    def _start_door(self) -> None:
        assert self.session is not None
        door = self.session.pending_door
        self.session.pending_door = None
        assert door is not None
        target = (self.map_path.parent / door.target_map).resolve()
        self._door_target = (target, door.target_spawn or None)
        self.session.player.moving = False
        if door.transition == "cut":
            self._change_map()
        else:
            self.fade("out")

    def _update_fade(self, dt: float) -> bool:
        """Advance a fade; True while the world should stand still."""
        if not self.fade_dir:
            return False
        self.fade_level += self.fade_dir * dt / max(self.tuning.fade_seconds, 1e-3)
        if self.fade_level >= 1.0:
            self.fade_level, self.fade_dir = 1.0, 0
            if self._door_target is not None:
                self._change_map()
                self.fade("in")
        elif self.fade_level <= 0.0:
            self.fade_level, self.fade_dir = 0.0, 0
        return self._door_target is not None or self.fade_dir > 0

    def _change_map(self) -> None:
        assert self._door_target is not None
        path, spawn = self._door_target
        self._door_target = None
        self._open(path, spawn)

    # -- WorldStage (dialogue commands) -------------------------------------------
    def move_actor(self, actor: str, tile_x: float, tile_y: float) -> bool:
        found = self.session.actor(actor) if self.session else None
        if found is None:
            return False
        world = self.session.world
        x = (tile_x + 0.5) * world.tile_width
        y = (tile_y + 1) * world.tile_height - 1
        found.goal = free_spot(self.session.collision, x, y, found.box_size)
        return True

    def actor_busy(self, actor: str) -> bool:
        found = self.session.actor(actor) if self.session else None
        return found is not None and found.goal is not None

    def face_actor(self, actor: str, direction: str) -> bool:
        found = self.session.actor(actor) if self.session else None
        if found is None or direction not in ("down", "up", "left", "right"):
            return False
        found.facing = direction
        return True

    def camera_follow(self, actor: str) -> bool:
        if self.session is None or self.session.actor(actor) is None:
            return False
        self.follow_key = actor
        return True

    def fade(self, direction: str) -> None:
        self.fade_dir = 1 if direction == "out" else -1

    def fading(self) -> bool:
        return self.fade_dir != 0

    def shake(self, strength: float) -> None:
        if not self.ctx.settings.reduce_shake:
            self.shake_amount = max(self.shake_amount, strength)

    # -- drawing ----------------------------------------------------------------------
    def draw(self, surface: pygame.Surface, alpha: float) -> None:
        fonts = self._fonts()
        surface.fill(fonts.regular.rgb("ink"))
        if self.session is not None and self.renderer is not None:
            offset = self.camera.offset(self._jitter(), alpha)
            self.renderer.draw_below(surface, offset)
            self._draw_things(surface, offset, alpha)
            self.renderer.draw_above(surface, offset)
            if not self._covered():
                self._draw_prompt(surface, offset, fonts)
        if self.fade_level > 0:
            veil = self._veil(surface.get_size(), fonts.regular.rgb("ink"))
            veil.set_alpha(round(255 * self.fade_level))
            surface.blit(veil, (0, 0))
        if self.errors:
            lines = [f.format() for f in self.errors[:6]]
            draw_error_box(
                surface,
                fonts,
                "The map has errors; showing the last good version:",
                lines,
            )
        if self.toast.showing:
            self.toast.draw(surface, self.ctx.assets, self.theme)

    def _veil(self, size: tuple[int, int], colour) -> pygame.Surface:
        """The fade's full-screen cover, made once (not every frame)."""
        if self._veil_surface is None or self._veil_surface.get_size() != size:
            self._veil_surface = pygame.Surface(size)
            self._veil_surface.fill(colour)
        return self._veil_surface

    def _fonts(self) -> Fonts:
        return self.ctx.assets.fonts

    def _jitter(self) -> tuple[float, float]:
        if self.shake_amount <= 0:
            return (0.0, 0.0)
        return (
            self.shake_amount * math.sin(self.time * 53.0),
            self.shake_amount * math.cos(self.time * 41.0),
        )

    def _draw_things(
        self, surface: pygame.Surface, offset: tuple[int, int], alpha: float = 1.0
    ) -> None:
        """Characters and tile objects, sorted by their feet (y) so nearer ones
        overlap farther ones."""
        assert self.session is not None and self.renderer is not None
        items: list[tuple[float, pygame.Surface, tuple[int, int]]] = []
        for obj in self.session.world.objects:
            ref = getattr(obj, "tile", None)
            if ref is not None and obj.kind != "NPC":
                image = self.renderer.atlas.tile(ref)
                r = obj.shape.rect
                items.append(
                    (
                        r.bottom,
                        image,
                        (round(r.x), round(r.bottom) - image.get_height()),
                    )
                )
        for actor in [self.session.player, *self.session.npcs]:
            if actor.visible:
                items.append(self._actor_item(actor, alpha))
        items.sort(key=lambda item: item[0])
        surface.fblits(
            [(img, (x - offset[0], y - offset[1])) for _y, img, (x, y) in items]
        )

    def _actor_item(
        self, actor: Actor, alpha: float = 1.0
    ) -> tuple[float, pygame.Surface, tuple[int, int]]:
        look = self.looks.get(actor.character)
        if look is None:
            look = self.looks[actor.character] = load_look(
                actor.character or "stranger"
            )
        image = look.frame(actor.facing, actor.moving, actor.clock_ms)
        fx, fy = actor.drawn_at(alpha)
        x = round(fx) - look.anchor[0]
        y = round(fy) - look.anchor[1]
        return (fy, image, (x, y))

    def _draw_prompt(
        self, surface: pygame.Surface, offset: tuple[int, int], fonts: Fonts
    ) -> None:
        assert self.session is not None
        if self.fade_level > 0:
            return
        found = self.session.target()
        if found is None or not found.label:
            return
        w, h = fonts.bold.measure(found.label)
        area = found.area
        cx = round(area.x + area.w / 2) - offset[0]
        top = round(area.y) - offset[1] - h - 8 - self.tuning.prompt_rise
        if isinstance(found.obj, MapObject) and found.obj.kind == "NPC":
            top -= 22  # above the head, not the feet
        panel = pygame.Rect(cx - w // 2 - 4, max(top, 2), w + 8, h + 4)
        pygame.draw.rect(surface, fonts.regular.rgb("night"), panel)
        pygame.draw.rect(surface, fonts.regular.rgb("mint"), panel, 1)
        fonts.bold.draw(surface, found.label, (panel.x + 4, panel.y + 2), "white")
