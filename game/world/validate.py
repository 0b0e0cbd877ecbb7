"""Cross-reference checks on loaded maps (no pygame): doors, spawns, patrols,
enum values, dialogue nodes, condition variables, bounds, layers.

`validate_map` returns Findings in the contract's format; the loader has
already refused anything that cannot be read at all.
"""

from __future__ import annotations

import difflib
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from game.core.findings import Finding
from game.tiled.errors import MapLoadError, display_path
from game.tiled.project import Project
from game.tiled.run_paths import resolved
from game.tiled.xmlio import is_file, root_class
from game.world.collision import CollisionWorld
from game.world.model import (
    NPC,
    Door,
    MapObject,
    MinigameStation,
    PatrolPath,
    Prop,
    Spawn,
    Trigger,
    Unknown,
    WorldMap,
)
from game.world.placement import check_placement, faces_wall
from game.world.reach import check_reach
from game.world.report import MapReport as _Report
from game.world.tuning import Tuning, load_tuning

SNAKE = re.compile(r"^[a-z][a-z0-9_]*$")
VARIABLE = re.compile(r"\$([A-Za-z_][A-Za-z0-9_]*)")
NODE_FIELDS = {
    NPC: ("dialogue", "bark"),
    Trigger: ("dialogue",),
    Prop: ("examine",),
    Door: ("locked_dialogue",),
    MinigameStation: ("dialogue",),
}
ENUM_FIELDS = {
    NPC: (("facing", "Direction"), ("behaviour", "NpcBehaviour"), ("npc_id", "NpcId")),
    Spawn: (("facing", "Direction"),),
    Door: (("transition", "Transition"),),
    Trigger: (("on", "TriggerOn"),),
    # MinigameStation.level: its file check says it all (one cause, one line)
}
REQUIRED_LAYERS = ("Entities",)
MAP_CLASS = "SmileMap"
MapLoader = Callable[[Path], WorldMap]


@dataclass
class Knowledge:
    """What the checks compare against; None means "unknown, skip that check"."""

    project: Project
    maps_root: Path
    node_titles: set[str] | None = None
    variables: set[str] | None = None
    load: MapLoader | None = None
    tuning: Tuning | None = None
    _cache: dict[Path, WorldMap | None] = field(default_factory=dict)
    _collisions: dict[int, tuple[WorldMap, CollisionWorld]] = field(
        default_factory=dict
    )

    def target(self, path: Path) -> WorldMap | None:
        """A door's target map, loaded once; None if it cannot be loaded."""
        key = resolved(path)
        if key not in self._cache:
            try:
                self._cache[key] = self.load(path) if self.load else None
            except MapLoadError:
                self._cache[key] = None
        return self._cache[key]

    def tuned(self) -> Tuning:
        """`tuning`, else the tuning file's, read once (a failure raises
        again at the next use, as reading it each time did)."""
        if self.tuning is None:
            self.tuning = load_tuning()
        return self.tuning

    def collision(self, world: WorldMap) -> CollisionWorld:
        """The map's collision, built once per map (its own walking checks
        and every door arriving there use it; nothing changes it)."""
        kept = self._collisions.get(id(world))
        if kept is None or kept[0] is not world:
            kept = (world, CollisionWorld(world.colliders, world.pixel_size))
            self._collisions[id(world)] = kept
        return kept[1]


def validate_map(world: WorldMap, know: Knowledge) -> list[Finding]:
    """Every check on one loaded map."""
    report = _Report(world)
    _check_layers(report)
    _check_ids_and_spawns(report)
    for obj in world.objects:
        _check_object(report, obj, know)
    _check_walking(report, know)
    return report.findings


def _check_walking(report: _Report, know: Knowledge) -> None:
    """Placement in collision, then what a walk from the spawns reaches."""
    tuning = know.tuned()
    box = tuning.player_box
    collision = know.collision(report.world)
    check_placement(report, collision, box, tuning.corner_slide)
    check_reach(report, collision, box, tuning.interact_reach)


def _check_map_class(report: _Report) -> None:
    found = root_class(report.world.path)
    if found != MAP_CLASS:
        report.error(
            None,
            f'the map\'s class is "{found}", not "{MAP_CLASS}"'
            if found
            else f'the map has no class (it must be "{MAP_CLASS}"); a Tiled older '
            "than 1.9 drops classes on save, so its EditorOnly layers lost theirs too",
            f"Map › Map Properties › Class: {MAP_CLASS}; re-set EditorOnly on "
            "guide layers; save with Tiled 1.11 or newer",
        )


