"""The one way into a Tiled map: `read_map(path) -> TiledMap`.

    doc = read_map(Path("maps/sample/showcase.tmx"))

Reads the .tmx (XML errors name file, line and column), checks and fixes
its tree (game.tiled.prepass: external tilesets, templates merged, classes
unified, class defaults from maps/smile.tiled-project) and builds the plain
document model (game.tiled.model). Any map the game cannot use raises
MapLoadError with Findings naming file, layer and object; no raw
ElementTree exception escapes.
"""

from __future__ import annotations

from pathlib import Path

from game.tiled.document import build_document
from game.tiled.model import TiledMap
from game.tiled.prepass import prepare
from game.tiled.project import Project, load_project
from game.tiled.xmlio import read_xml


def read_map(
    path: Path | str, project: Project | None = None, images: bool = True
) -> TiledMap:
    """Read, check and fix one map. `project` defaults to the shared project
    file; `images=False` does not check the tilesets' pictures (maps whose
    tiles the game never draws)."""
    path = Path(path)
    project = project if project is not None else load_project()
    prepared = prepare(path, project, read_xml(path), images)
    return build_document(prepared)
