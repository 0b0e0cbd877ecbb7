"""Compose one character frame from parts, and a whole sheet (numpy, no pygame).

Parts are full-frame pictures in template colours. A frame stacks the rig's
layers (lifted ones moved down by the frame's `lift` plus the person's
`height`), recolours the template slots to the person's colours, adds an
outside outline and lays the rig's ground shadow under the feet. Left uses the
`side` parts; right has its own `right` parts (drawn, so the light stays top
left), never a mirror.
"""

from __future__ import annotations

from game.art.chars_spec import DIRECTIONS, Cast, FrameValues, Layer, Person, Rig
from game.art.compose import JsonObject, blank, paste, recolour
from game.art.grid import TRANSPARENT_INDEX, GridError, Picture
from game.art.palette import Palette


def art_direction(direction: str) -> str:
    """The part-name direction: left-facing art is called `side`."""
    return "side" if direction == "left" else direction


def add_outline(picture: Picture, slot: int) -> Picture:
    """Paint `slot` on transparent pixels that touch an opaque one (4-way)."""
    solid = picture != TRANSPARENT_INDEX
    grown = solid.copy()
    grown[1:, :] |= solid[:-1, :]
    grown[:-1, :] |= solid[1:, :]
    grown[:, 1:] |= solid[:, :-1]
    grown[:, :-1] |= solid[:, 1:]
    result = picture.copy()
    result[grown & ~solid] = slot
    return result


def lay_under(picture: Picture, under: Picture) -> Picture:
    """`under` shows only where `picture` is transparent (a ground shadow)."""
    result = picture.copy()
    empty = picture == TRANSPARENT_INDEX
    result[empty] = under[empty]
    return result


PartValues = dict[str, str | int | list[str]]
"""What a layer's part pattern is filled from: person, frame and direction."""


def _part_names(layer: Layer, values: PartValues) -> list[str]:
    if not layer.each:
        return [layer.part.format(**values)]
    items = values.get(layer.each, [])
    if isinstance(items, int):
        raise GridError(f"layer {layer.part!r}: {layer.each!r} must list names")
    return [layer.part.format(**values, item=item) for item in items]


def compose_frame(
    parts: dict[str, Picture],
    rig: Rig,
    person: Person,
    direction: str,
    frame: FrameValues,
    size: tuple[int, int],
    outline_slot: int,
) -> Picture:
    """One frame of `person` facing `direction`, as palette slots."""
    values: PartValues = {**person.fields, **frame, "dir": art_direction(direction)}
    lift = int(frame.get("lift", 0)) + person.height
    canvas = blank(size[1], size[0])
    for layer in rig.layers:
        for name in _part_names(layer, values):
            if name not in parts:
                if layer.optional:
                    continue
                raise GridError(f"{person.id}: no part @{name} in parts.grid")
            paste(canvas, parts[name], 0, lift if layer.lift else 0)
    canvas = add_outline(recolour(canvas, person.colours), outline_slot)
    if rig.shadow:
        canvas = lay_under(canvas, parts[rig.shadow])
    return canvas


def compose_sheet(
    parts: dict[str, Picture], cast: Cast, person: Person, palette: Palette
) -> Picture:
    """Rows = DIRECTIONS; columns = each animation's frames, in rig order."""
    rig = cast.rigs[person.rig]
    width, height = cast.frame_size
    outline_slot = palette.index(str(person.fields.get("outline", rig.outline)))
    frames = [frame for anim in rig.animations for frame in anim.frames]
    sheet = blank(height * len(DIRECTIONS), width * len(frames))
    for row, direction in enumerate(DIRECTIONS):
        for col, frame in enumerate(frames):
            picture = compose_frame(
                parts, rig, person, direction, frame, cast.frame_size, outline_slot
            )
            sheet[
                row * height : (row + 1) * height, col * width : (col + 1) * width
            ] = picture
    return sheet


def sheet_meta(cast: Cast, person: Person) -> JsonObject:
    """The sheet's JSON: frame size, direction rows, animation columns, timing."""
    rig = cast.rigs[person.rig]
    width, height = cast.frame_size
    animations: dict[str, JsonObject] = {}
    first = 0
    for anim in rig.animations:
        animations[anim.name] = {
            "first": first,
            "count": len(anim.frames),
            "durations_ms": list(anim.durations_ms),
        }
        first += len(anim.frames)
    return {
        "id": person.id,
        "image": f"{person.id}.png",
        "frame_width": width,
        "frame_height": height,
        "columns": first,
        "rows": {direction: row for row, direction in enumerate(DIRECTIONS)},
        "animations": animations,
        "anchor": [width // 2, height - 1],
        "size": [width * first, height * len(DIRECTIONS)],
    }
