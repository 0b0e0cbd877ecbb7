"""The map loader's error, for callers that know it by its world name.

MapLoadError and the designer-facing address helpers live in
game.tiled.errors (the Tiled front end raises them); new code imports them
from there. Kept for game.scenes.overworld until it does too.
"""

from __future__ import annotations

from game.tiled.errors import MapLoadError as MapLoadError
from game.tiled.errors import display_path as display_path
from game.tiled.errors import object_where as object_where
