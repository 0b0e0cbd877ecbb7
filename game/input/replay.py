"""Input recording and playback: the per-tick ActionStates of a run, with its seed.

A recording is JSON: `{"format": 1, "seed": N, "ticks": T, "events": [...]}`
where each event is `[tick, {field: value}]` and lists only the fields that
changed on that tick (pressed/released are listed on the tick they happen).
Played back with the same seed and start options, the game repeats itself.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from game.input.actions import Action, ActionState

FORMAT = 1


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
        return {
            "format": FORMAT,
            "seed": self.seed,
            "ticks": self.ticks,
            "events": self.events,
        }

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
    """Read a recording written by `Recorder.save`; ReplayError if it is broken."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("format") != FORMAT:
            raise ReplayError(
                f"{path}: format {data.get('format')!r}, expected {FORMAT}"
            )
        events = {int(t): dict(fields) for t, fields in data["events"]}
        for fields in events.values():
            for key in ("held", "pressed", "released"):
                for name in fields.get(key, []):
                    Action(name)
        return Player(seed=int(data["seed"]), ticks=int(data["ticks"]), events=events)
    except ReplayError:
        raise
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise ReplayError(f"{path}: not a playable recording ({exc})") from None
