"""Render a map's drawn layers to PNG through the game's own loader and renderer:
`python -m game.tools.render_map MAP OUT.png`.

Draws every tile and image layer except class EditorOnly, ignoring the
editor's visibility flag, animations at their first frame: the same picture
as `tmxrasterizer --ignore-visibility --hide-layer Entities --hide-layer
Triggers --hide-layer Collision MAP OUT.png`.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from game.tiled.errors import MapLoadError
from game.world.loader import load_map


def render(map_path: Path, out: Path) -> None:
    """Load, draw and save; raises MapLoadError for unusable maps."""
    import pygame  # deferred: main() first hides pygame's start-up banner

    from game.world.render import MapRenderer  # deferred: it imports pygame

    world = load_map(map_path)
    pygame.display.init()
    pygame.display.set_mode((1, 1))
    pygame.image.save(MapRenderer(world).composite(), str(out))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Render a map's layers to PNG.")
    parser.add_argument("map", type=Path)
    parser.add_argument("out", type=Path)
    args = parser.parse_args(argv)
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
    try:
        render(args.map, args.out)
    except MapLoadError as exc:
        for finding in exc.findings:
            print(finding.format())
        return 1
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
