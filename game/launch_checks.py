"""Launch checks: a command line that cannot start the game is refused up front.

`checked_replay` and `launch_problem(options)` say, in one line, why the
asked-for start cannot happen (a broken replay, an episode still in
production, a missing or broken map or level, an unknown spawn, a locale
with no string table), or None.
`game.app.run` prints it and exits with status 2 instead of opening a black
screen or starting somewhere else.
"""

from __future__ import annotations

from pathlib import Path

from game.core.episodes import episode, load_episodes
from game.core.options import LaunchOptions
from game.core.paths import project_root
from game.input.replay import Player, ReplayError, load_recording
from game.tiled.errors import MapLoadError

USAGE_EXIT = 2  # the command line asked for something impossible


def launch_problem(options: LaunchOptions) -> str | None:
    """Why `options` cannot start the game, or None if they can (the
    recording is checked as it is read: `checked_replay`)."""
    problems = (
        _episode_problem(options.episode) if options.episode else None,
        _level_problem(options.level) if options.level else None,
        _map_problem(options.map, options.at) if options.map else None,
        _locale_problem(options.locale) if options.locale else None,
    )
    return next((p for p in problems if p), None)


def checked_replay(path: Path | None) -> tuple[Player | None, str | None]:
    """The recording at `path`, read once (None without one), or the one-line
    reason it cannot be replayed."""
    if path is None:
        return None, None
    if not path.is_file():
        return None, f"no recording at {path}"
    try:
        return load_recording(path), None
    except ReplayError as exc:
        return None, f"cannot replay it: {exc}"


def _episode_problem(number: int) -> str | None:
    try:
        chosen = episode(number)
    except KeyError:
        return f"there is no episode {number}"
    if chosen.start_map_path.is_file():
        return None
    ready = [e.number for e in load_episodes() if e.start_map_path.is_file()]
    listed = ", ".join(str(n) for n in ready) or "none yet"
    return f"episode {number} is not playable yet (playable: {listed})"


def _level_problem(path: Path) -> str | None:
    if not path.is_file():
        return f"no minigame level at {path} (levels are in maps/minigame/)"
    # Deferred (like the map loader below): a plain launch to the title
    # does not pay for the minigame and numpy.
    from game.minigame.levels import LevelError, load_level

    try:
        load_level(path)
    except LevelError as exc:
        return f"the level cannot be played: {_first(str(exc))}"
    return None


def _map_problem(path: Path, at: str | None) -> str | None:
    if not path.is_file():
        return f"no map at {path}"
    from game.world.loader import load_map
    from game.world.model import Spawn

    try:
        world = load_map(path)
    except MapLoadError as exc:
        return f"the map cannot be loaded: {_first(str(exc))}"
    if at is None or (at.isdigit() and world.object_by_id(int(at))):
        return None
    if world.spawn(at) is not None:
        return None
    names = sorted(s.name for s in world.of_type(Spawn) if s.name)
    return f"{path} has no spawn or object {at!r} (spawns: {', '.join(names)})"


def _locale_problem(locale: str) -> str | None:
    from game.dialogue.locale import available_locales

    known = available_locales(project_root())
    if locale in known:
        return None
    return f"no locale {locale!r} (known: {', '.join(known)})"


def _first(text: str) -> str:
    lines = text.splitlines()
    more = f" (and {len(lines) - 1} more; run python -m game.tools.check)"
    return lines[0] + (more if len(lines) > 1 else "")
