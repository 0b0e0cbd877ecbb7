"""The overworld scene: input -> world step -> draw.

    OverworldScene(ctx, Path("maps/ep1/lobby.tmx"), "start", story_port)

`at` is a spawn name, an object id (as text or int; Tiled's "Play here"), or
None for the map's default spawn. `story_port` runs conversations, conditions
and levels for the world (game.play.conversations in the game, a fake in
tests). The world's state and rules live in `self.stage`
(game.world.stage.MapStage); this scene feeds it actions, handles the menu
keys, and draws it. The scene is the play layer's MapScreen: dialogue
commands reach the stage through it, and it makes save snapshots (the
thumbnail is a drawing). With `ctx.options.dev`, the map reloads when it or
a file it uses changes.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pygame

from game.input.actions import Action
from game.play.notices import warning
from game.save.model import SaveGame
from game.save.thumbnail import capture_thumbnail
from game.scenes.base import Scene
from game.scenes.objective import ObjectiveToast
from game.scenes.overworld_labels import draw_bark, draw_door_label
from game.scenes.widgets import Toast, draw_error_box
from game.ui.theme import load_theme
from game.ui.timing import timing
from game.world.actors import Actor
from game.world.hotreload import overlay_lines
from game.world.prompt import place_prompt
from game.world.render import MapRenderer
from game.world.session import WorldSession
from game.world.sprites import CharacterLook, load_look
from game.world.stage import MapStage

if TYPE_CHECKING:
    from game.assets.font import Fonts
    from game.input.actions import ActionState
    from game.play.context import Context
    from game.world.ports import StoryPort

Sprite = tuple[float, pygame.Surface, tuple[int, int]]  # feet y, image, top-left
ERROR_LINES = 3  # findings shown in the error box (3 rows each)


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
        self.stage = MapStage(
            story_port, ctx.rng, lambda: self.ctx.story, dev=ctx.options.dev
        )
        self.stage.open(Path(map_path), at)
        self.renderer: MapRenderer | None = None
        self.looks: dict[str, CharacterLook] = {}
        self.toast = Toast(timing("toast_seconds"))
        self.objective = ObjectiveToast(
            timing("objective_toast_seconds"), self._story_objective()
        )
        self.theme = load_theme()
        self._veil_surface: pygame.Surface | None = None
        self._play_music()

    def _story_objective(self) -> str:
        return self.ctx.story.objective if self.ctx.story is not None else ""

    @property
    def session(self) -> WorldSession | None:
        """The map being played (the stage's), None while none could load."""
        return self.stage.session

    @property
    def map_path(self) -> Path:
        return self.stage.map_path

    def enter(self) -> None:
        if self.stage.session is None and not self.ctx.options.dev:
            self._back_to_title()  # nothing to stand on; --dev waits for a fix
            return
        self.stage.enter()

    def _back_to_title(self) -> None:
        """The map could not be opened at all: say why on the title screen."""
        first = self.stage.errors[0].format() if self.stage.errors else ""
        self.ctx.messages.append(
            warning(f"The map {self.map_path.name} cannot be played.")
        )
        if first:
            self.ctx.messages.append(warning(first))
        self.ctx.nav.to_title()

    # -- update -------------------------------------------------------------
    def update(self, actions: ActionState, dt: float) -> None:
        self.toast.update(self.ctx.messages, dt)
        self.objective.update(self._story_objective(), self._covered(), dt)
        if self.stage.update(dt, self._covered()) and not self._menu_keys(actions):
            interact = actions.was_pressed(Action.INTERACT)
            self.stage.step(actions.direction(), interact, dt)
        self._play_music()
        renderer = self._renderer()
        if renderer is not None:
            renderer.advance(round(dt * 1000))
            for area, is_open in self.stage.doors.take_changes():
                renderer.set_door(area, is_open)

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

    def _play_music(self) -> None:
        music = self.stage.take_music()
        if music and self.ctx.audio.current_music != music:
            self.ctx.audio.play_music(music)

    def _renderer(self) -> MapRenderer | None:
        """The renderer of the stage's map, made anew when the map changes."""
        session = self.stage.session
        if session is None:
            return None
        if self.renderer is None or self.renderer.world is not session.world:
            self.renderer = MapRenderer(session.world)
        return self.renderer

    # -- MapScreen: saving, and the stage for dialogue commands ----------------
    def can_save(self) -> bool:
        """False while there is no map or story, or a fade to a map runs."""
        return self.ctx.story is not None and self.stage.save_spot() is not None

    def save_snapshot(self) -> SaveGame | None:
        """A SaveGame of this moment, or None while the game cannot be saved."""
        spot, story = self.stage.save_spot(), self.ctx.story
        if spot is None or story is None:
            return None
        thumbnail = capture_thumbnail(lambda frame: self.draw_world(frame, 1.0))
        return SaveGame.capture(
            story,
            spot.map_path,
            spot.position,
            spot.facing,
            label=spot.label,
            thumbnail=thumbnail,
        )

    def place_player(self, position: tuple[float, float], facing: str) -> None:
        self.stage.place_player(position, facing)

    def move_actor(self, actor: str, tile_x: float, tile_y: float) -> bool:
        return self.stage.move_actor(actor, tile_x, tile_y)

    def actor_busy(self, actor: str) -> bool:
        return self.stage.actor_busy(actor)

    def face_actor(self, actor: str, direction: str) -> bool:
        return self.stage.face_actor(actor, direction)

    def camera_follow(self, actor: str) -> bool:
        return self.stage.camera_follow(actor)

    def fade(self, direction: str) -> None:
        self.stage.fade(direction)

    def fading(self) -> bool:
        return self.stage.fading()

    def shake(self, strength: float) -> None:
        if not self.ctx.settings.reduce_shake:
            self.stage.shake(strength)

    # -- drawing --------------------------------------------------------------
    def draw(self, surface: pygame.Surface, alpha: float) -> None:
        """The world, then the transient UI over it (door plates, barks, prompt,
        errors, toast, objective)."""
        fonts = self.ctx.assets.fonts
        self.draw_world(surface, alpha)
        if self._renderer() is not None and not self._covered() and not self._veiled():
            offset = self.stage.offset(alpha)
            draw_door_label(surface, self.stage, offset, fonts)
            draw_bark(surface, self.stage, offset, fonts)
            self._draw_prompt(surface, offset, fonts)
        if self.stage.errors:
            lines = overlay_lines(self.stage.errors, ERROR_LINES)
            title = "The map has errors; showing the last good version:"
            draw_error_box(surface, fonts, title, lines)
        if self.toast.showing:
            self.toast.draw(surface, self.ctx.assets, self.theme)
        if not self._covered():
            self.objective.draw(surface, self.ctx.assets, self.theme)

    def draw_world(self, surface: pygame.Surface, alpha: float) -> None:
        """The map, its people and the fade's veil: what a save thumbnail
        shows. Nothing transient (prompts, notices, overlays) is drawn here."""
        fonts = self.ctx.assets.fonts
        surface.fill(fonts.regular.rgb("ink"))
        renderer = self._renderer()
        if renderer is not None:
            offset = self.stage.offset(alpha)
            renderer.draw_below(surface, offset)
            self._draw_things(surface, renderer, offset, alpha)
            renderer.draw_above(surface, offset)
        self._draw_veil(surface, fonts)

    def _veiled(self) -> bool:
        return self.stage.veil.level > 0

    def _draw_veil(self, surface: pygame.Surface, fonts: Fonts) -> None:
        """The fade's full-screen cover (made once, not every frame)."""
        level = self.stage.veil.level
        if level <= 0:
            return
        veil, size = self._veil_surface, surface.get_size()
        if veil is None or veil.get_size() != size:
            veil = self._veil_surface = pygame.Surface(size)
            veil.fill(fonts.regular.rgb("ink"))
        veil.set_alpha(round(255 * level))
        surface.blit(veil, (0, 0))

    def _draw_things(
        self,
        surface: pygame.Surface,
        renderer: MapRenderer,
        offset: tuple[int, int],
        alpha: float,
    ) -> None:
        """Characters and tile objects, sorted by their feet (y) so nearer ones
        overlap farther ones."""
        session = self.stage.session
        assert session is not None
        items: list[Sprite] = []
        for obj in session.world.objects:
            ref = getattr(obj, "tile", None)
            if ref is not None and obj.kind != "NPC":
                image, r = renderer.atlas.tile(ref), obj.shape.rect
                top_left = (round(r.x), round(r.bottom) - image.get_height())
                items.append((r.bottom, image, top_left))
        for actor in (session.player, *session.npcs):
            if actor.visible:
                items.append(self._actor_sprite(actor, alpha))
        items.sort(key=lambda item: item[0])
        surface.fblits(
            [(img, (x - offset[0], y - offset[1])) for _y, img, (x, y) in items]
        )

    def _actor_sprite(self, actor: Actor, alpha: float) -> Sprite:
        look = self.looks.get(actor.character)
        if look is None:
            look = self.looks[actor.character] = load_look(
                actor.character or "stranger"
            )
        image = look.frame(actor.facing, actor.moving, actor.clock_ms)
        fx, fy = actor.drawn_at(alpha)
        return (fy, image, (round(fx) - look.anchor[0], round(fy) - look.anchor[1]))

    def _draw_prompt(
        self, surface: pygame.Surface, offset: tuple[int, int], fonts: Fonts
    ) -> None:
        target = self.stage.prompt()
        if target is None:
            return
        size = fonts.bold.measure(target.label)
        box = place_prompt(target, size, offset, self.stage.tuning)
        panel = pygame.Rect(box.panel)
        pygame.draw.rect(surface, fonts.regular.rgb("night"), panel)
        pygame.draw.rect(surface, fonts.regular.rgb("mint"), panel, 1)
        fonts.bold.draw(surface, target.label, box.text_at, "white")
