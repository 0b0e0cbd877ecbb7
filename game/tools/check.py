"""Validate the game's content: `python -m game.tools.check [paths]`.

With no paths: every map, tileset and template under maps/ (minigame levels
excepted, their own checker reads them), then the other content checkers
(dialogue, minigame levels) when their modules exist. With paths: just those
.tmx/.tsx/.tx/.yarn files (Tiled's "Validate" command passes the open map;
a .yarn file gets every check but the story search, which needs the maps).

Prints one line per finding in the contract's format, then a count line;
exit status 1 if there is any error. Never prints a traceback. Where the
system allows, the map checks and the story search are shared with one
forked child process (SMILE_PROTOCOL_JOBS=1 keeps them in one process).
"""

from __future__ import annotations

import argparse
import importlib
import inspect
import json
import os
import sys
from collections.abc import Callable, Iterable
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import TypeVar

from game.core.findings import Finding, error, warning
from game.core.paths import project_root
from game.core.reading import read_text
from game.core.run_memo import one_read_per_file, remembered
from game.core.shared_work import run_shared
from game.dialogue.check import built, parsed, project_files
from game.dialogue.errors import DialogueError
from game.dialogue.story_parts import EntryPoint
from game.tiled.errors import MapLoadError, display_path, object_where
from game.tiled.project import PROJECT_NAME, Project, ProjectError, load_project
from game.tiled.run_paths import resolved
from game.tiled.validate_files import check_template, check_tileset
from game.tools import collector
from game.tools.findings_cache import cached
from game.tools.map_memo import MapPart, dialogue_names, map_part
from game.tools.shared_findings import merge_shared
from game.tools.sync_tiled_types import dialogue_nodes
from game.world.loader import load_map
from game.world.model import (
    NPC,
    Door,
    MapObject,
    MinigameStation,
    Prop,
    Trigger,
    WorldMap,
)
from game.world.validate import VARIABLE, Knowledge, validate_map

# (label, module, function): content checkers of other parts of the game,
# each `function(root: Path) -> list[Finding]`; skipped while absent.
PLUGINS: tuple[tuple[str, str, str], ...] = (
    ("dialogue", "game.dialogue.check_cache", "cached_check_project"),
    ("minigame levels", "game.minigame.levels", "check_levels"),
    ("string tables", "game.dialogue.locale_check", "check_locales"),
)
LEVELS = "minigame levels"  # cached between runs (game/tools/findings_cache.py)
SHARED_MAPS = 5  # the fewest maps worth a child process's start (~10 ms)
MINIGAME_FOLDER = "minigame"
DIALOGUE_ENUM = "DialogueNode"
SAMPLE_FOLDER = "sample"

T = TypeVar("T")


def optional(module: str, name: str) -> Callable | None:
    """`module.name` if that module exists (and imports), else None."""
    try:
        found = importlib.import_module(module)
    except ModuleNotFoundError as exc:
        if exc.name and module.startswith(exc.name):
            return None
        raise
    return getattr(found, name, None)


def guarded(label: str, file: str, run: Callable[[], list[T]]) -> list[T | Finding]:
    """Run one checker; a crash becomes one finding instead of a traceback."""
    try:
        return list(run())
    except Exception as exc:
        return [
            error(
                file,
                f"the {label} checker failed ({type(exc).__name__}: {exc})",
                "",
                "report this to the programmers with the file attached",
            )
        ]


def knowledge(root: Path, project: Project) -> Knowledge:
    titles, variables = dialogue_names(root, lambda: _names(root))
    return Knowledge(
        project=project,
        maps_root=root / "maps",
        node_titles=titles,
        variables=variables,
        load=lambda p: _load_map(p, project),
    )


def _names(root: Path) -> tuple[set[str] | None, set[str] | None]:
    titles = optional("game.dialogue.check", "node_titles")
    return (titles(root) or None) if titles else None, declared_variables(root)


def declared_variables(root: Path) -> set[str] | None:
    """Every variable the dialogue declares (names without `$`), or None
    while the dialogue does not build (its own checker says why)."""
    try:
        files = [parsed(p, root) for p in project_files(root)]
    except DialogueError:
        return None
    program, _errors = built(files)
    return set(program.declarations)


def _load_map(path: Path, project: Project) -> WorldMap:
    """Each map loaded once per run (a door's target is the same map)."""
    return remembered(("map", resolved(path)), lambda: load_map(path, project))


def check_map(
    path: Path, know: Knowledge, worlds: list[WorldMap] | None = None
) -> list[Finding]:
    try:
        world = _load_map(path, know.project)
    except MapLoadError as exc:
        return exc.findings
    if worlds is not None:
        worlds.append(world)
    return validate_map(world, know)


def _preloaded(path: Path, know: Knowledge) -> WorldMap | None:
    """The map at `path` loaded (None if it is no map or does not load: its
    check says why)."""
    if path.suffix != ".tmx":
        return None
    try:
        return _load_map(path, know.project)
    except Exception:  # check_file reports it
        return None