def _check_layers(report: _Report) -> None:
    _check_map_class(report)
    names = report.world.layer_names
    for name, count in Counter(names).items():
        if count > 1:
            report.error(None, f'{count} layers are named "{name}"', "rename one")
    for name in REQUIRED_LAYERS:
        if name not in names:
            report.error(
                None,
                f'no object layer "{name}"; characters need it to know what '
                "draws over them",
                f'add an object layer named "{name}" between floor and roof layers',
            )


def _check_ids_and_spawns(report: _Report) -> None:
    objects = report.world.objects
    for object_id, count in Counter(o.id for o in objects).items():
        if count > 1:
            report.error(
                None, f"object id {object_id} is used {count} times", "re-save"
            )
    spawns = report.world.of_type(Spawn)
    for name, count in Counter(s.name for s in spawns).items():
        if count > 1:
            first = next(s for s in spawns if s.name == name)
            report.error(
                first, f'{count} spawns are named "{name}"', "give each a new name"
            )
    defaults = [s for s in spawns if s.default]
    if len(defaults) != 1:
        report.error(
            defaults[1] if len(defaults) > 1 else None,
            f"the map has {len(defaults)} default spawns; it needs exactly one",
            'tick "default" on exactly one Spawn',
        )


def _check_object(report: _Report, obj: MapObject, know: Knowledge) -> None:
    if isinstance(obj, Unknown):
        _check_unknown(report, obj, know.project)
        return
    _check_bounds(report, obj)
    _check_property_names(report, obj)
    _check_enums(report, obj, know.project)
    _check_nodes(report, obj, know.node_titles)
    _check_condition(report, obj, know.variables)
    _check_kind(report, obj, know)


def _check_unknown(report: _Report, obj: Unknown, project: Project) -> None:
    if not obj.object_class:
        report.error(
            obj,
            "object has no class",
            "pick one in the Class field (NPC, Door, Spawn, Trigger, "
            "MinigameStation, PatrolPath, Prop) or place it from a template",
        )
        return
    known = [n for n, c in project.classes.items() if "object" in c.use_as]
    report.error(
        obj,
        f'unknown class "{obj.object_class}"{_did_you_mean(obj.object_class, known)}',
        "pick the class from the dropdown in the Class field",
    )


def _did_you_mean(value: str, options: Iterable[str]) -> str:
    by_lower = {o.lower(): o for o in options}
    close = difflib.get_close_matches(value.lower(), sorted(by_lower), n=1, cutoff=0.6)
    return f' (did you mean "{by_lower[close[0]]}"?)' if close else ""


def _check_bounds(report: _Report, obj: MapObject) -> None:
    w, h = report.world.pixel_size
    r = obj.shape.rect
    if r.x < 0 or r.y < 0 or r.right > w or r.bottom > h:
        report.misplace(obj, "lies (partly) outside the map", "move it inside the map")


def _check_property_names(report: _Report, obj: MapObject) -> None:
    for name in obj.properties:
        if not SNAKE.match(name):
            report.warn(
                obj,
                f'property "{name}" is not snake_case',
                "use lower case words joined by _",
            )


def _check_enums(report: _Report, obj: MapObject, project: Project) -> None:
    for attr, enum in ENUM_FIELDS.get(type(obj), ()):
        values = project.enums.get(enum)
        # the raw property: the loader puts an unknown choice back to its default
        value = str(obj.properties.get(attr, getattr(obj, attr)))
        if values and value and value not in values:
            report.error(
                obj,
                f'{attr} "{value}" is not a {enum}{_did_you_mean(value, values)}',
                f"pick a value from the {attr} dropdown",
            )


def _check_nodes(report: _Report, obj: MapObject, titles: set[str] | None) -> None:
    if titles is None:
        return
    for attr in NODE_FIELDS.get(type(obj), ()):
        node = str(getattr(obj, attr))
        if node and node not in titles:
            report.error(
                obj,
                f'{attr} node "{node}" does not exist in dialogue/'
                f"{_did_you_mean(node, titles)}",
                "pick a node from the dropdown, or write it in a .yarn file",
            )


