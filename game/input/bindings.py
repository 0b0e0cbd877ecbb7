"""Bindings: which keys and pad buttons trigger which actions (no pygame).

Keys are named as pygame names them (`pygame.key.name`: "z", "return",
"left ctrl"); pad buttons by their SDL game-controller names ("a", "dpup",
"start"). Two actions read in the same place (an *action group*) must not
share an input; `conflicts` finds such pairs so the settings screen can refuse
them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

from game.core.paths import assets_dir
from game.core.reading import read_text
from game.input.actions import Action

UNBINDABLE = frozenset(
    {Action.POINTER, Action.POINTER_ALT, Action.SCROLL_UP, Action.SCROLL_DOWN}
)


class Device(Enum):
    KEYS = "keys"
    PAD = "pad"


@dataclass
class Bindings:
    """Action -> input names, one list per device."""

    keys: dict[Action, list[str]] = field(default_factory=dict)
    pad: dict[Action, list[str]] = field(default_factory=dict)

    def inputs(self, device: Device) -> dict[Action, list[str]]:
        return self.keys if device is Device.KEYS else self.pad

    def actions_for(self, device: Device, name: str) -> list[Action]:
        """Every action bound to the input `name` on `device`."""
        table = self.inputs(device)
        return [action for action, names in table.items() if name in names]

    def bind(self, device: Device, action: Action, name: str) -> None:
        """Make `name` the action's primary input; the old primary is dropped,
        the other alternatives stay."""
        names = [n for n in self.inputs(device).get(action, []) if n != name]
        self.inputs(device)[action] = [name, *names[1:]]

    def to_dict(self) -> dict[str, dict[str, list[str]]]:
        out: dict[str, dict[str, list[str]]] = {}
        for action in Action:
            if action in UNBINDABLE:
                continue
            out[action.value] = {
                "keys": list(self.keys.get(action, [])),
                "pad": list(self.pad.get(action, [])),
            }
        return out

    @classmethod
    def from_dict(cls, data: dict[str, dict[str, list[str]]]) -> Bindings:
        """Read `to_dict` output; unknown action names raise ValueError."""
        bindings = cls()
        for name, devices in data.items():
            action = Action(name)
            bindings.keys[action] = [str(k) for k in devices.get("keys", [])]
            bindings.pad[action] = [str(b) for b in devices.get("pad", [])]
        return bindings

    def copy(self) -> Bindings:
        return Bindings.from_dict(self.to_dict())


def load_groups(path: Path | None = None) -> dict[str, frozenset[Action]]:
    """The action groups from assets/config/action_groups.json."""
    path = path or assets_dir() / "config" / "action_groups.json"
    raw = json.loads(read_text(path))
    return {
        name: frozenset(Action(a) for a in actions)
        for name, actions in raw.items()
        if not name.startswith("_")
    }


@dataclass(frozen=True)
class Conflict:
    device: Device
    input_name: str
    first: Action
    second: Action
    group: str


def conflicts(
    bindings: Bindings, groups: dict[str, frozenset[Action]]
) -> list[Conflict]:
    """Pairs of actions in one group that share an input, per device."""
    found: list[Conflict] = []
    for device in Device:
        table = bindings.inputs(device)
        for group, members in groups.items():
            found.extend(_group_conflicts(device, table, group, members))
    return found


def _group_conflicts(
    device: Device,
    table: dict[Action, list[str]],
    group: str,
    members: frozenset[Action],
) -> list[Conflict]:
    owner: dict[str, Action] = {}
    found = []
    for action in sorted(members, key=lambda a: a.value):
        for name in table.get(action, []):
            if name in owner and owner[name] is not action:
                found.append(Conflict(device, name, owner[name], action, group))
            owner.setdefault(name, action)
    return found