def check_file(
    path: Path, know: Knowledge, worlds: list[WorldMap] | None = None
) -> list[Finding]:
    shown = display_path(path)
    if path.suffix == ".tmx":
        return guarded("map", shown, lambda: check_map(path, know, worlds))
    if path.suffix == ".tsx":
        return guarded("tileset", shown, lambda: check_tileset(path))
    if path.suffix == ".tx":
        return guarded("template", shown, lambda: check_template(path, know.project))
    if path.suffix == ".yarn":
        return guarded("dialogue", shown, lambda: _check_yarn(path))
    return [
        error(
            shown,
            "not a .tmx, .tsx, .tx or .yarn file",
            "",
            "pass a map, tileset, template or dialogue file",
        )
    ]


def _check_yarn(path: Path) -> list[Finding]:
    check = optional("game.dialogue.check", "check_single_file")
    return list(check(path, project_root())) if check else []


def content_files(root: Path) -> list[Path]:
    maps = root / "maps"
    found = [
        p
        for p in sorted(maps.rglob("*.tmx"))
        if MINIGAME_FOLDER not in p.relative_to(maps).parts[:1]
    ]
    return found + sorted(maps.rglob("*.tsx")) + sorted(maps.rglob("*.tx"))


def story_entry_points(
    root: Path, worlds: Iterable[WorldMap], variables: set[str] | None = None
) -> list:
    """How the episode maps start conversations, for the dialogue checker's
    story search: one EntryPoint per object running a node, with its
    `requires` (a door's locked_dialogue runs while it does not hold) and a
    once-trigger's key: the game's `MAP.tmx#ID`, qualified by the map's
    folder (`ep1/lobby.tmx#17`) because the search plays every episode in
    one story, where the game keeps one story per episode. Maps under
    maps/sample/ are showcases, not part of any episode's story, so they are
    left out."""
    points = []
    maps = (root / "maps").resolve()
    for world in worlds:
        parts = resolved(world.path).relative_to(maps).parts
        if parts[:1] == (SAMPLE_FOLDER,):
            continue
        shown = display_path(world.path)
        for obj in world.objects:
            point = _entry_point(obj, "/".join(parts), variables)
            if point is not None:
                points.append(replace(point, where=f"{shown} › {_where(world, obj)}"))
    return points


