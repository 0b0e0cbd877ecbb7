"""The cast recipe: assets/src/characters/cast.json read into dataclasses (no pygame).

A *rig* says how a frame is stacked from parts: each layer names a part
with a `str.format` pattern (`{dir}` is down, side (facing left), right or
up; other fields come from the frame and the person, e.g.
`legs_{dir}_{legs}`), and whether the frame's `lift` (and the person's
`height`) moves it down. A rig's animations list their frames (a dict of
field values) and durations; its `shadow` names a part laid under every
frame at the feet. A *person* picks a rig, part choices and colours per
template role, so adding a person is data.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from game.art.compose import JsonObject, read_json
from game.art.grid import GridError
from game.art.palette import Palette

DIRECTIONS = ("down", "left", "right", "up")

FrameValues = dict[str, str | int]
"""A frame's field values, e.g. {"legs": "stand", "lift": 1}."""
PersonFields = dict[str, str | list[str]]
"""A person's part choices, e.g. {"hair": "bob", "accessories": ["badge"]}."""


@dataclass(frozen=True)
class Layer:
    part: str
    lift: bool = False
    each: str = ""  # a person field holding a list: one layer per item
    optional: bool = False


@dataclass(frozen=True)
class Animation:
    name: str
    frames: tuple[FrameValues, ...]
    durations_ms: tuple[int, ...]


@dataclass(frozen=True)
class Rig:
    name: str
    layers: tuple[Layer, ...]
    animations: tuple[Animation, ...]
    outline: str
    shadow: str = ""  # a part laid under every frame, unlifted and unrecoloured


@dataclass(frozen=True)
class Person:
    id: str
    rig: str
    fields: PersonFields
    colours: dict[int, int]  # template slot -> palette slot
    height: int = 0


@dataclass(frozen=True)
class Cast:
    source: Path
    frame_size: tuple[int, int]
    rigs: dict[str, Rig]
    people: tuple[Person, ...]


def _animation(name: str, raw: JsonObject, where: str) -> Animation:
    frames = tuple(raw.get("frames", ()))
    durations = tuple(int(d) for d in raw.get("durations_ms", ()))
    if not frames or len(durations) != len(frames):
        raise GridError(
            f"{where}: animation {name!r} needs frames and one duration per frame"
        )
    return Animation(name, frames, durations)


def _rig(name: str, raw: JsonObject, where: str) -> Rig:
    layers = tuple(
        Layer(
            part=layer["part"],
            lift=bool(layer.get("lift", False)),
            each=layer.get("each", ""),
            optional=bool(layer.get("optional", False)),
        )
        for layer in raw.get("layers", ())
    )
    animations = tuple(
        _animation(anim_name, anim, f"{where}.{name}")
        for anim_name, anim in raw.get("animations", {}).items()
    )
    return Rig(
        name, layers, animations, raw.get("outline", "ink"), raw.get("shadow", "")
    )


def _colours(
    raw: JsonObject, roles: dict[str, str], palette: Palette, where: str
) -> dict[int, int]:
    mapping: dict[int, int] = {}
    for role, names in raw.items():
        if role not in roles or len(names) != len(roles[role]):
            raise GridError(
                f"{where}: colour role {role!r} must be one of {sorted(roles)} "
                f"with {len(roles.get(role, ''))} palette names"
            )
        for template, name in zip(roles[role], names, strict=True):
            try:
                mapping[palette.index(template)] = palette.index(name)
            except ValueError:
                raise GridError(f"{where}: {name!r} is not a palette colour") from None
    return mapping


def _person(
    pid: str, raw: JsonObject, cast: JsonObject, palette: Palette, where: str
) -> Person:
    rig = raw.get("rig", "human")
    if rig not in cast["rigs"]:
        raise GridError(f"{where}.{pid}: unknown rig {rig!r}")
    fields = {k: v for k, v in raw.items() if k not in ("rig", "colours", "height")}
    colours = _colours(raw.get("colours", {}), cast["roles"], palette, f"{where}.{pid}")
    return Person(pid, rig, fields, colours, int(raw.get("height", 0)))


def load_cast(path: Path, palette: Palette) -> Cast:
    """Read the cast recipe; GridError names the file and the bad entry."""
    raw = read_json(path)
    where = str(path)
    rigs = {
        name: _rig(name, rig, f"{where}: rigs") for name, rig in raw["rigs"].items()
    }
    people = tuple(
        _person(pid, person, raw, palette, f"{where}: people")
        for pid, person in raw["people"].items()
    )
    width, height = raw.get("frame", [16, 32])
    return Cast(path, (int(width), int(height)), rigs, people)
