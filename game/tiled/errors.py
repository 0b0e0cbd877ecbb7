"""How the map loader reports problems: one exception carrying Findings."""

from __future__ import annotations

import os
from pathlib import Path

from game.core.findings import Finding
from game.core.paths import project_root
from game.core.run_memo import remembered


class MapLoadError(Exception):
    """A map (or a file it uses) cannot be loaded; `findings` say why and where."""

    def __init__(self, findings: list[Finding]) -> None:
        super().__init__("\n".join(f.format() for f in findings))
        self.findings = findings


def display_path(path: Path | str) -> str:
    """A path as a designer knows it: relative to the project root when inside it."""
    return remembered(("shown", str(path)), lambda: _shown(path))


def _shown(path: Path | str) -> str:
    resolved = Path(path).resolve()
    root = remembered(("project root",), project_root)  # it resolves a path too
    try:
        return resolved.relative_to(root).as_posix()
    except ValueError:
        return Path(os.path.normpath(path)).as_posix()  # no `dir/../` left


def object_where(
    layer: str,
    object_id: int | str,
    name: str,
    object_class: str,
    tile: tuple[int, int] | None,
) -> str:
    """`layer › #id "name" (Class) @ tile x,y`: the contract's object address."""
    text = f"{layer} › #{object_id}"
    if name:
        text += f' "{name}"'
    if object_class:
        text += f" ({object_class})"
    if tile is not None:
        text += f" @ tile {tile[0]},{tile[1]}"
    return text


def through(findings: list[Finding], map_shown: str, via: str = "") -> list[Finding]:
    """Findings about a file a map uses (a tileset, a template), addressed from
    the map: `map › via › that file › where`. Findings already about the map
    stay as they are."""
    out = []
    for f in findings:
        if f.file == map_shown:
            out.append(f)
            continue
        parts = [p for p in (via, f.file, f.where) if p]
        out.append(Finding(f.severity, map_shown, f.message, " › ".join(parts), f.hint))
    return out
