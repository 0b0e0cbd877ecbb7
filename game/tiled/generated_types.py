"""The Tiled project's generated enums, and keeping the project file in step.

Contract: `generated_values(root)` lists the values of the enums designers
pick from dropdowns in Tiled:
  NpcId          assets/characters/*.json names, plus npc_id values in maps
  DialogueNode   `title:` lines of dialogue/**/*.yarn, Declarations nodes
                 (titles ending in `Declarations`, never run) left out
  MinigameLevel  maps/minigame/*.tmx, as paths relative to maps/
`synced(project, root)` is the project dict with its property types written
from maps/property_types.json and those values (each type keeps its `id`);
`sync_project(root)` rewrites maps/smile.tiled-project when it is stale and
says whether it did (`game.tools.sync_tiled_types` and `--dev` hot reload
use it). Files that cannot be read or parsed contribute nothing: their own
checkers report them.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

from game.core.reading import DIALOGUE_BYTES, MAP_BYTES, read_limited
from game.tiled.project import PROJECT_NAME
from game.tiled.type_source import SOURCE_NAME, load_source, property_types

TITLE = re.compile(r"^[ \t]*title[ \t]*:[ \t]*(\S.*?)[ \t]*\r?$", re.MULTILINE)
DECLARATIONS_SUFFIX = "Declarations"  # as game.dialogue.model.Node.is_declarations


def npc_ids(root: Path) -> set[str]:
    found = {p.stem for p in (root / "assets" / "characters").glob("*.json")}
    maps = root / "maps"
    for path in sorted(maps.rglob("*.tmx")) + sorted(maps.rglob("*.tsx")):
        try:
            tree = ET.fromstring(read_limited(path, MAP_BYTES))
        except (ET.ParseError, OSError):
            continue
        for prop in tree.iter("property"):
            if prop.get("name") == "npc_id" and prop.get("value"):
                found.add(prop.get("value", ""))
    return found


def dialogue_nodes(root: Path) -> set[str]:
    """Titles a map may start a conversation at (Declarations nodes left out)."""
    titles: set[str] = set()
    for path in sorted((root / "dialogue").rglob("*.yarn")):
        try:
            text = read_limited(path, DIALOGUE_BYTES).decode("utf-8", "replace")
        except OSError:
            continue
        titles.update(TITLE.findall(text))
    return {t for t in titles if not t.endswith(DECLARATIONS_SUFFIX)}


def minigame_levels(root: Path) -> set[str]:
    folder = root / "maps" / "minigame"
    return {p.relative_to(root / "maps").as_posix() for p in folder.glob("*.tmx")}


def generated_values(root: Path) -> dict[str, list[str]]:
    return {
        "NpcId": sorted(npc_ids(root)),
        "DialogueNode": sorted(dialogue_nodes(root)),
        "MinigameLevel": sorted(minigame_levels(root)),
    }


def synced(project: dict[str, Any], root: Path) -> dict[str, Any]:
    """A copy of the project dict with its property types written from the
    source (or, without a source file, just the generated enums refreshed)."""
    values = generated_values(root)
    out: dict[str, Any] = json.loads(json.dumps(project))
    source = load_source(root / "maps" / SOURCE_NAME)
    if source is not None:
        out["propertyTypes"] = property_types(
            source, out.get("propertyTypes", []), values
        )
        return out
    for entry in out.get("propertyTypes", []):
        if entry.get("type") == "enum" and entry.get("name") in values:
            entry["values"] = values[entry["name"]]
    return out


def dump(project: dict[str, Any]) -> str:
    return json.dumps(project, indent=4, ensure_ascii=False) + "\n"


def fresh_text(root: Path) -> tuple[Path, str, str]:
    """(project path, its current text, its synced text); OSError or
    ValueError when the project file cannot be read."""
    path = root / "maps" / PROJECT_NAME
    current = read_limited(path, MAP_BYTES).decode("utf-8")
    return path, current, dump(synced(json.loads(current), root))


def sync_project(root: Path) -> bool:
    """Rewrite maps/smile.tiled-project if stale; True if it was rewritten."""
    path, current, fresh = fresh_text(root)
    if fresh == current:
        return False
    path.write_text(fresh, encoding="utf-8")
    return True
