"""The clean map model the game uses: no pytmx or ElementTree types leak out.

`WorldMap` is what `game.world.loader.load_map` returns. Coordinates are map
pixels (origin top-left); tile objects are stored by their top-left corner.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from game.core.findings import Finding

# The geometry and tileset types are Tiled's; the world model shares them.
from game.tiled.model import AnimationFrame as AnimationFrame
from game.tiled.model import Point as Point
from game.tiled.model import Rect as Rect
from game.tiled.model import Shape as Shape
from game.tiled.model import TileRef as TileRef
from game.tiled.model import TilesetInfo as TilesetInfo


@dataclass
class TileLayer:
    """A drawn tile layer; `cells[y][x]` is a TileRef or None."""

    id: int
    name: str
    cells: list[list[TileRef | None]]
    offset: tuple[int, int] = (0, 0)
    layer_class: str = ""
    visible: bool = True


@dataclass
class ImageLayer:
    """A drawn image layer (loaded by us, not pytmx)."""

    id: int
    name: str
    image: Path
    offset: tuple[int, int] = (0, 0)


Layer = TileLayer | ImageLayer


@dataclass
class MapObject:
    """What every typed object shares. `layer` is its object layer's name."""

    id: int
    name: str
    layer: str
    shape: Shape
    properties: dict[str, object] = field(default_factory=dict)

    @property
    def kind(self) -> str:
        return type(self).__name__


@dataclass
class NPC(MapObject):
    npc_id: str = ""
    dialogue: str = ""
    facing: str = "down"
    behaviour: str = "idle"
    patrol: int = 0
    requires: str = ""
    bark: str = ""  # a node of ambient one-liners, for an NPC without dialogue
    tile: TileRef | None = None


@dataclass
class Door(MapObject):
    target_map: str = ""
    target_spawn: str = ""
    transition: str = "fade"
    requires: str = ""
    locked_dialogue: str = ""
    label: str = ""  # the plate shown near the door ("" = the target's name)


@dataclass
class Spawn(MapObject):
    facing: str = "down"
    default: bool = False


@dataclass
class Trigger(MapObject):
    on: str = "enter"
    dialogue: str = ""
    once: bool = True
    requires: str = ""


@dataclass
class MinigameStation(MapObject):
    level: str = ""
    requires: str = ""
    dialogue: str = ""
    tile: TileRef | None = None


@dataclass
class PatrolPath(MapObject):
    loop: bool = False


@dataclass
class Prop(MapObject):
    examine: str = ""
    tile: TileRef | None = None


@dataclass
class Unknown(MapObject):
    """An object whose class the game does not know (the validator reports it)."""

    object_class: str = ""
    tile: TileRef | None = None


CHOICES: dict[str, tuple[str, ...]] = {
    # the values the game's code acts on; the Tiled project's enums list them too
    "facing": ("down", "up", "left", "right"),
    "behaviour": ("idle", "wander", "patrol"),
    "transition": ("fade", "cut"),
    "on": ("enter", "interact", "map_load"),
}
OBJECT_CLASSES: dict[str, type[MapObject]] = {
    "NPC": NPC,
    "Door": Door,
    "Spawn": Spawn,
    "Trigger": Trigger,
    "MinigameStation": MinigameStation,
    "PatrolPath": PatrolPath,
    "Prop": Prop,
}


T = TypeVar("T", bound=MapObject)


@dataclass
class MapProperties:
    display_name: str = ""
    music: str = ""
    episode: int = 0
    indoor: bool = True


@dataclass
class WorldMap:
    """A loaded map. `below`/`above` are the drawn layers under and over the
    characters, in draw order; `colliders` merges tile collision shapes and
    the Collision layer."""

    path: Path
    width: int
    height: int
    tile_width: int
    tile_height: int
    tilesets: list[TilesetInfo]
    below: list[Layer]
    above: list[Layer]
    colliders: list[Shape]
    objects: list[MapObject]
    properties: MapProperties
    hidden_layers: list[str] = field(default_factory=list)
    layer_names: list[str] = field(default_factory=list)
    warnings: list[Finding] = field(default_factory=list)

    @property
    def pixel_size(self) -> tuple[int, int]:
        return (self.width * self.tile_width, self.height * self.tile_height)

    def of_type(self, kind: type[T]) -> list[T]:
        return [o for o in self.objects if isinstance(o, kind)]

    def object_by_id(self, object_id: int) -> MapObject | None:
        return next((o for o in self.objects if o.id == object_id), None)

    def spawn(self, name: str) -> Spawn | None:
        return next((s for s in self.of_type(Spawn) if s.name == name), None)

    def default_spawn(self) -> Spawn | None:
        spawns = self.of_type(Spawn)
        return next((s for s in spawns if s.default), spawns[0] if spawns else None)
