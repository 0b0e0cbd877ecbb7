"""maps/property_types.json -> the project's `propertyTypes` (no pygame).

The source lists every enum and class the game reads, each member with its
type, default and a description. `property_types` turns it into Tiled's
entries, keeping each type's `id` from the current project (maps refer to
enums by name, Tiled's editor state by id) and numbering new types after the
highest id. A member with `"filled": false` is shown in Tiled but its default
is not filled in by the game (the game's own fallback or "missing" check
applies); Tiled ignores the key. Enums marked `generated` take their values
from `generated`.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from game.core.reading import read_text

SOURCE_NAME = "property_types.json"
MEMBER_KEYS = ("name", "type", "value", "propertyType", "description", "filled")


def load_source(path: Path) -> dict[str, Any] | None:
    """The source's JSON, or None when there is no source file."""
    if not path.is_file():
        return None
    data: dict[str, Any] = json.loads(read_text(path))
    return data


def property_types(
    source: dict[str, Any],
    current: list[dict[str, Any]],
    generated: dict[str, list[str]],
) -> list[dict[str, Any]]:
    """Tiled's propertyTypes for `source`, ids kept from `current`."""
    ids = {entry.get("name"): entry.get("id") for entry in current}
    next_id = max((i for i in ids.values() if isinstance(i, int)), default=0) + 1
    out: list[dict[str, Any]] = []
    for entry in _entries(source, generated):
        known = ids.get(entry["name"])
        if not isinstance(known, int):
            known, next_id = next_id, next_id + 1
        out.append({"id": known, **entry})
    return out


def _entries(
    source: dict[str, Any], generated: dict[str, list[str]]
) -> list[dict[str, Any]]:
    enums = [_enum(e, generated) for e in source.get("enums", [])]
    return enums + [_class(c) for c in source.get("classes", [])]


def _enum(entry: dict[str, Any], generated: dict[str, list[str]]) -> dict[str, Any]:
    values = entry.get("values", [])
    if entry.get("generated"):
        values = generated.get(entry["name"], values)
    return {
        "name": entry["name"],
        "storageType": "string",
        "type": "enum",
        "values": list(values),
        "valuesAsFlags": False,
        "description": entry.get("description", ""),
    }


def _class(entry: dict[str, Any]) -> dict[str, Any]:
    members = [
        {key: m[key] for key in MEMBER_KEYS if key in m} for m in entry["members"]
    ]
    return {
        "color": entry.get("color", "#ffa0a0a4"),
        "description": entry.get("description", ""),
        "drawFill": True,
        "members": members,
        "name": entry["name"],
        "type": "class",
        "useAs": list(entry.get("useAs", [])),
    }


def declared_members(source: dict[str, Any]) -> dict[str, set[str]]:
    """Class name -> the member names the source declares."""
    return {
        c["name"]: {m["name"] for m in c.get("members", [])}
        for c in source.get("classes", [])
    }
