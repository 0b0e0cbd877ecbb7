"""Write maps/smile.tiled-project's property types from their one source.

    python -m game.tools.sync_tiled_types          # rewrite the project file
    python -m game.tools.sync_tiled_types --check  # exit 1 if it is stale

Every enum and class comes from maps/property_types.json (types, defaults,
descriptions; see game.tiled.type_source). Generated enums (designers pick
their values from dropdowns in Tiled):
  NpcId          assets/characters/*.json names, plus npc_id values in maps
  DialogueNode   `title:` lines of dialogue/**/*.yarn
  MinigameLevel  maps/minigame/*.tmx, as paths relative to maps/
Each enum keeps its `id` in the project, so maps that use it stay valid.
Close Tiled (or reload the project) after running it.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from game.core.paths import project_root
from game.tiled.project import PROJECT_NAME
from game.tiled.type_source import SOURCE_NAME, load_source, property_types

TITLE = re.compile(r"^\s*title\s*:\s*(\S.*?)\s*$")


def npc_ids(root: Path) -> set[str]:
    found = {p.stem for p in (root / "assets" / "characters").glob("*.json")}
    for path in sorted((root / "maps").rglob("*.tmx")) + sorted(
        (root / "maps").rglob("*.tsx")
    ):
        try:
            tree = ET.parse(path)
        except (ET.ParseError, OSError):
            continue  # the validator reports broken files
        for prop in tree.iter("property"):
            if prop.get("name") == "npc_id" and prop.get("value"):
                found.add(prop.get("value", ""))
    return found


def dialogue_nodes(root: Path) -> set[str]:
    titles: set[str] = set()
    for path in sorted((root / "dialogue").rglob("*.yarn")):
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            match = TITLE.match(line)
            if match:
                titles.add(match.group(1))
    return titles


def minigame_levels(root: Path) -> set[str]:
    folder = root / "maps" / "minigame"
    return {p.relative_to(root / "maps").as_posix() for p in folder.glob("*.tmx")}


def generated_values(root: Path) -> dict[str, list[str]]:
    return {
        "NpcId": sorted(npc_ids(root)),
        "DialogueNode": sorted(dialogue_nodes(root)),
        "MinigameLevel": sorted(minigame_levels(root)),
    }


def synced(project: dict, root: Path) -> dict:
    """A copy of the project dict with its property types written from the
    source (or, without a source file, just the generated enums refreshed)."""
    values = generated_values(root)
    out = json.loads(json.dumps(project))
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


def dump(project: dict) -> str:
    return json.dumps(project, indent=4, ensure_ascii=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report staleness")
    parser.add_argument("--root", type=Path, default=project_root())
    args = parser.parse_args(argv)
    path = args.root / "maps" / PROJECT_NAME
    try:
        current = path.read_text(encoding="utf-8")
        fresh = dump(synced(json.loads(current), args.root))
    except (OSError, json.JSONDecodeError) as exc:
        print(f"ERROR {path}: cannot read the project file ({exc})")
        return 1
    if fresh == current:
        print(f"{path.name} is up to date")
        return 0
    if args.check:
        print(f"{path.name} is stale: run python -m game.tools.sync_tiled_types")
        return 1
    path.write_text(fresh, encoding="utf-8")
    print(f"updated {path.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