def _where(world: WorldMap, obj: MapObject) -> str:
    rect = obj.shape.rect
    tile = (int(rect.x // world.tile_width), int(rect.y // world.tile_height))
    return object_where(obj.layer, obj.id, obj.name, obj.kind, tile)


def _known_condition(requires: str, variables: set[str] | None) -> str:
    """`requires`, or "" if it names an undeclared variable: the map checker
    reports that with its place, the story search must not say it again."""
    names = set(VARIABLE.findall(requires))
    return requires if variables is None or names <= variables else ""


def _entry_point(
    obj: MapObject, map_name: str, variables: set[str] | None = None
) -> EntryPoint | None:
    """`map_name`: the map's path under maps/, for a once-trigger's key."""
    make = EntryPoint
    requires = _known_condition(str(getattr(obj, "requires", "") or ""), variables)
    if isinstance(obj, NPC) and (obj.dialogue or obj.bark):
        return make(obj.dialogue or obj.bark, requires)  # a bark runs as lines
    if isinstance(obj, Trigger) and obj.dialogue:
        return make(obj.dialogue, requires, f"{map_name}#{obj.id}" if obj.once else "")
    if isinstance(obj, Prop) and obj.examine:
        return make(obj.examine)
    if isinstance(obj, Door) and obj.locked_dialogue and requires.strip():
        return make(obj.locked_dialogue, f"not ({requires})")
    if isinstance(obj, MinigameStation) and (obj.dialogue or obj.level):
        return make(obj.dialogue, requires, "", Path(obj.level).stem)
    return None


def plugin_findings(root: Path, entry_points: list | None = None) -> list[Finding]:
    """Findings of the other checkers; the dialogue checker is told how the
    maps start conversations (`entry_points`) when it accepts them."""
    found: list[Finding] = []
    for label, module, name in PLUGINS:
        check = guarded(label, module, partial(_optional_list, module, name))[0]
        if isinstance(check, Finding):
            found.append(check)
        elif check is not None:
            found += guarded(
                label, label, partial(_call, label, check, root, entry_points)
            )
    return found


def _optional_list(module: str, name: str) -> list[Callable[..., object] | None]:
    return [optional(module, name)]


def _call(
    label: str, check: Callable, root: Path, entry_points: list | None
) -> list[Finding]:
    if (
        entry_points is not None
        and "entry_points" in inspect.signature(check).parameters
    ):
        return list(check(root, entry_points=entry_points))
    if label == LEVELS:
        return cached("levels", level_inputs(root), lambda: list(check(root)))
    return list(check(root))


def level_inputs(root: Path) -> list[Path]:
    """Everything the level checker reads (the levels, the Tiled files they
    may use, the project files) and the code that reads it: its findings
    are reused while none of these bytes change."""
    maps = root / "maps"
    files = [
        path
        for folder in (MINIGAME_FOLDER, "tilesets", "templates")
        for path in sorted((maps / folder).rglob("*"))
        if path.is_file()
    ]
    files += [maps / PROJECT_NAME, project_root() / "maps" / PROJECT_NAME]
    game = Path(__file__).resolve().parents[1]
    return files + [
        path
        for package in ("minigame", "tiled", "core")
        for path in sorted((game / package).glob("*.py"))
    ]


def run_checks(paths: Iterable[Path], root: Path) -> list[Finding]:
    """All findings for `paths` (or the whole project when empty); each file
    is read once, and the cycle collector waits until the end."""
    # The collector resumes after the run's files are forgotten: by then
    # nearly everything the run made has been freed.
    with collector.paused(), one_read_per_file():
        return _run_checks(paths, root)


def _run_checks(paths: Iterable[Path], root: Path) -> list[Finding]:
    try:
        project = load_project(root / "maps" / "smile.tiled-project")
    except ProjectError as exc:
        return [error("maps/smile.tiled-project", str(exc), "", "restore it from git")]
    chosen = list(paths)
    if chosen:
        know = guarded("setup", "maps", lambda: [knowledge(root, project)])[0]
        if isinstance(know, Finding):
            return [know]
        return merge_shared([f for p in chosen for f in check_file(p, know)])
    findings, points = _map_part(root, project)
    if points is None:
        return findings
    findings += plugin_findings(root, points)
    findings += guarded("setup", "maps", lambda: dialogue_dropdown(root))
    return merge_shared(findings)


def _map_part(root: Path, project: Project) -> MapPart:
    """Every map's findings and the entry points they give the dialogue
    checker (remembered between runs, game/tools/map_memo.py); points None
    when the checks could not be set up (the findings say why, and the
    other checkers wait for that to be fixed)."""
    know = guarded("setup", "maps", lambda: [knowledge(root, project)])[0]
    if isinstance(know, Finding):
        return [know], None
    return map_part(
        root, (know.node_titles, know.variables), lambda: _check_maps(root, know)
    )


def _check_maps(root: Path, know: Knowledge) -> MapPart:
    """Every content file's findings, in order, shared between two processes
    where the system allows (game/core/shared_work.py): the maps are loaded
    here first, so both processes find them loaded and the worlds stay here
    for the entry points."""
    files = content_files(root)
    worlds = [world for path in files if (world := _preloaded(path, know))]
    per_file = run_shared(
        [partial(check_file, path, know) for path in files],
        [float(path.suffix == ".tmx") for path in files],
        least=SHARED_MAPS,
    )
    findings = [finding for found in per_file for finding in found]
    points = guarded(
        "setup", "maps", lambda: story_entry_points(root, worlds, know.variables)
    )
    failed = [p for p in points if isinstance(p, Finding)]
    if failed:
        return findings + failed, None
    return findings, [p for p in points if isinstance(p, EntryPoint)]


def dialogue_dropdown(root: Path) -> list[Finding]:
    """A warning naming the command to run when Tiled's DialogueNode
    dropdown (maps/smile.tiled-project) lacks nodes the dialogue has."""
    path = root / "maps" / PROJECT_NAME
    data = json.loads(read_text(path))
    listed = {
        value
        for entry in data.get("propertyTypes", [])
        if entry.get("name") == DIALOGUE_ENUM
        for value in entry.get("values", [])
    }
    new = sorted(dialogue_nodes(root) - listed)
    if not new:
        return []
    shown = ", ".join(new[:5]) + (f" and {len(new) - 5} more" if len(new) > 5 else "")
    return [
        warning(
            display_path(path),
            f"Tiled's {DIALOGUE_ENUM} dropdown lacks {shown}",
            "",
            "run python -m game.tools.sync_tiled_types, then reload the project "
            "in Tiled",
        )
    ]


def summary(findings: list[Finding]) -> str:
    errors = sum(f.is_error for f in findings)
    warnings = len(findings) - errors
    return (
        f"{errors} error{'s' * (errors != 1)}, "
        f"{warnings} warning{'s' * (warnings != 1)}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Validate maps, tilesets, templates.")
    parser.add_argument("paths", nargs="*", type=Path, help=".tmx/.tsx/.tx/.yarn files")
    args = parser.parse_args(argv)
    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")  # keep output clean
    findings = run_checks(args.paths, project_root())
    for finding in findings:
        print(finding.format())
    print(summary(findings))
    return 1 if any(f.is_error for f in findings) else 0


if __name__ == "__main__":
    sys.exit(main())
