"""Write maps/smile.tiled-project's property types from their one source.

    python -m game.tools.sync_tiled_types          # rewrite the project file
    python -m game.tools.sync_tiled_types --check  # exit 1 if it is stale

Every enum and class comes from maps/property_types.json (types, defaults,
descriptions; see game.tiled.type_source); the dropdown enums NpcId,
DialogueNode (no Declarations nodes) and MinigameLevel are generated from
the content (game.tiled.generated_types). Each enum keeps its `id` in the
project, so maps that use it stay valid. `--dev` does the same on each
dialogue hot reload. Close Tiled (or reload the project) after running it.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from game.core.paths import project_root
from game.tiled.generated_types import (
    dialogue_nodes,
    dump,
    fresh_text,
    generated_values,
    npc_ids,
    synced,
)

__all__ = ["dialogue_nodes", "dump", "generated_values", "main", "npc_ids", "synced"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report staleness")
    parser.add_argument("--root", type=Path, default=project_root())
    args = parser.parse_args(argv)
    try:
        path, current, fresh = fresh_text(args.root)
    except (OSError, ValueError) as exc:
        print(f"ERROR {args.root / 'maps'}: cannot read the project file ({exc})")
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