def _check_condition(
    report: _Report, obj: MapObject, variables: set[str] | None
) -> None:
    condition = str(getattr(obj, "requires", "") or "")
    if not condition or variables is None:
        return
    for name in VARIABLE.findall(condition):
        if name not in variables:
            close = _did_you_mean(f"${name}", {f"${v}" for v in variables})
            fix = (
                "fix the spelling in requires"
                if close
                else f"fix the spelling, or declare it: <<declare ${name} = …>>"
            )
            report.error(
                obj, f"requires names ${name}, which no dialogue declares{close}", fix
            )


def _check_npc(report: _Report, npc: NPC, know: Knowledge) -> None:
    if not npc.npc_id:
        report.error(npc, "npc_id is empty", "pick the character in npc_id")
    if npc.bark and npc.dialogue:
        report.warn(
            npc,
            f'bark "{npc.bark}" is never shown: this NPC has a dialogue node',
            "clear bark, or clear dialogue to make this a bystander",
        )
    if npc.behaviour == "patrol" or npc.patrol:
        target = report.world.object_by_id(npc.patrol)
        if not isinstance(target, PatrolPath):
            report.error(
                npc,
                "patrol does not point to a PatrolPath",
                "click the patrol property's arrow and pick a PatrolPath polyline",
            )


def _check_door(report: _Report, door: Door, know: Knowledge) -> None:
    limit = know.tuned().door_label_max_chars
    if len(door.label.strip()) > limit:
        report.warn(
            door,
            f'label "{door.label.strip()}" has {len(door.label.strip())} characters; '
            f"plates fit {limit}",
            "shorten the label",
        )
    if not door.target_map:
        report.error(door, "target_map is empty", "pick the map this door leads to")
        return
    path = report.world.path.parent / door.target_map
    if not is_file(path):
        report.error(
            door,
            f'target_map "{door.target_map}" not found',
            "pick an existing .tmx in target_map (paths are relative to this map)",
        )
        return
    target = know.target(path)
    if target is None:
        return  # the target map's own errors are reported with it
    spawns = sorted(s.name for s in target.of_type(Spawn))
    if door.target_spawn and door.target_spawn not in spawns:
        report.error(
            door,
            f'target_spawn "{door.target_spawn}" not found in '
            f"{display_path(path)} (spawns there: {', '.join(spawns) or 'none'})",
            "type one of those names, or add that Spawn to the target map",
        )
        return
    _check_arrival(report, door, target, know)


def _check_arrival(
    report: _Report, door: Door, target: WorldMap, know: Knowledge
) -> None:
    spawn = target.spawn(door.target_spawn) if door.target_spawn else None
    spawn = spawn or target.default_spawn()
    box = know.tuned().player_box
    collision = know.collision(target)
    if spawn is not None and faces_wall(spawn, collision, box):
        report.error(
            door,
            f'the player arrives at spawn "{spawn.name}" in '
            f"{display_path(target.path)} facing {spawn.facing}, into a wall",
            "set that Spawn's facing toward the open floor",
        )


def _check_trigger(report: _Report, trigger: Trigger, know: Knowledge) -> None:
    rect = trigger.shape.rect
    if trigger.on != "map_load" and (rect.w <= 0 or rect.h <= 0):
        report.error(
            trigger, "trigger has no area", "draw it as a rectangle or polygon"
        )
    if not trigger.dialogue:
        report.error(trigger, "dialogue is empty", "pick the node this trigger runs")


def _check_station(report: _Report, station: MinigameStation, know: Knowledge) -> None:
    if not station.level:
        report.error(station, "level is empty", "pick the minigame level")
    elif not is_file(know.maps_root / station.level):
        report.error(
            station,
            f'level "{station.level}" not found under maps/',
            "pick a level from the dropdown",
        )


def _check_patrol(report: _Report, path: PatrolPath, know: Knowledge) -> None:
    if len(path.shape.points) < 2:
        report.error(path, "a patrol path needs at least 2 points", "draw a polyline")


def _check_kind(report: _Report, obj: MapObject, know: Knowledge) -> None:
    """The class-specific checks for `obj`, if its class has any."""
    if isinstance(obj, NPC):
        _check_npc(report, obj, know)
    elif isinstance(obj, Door):
        _check_door(report, obj, know)
    elif isinstance(obj, Trigger):
        _check_trigger(report, obj, know)
    elif isinstance(obj, MinigameStation):
        _check_station(report, obj, know)
    elif isinstance(obj, PatrolPath):
        _check_patrol(report, obj, know)
