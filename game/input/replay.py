"""Input recording and playback: the per-tick ActionStates of a run, with its seed.

A recording is JSON: `{"format": 1, "seed": N, "ticks": T, "events": [...]}`
where each event is `[tick, {field: value}]` and lists only the fields that
changed on that tick (pressed/released are listed on the tick they happen).
Played back with the same seed and start options, the game repeats itself.
A recording begun mid-game (the dev RECORD key) also has `"start"`: the
save-game snapshot (`SaveGame.to_dict`) to resume before its first tick;
this module keeps it as an opaque mapping, the app checks and loads it.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from game.core.reading import read_text
from game.input.actions import Action, ActionState

FORMAT = 1
MAX_BYTES = 64 * 1024 * 1024  # a long session's recording is well under 10 MB
MAX_TICKS = 60 * 60 * 60 * 24  # a day of play at 60 ticks a second
POINTER_MAX = 4096.0  # canvas pixels; the canvas is 640x360
FIELDS = frozenset({"held", "pressed", "released", "pointer", "stick"})


class ReplayError(ValueError):
    """A recording that cannot be played; the message names the file."""


def _names(actions: frozenset[Action]) -> list[str]:
    return sorted(a.value for a in actions)


def _state_fields(state: ActionState) -> dict[str, Any]:
    return {
        "held": _names(state.held),
        "pressed": _names(state.pressed),
        "released": _names(state.released),
        "pointer": list(state.pointer) if state.pointer else None,
        "stick": [round(state.stick[0], 4), round(state.stick[1], 4)],
    }


@dataclass
class Recorder:
    """Collects the state of every tick; `save` writes the recording."""

    seed: int
    events: list[list[Any]] = field(default_factory=list)
    ticks: int = 0
    start: dict[str, Any] | None = None
    _last: dict[str, Any] = field(default_factory=lambda: _state_fields(ActionState()))

    def record(self, state: ActionState) -> None:
        now = _state_fields(state)
        changed = {
            k: v
            for k, v in now.items()
            if v != self._last[k] or (k in ("pressed", "released") and v)
        }
        if changed:
            self.events.append([self.ticks, changed])
        self._last = {**now, "pressed": [], "released": []}
        self.ticks += 1

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "format": FORMAT,
            "seed": self.seed,
            "ticks": self.ticks,
            "events": self.events,
        }
        if self.start is not None:
            data["start"] = self.start
        return data

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(
            json.dumps(self.to_dict(), separators=(",", ":")), encoding="utf-8"
        )


@dataclass
class Player:
    """Plays a recording back one tick at a time; idle after its end."""

    seed: int
    ticks: int
    events: dict[int, dict[str, Any]]
    tick: int = 0
    start: dict[str, Any] | None = None
    _current: dict[str, Any] = field(
        default_factory=lambda: _state_fields(ActionState())
    )

    @property
    def finished(self) -> bool:
        return self.tick >= self.ticks

    def take(self) -> ActionState:
        changes = self.events.get(self.tick, {})
        self._current = {**self._current, "pressed": [], "released": [], **changes}
        self.tick += 1
        c = self._current
        return ActionState(
            held=frozenset(Action(a) for a in c["held"]),
            pressed=frozenset(Action(a) for a in c["pressed"]),
            released=frozenset(Action(a) for a in c["released"]),
            pointer=tuple(c["pointer"]) if c["pointer"] else None,
            stick=(float(c["stick"][0]), float(c["stick"][1])),
        )


def load_recording(path: Path) -> Player:
    """Read a recording written by `Recorder.save`; ReplayError if it is broken
    (every field is checked here, so a loaded recording always plays)."""
    try:
        if not path.is_file() or path.stat().st_size > MAX_BYTES:
            raise ReplayError(f"{path}: not a regular file under {MAX_BYTES} bytes")
        data = json.loads(read_text(path))
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            found = data.get("format") if isinstance(data, dict) else None
            raise ReplayError(f"{path}: format {found!r}, expected {FORMAT}")
        ticks = _whole(data["ticks"], 0, MAX_TICKS, "ticks")
        seed = _whole(data["seed"], 0, 2**64 - 1, "seed")
        events = _events(data["events"], ticks)
        start = _start(data.get("start"))
        return Player(seed=seed, ticks=ticks, events=events, start=start)
    except ReplayError:
        raise
    except (OSError, ValueError, KeyError, TypeError, RecursionError) as exc:
        raise ReplayError(f"{path}: not a playable recording ({exc})") from None


def _start(value: Any) -> dict[str, Any] | None:
    if value is not None and not isinstance(value, dict):
        raise ValueError("start should be a save-game snapshot (an object)")
    return value


def _whole(value: Any, low: int, high: int, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError(f"{what} should be a whole number")
    if not low <= value <= high:
        raise ValueError(f"{what} should be between {low} and {high}")
    return value


def _events(raw: Any, ticks: int) -> dict[int, dict[str, Any]]:
    if not isinstance(raw, list):
        raise ValueError("events should be a list")
    events: dict[int, dict[str, Any]] = {}
    for item in raw:
        if not isinstance(item, list) or len(item) != 2:
            raise ValueError("each event should be [tick, changes]")
        tick = _whole(item[0], 0, max(ticks - 1, 0), "an event's tick")
        events[tick] = _changes(item[1])
    return events


def _changes(raw: Any) -> dict[str, Any]:
    if not isinstance(raw, dict) or not set(raw) <= FIELDS:
        raise ValueError(f"an event's changes should use only {sorted(FIELDS)}")
    for key in ("held", "pressed", "released"):
        names = raw.get(key, [])
        if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
            raise ValueError(f"{key} should be a list of action names")
        for name in names:
            Action(name)
    if "pointer" in raw and raw["pointer"] is not None:
        _pair(raw["pointer"], 0.0, POINTER_MAX, "pointer")
    if "stick" in raw:
        _pair(raw["stick"], -1.0, 1.0, "stick")
    return dict(raw)


def _pair(value: Any, low: float, high: float, what: str) -> None:
    ok = isinstance(value, list) and len(value) == 2
    for part in value if ok else ():
        ok = ok and not isinstance(part, bool) and isinstance(part, int | float)
        ok = ok and math.isfinite(part) and low <= part <= high
    if not ok:
        raise ValueError(f"{what} should be two numbers from {low:g} to {high:g}")
