"""Prompts: on-screen hints that name the player's own keys or buttons.

Text may name an action in braces, `{confirm}` or `{pulse}` (an Action
value); `fill` replaces it with the primary key or button bound to that
action on the device the player last used, so hints stay true after
rebinding and switch between keyboard and gamepad.
"""

from __future__ import annotations

import json
import re
from functools import cache

from game.core.paths import assets_dir
from game.input.actions import Action
from game.input.bindings import Bindings, Device

TOKEN = re.compile(r"\{([a-z_]+)\}")


@cache
def _labels() -> dict[str, dict[str, str]]:
    raw = json.loads((assets_dir() / "config" / "input_labels.json").read_text("utf-8"))
    return {"keys": raw["keys"], "pad": raw["pad"]}


def input_label(name: str, device: Device) -> str:
    """A key or button name as a hint shows it ("return" -> "Enter")."""
    table = _labels()[device.value]
    if name in table:
        return table[name]
    return name.upper() if len(name) == 1 else name.title()


def action_label(bindings: Bindings, action: Action, device: Device) -> str:
    """The primary input of `action` on `device` (falls back to the other
    device, then to the action's own name)."""
    for dev in (device, Device.PAD if device is Device.KEYS else Device.KEYS):
        names = bindings.inputs(dev).get(action, [])
        if names:
            return input_label(names[0], dev)
    return action.value.upper()


def fill(text: str, bindings: Bindings, device: Device) -> str:
    """Replace each `{action}` in `text` with its input label."""

    def replace(match: re.Match[str]) -> str:
        try:
            return action_label(bindings, Action(match.group(1)), device)
        except ValueError:
            return match.group(0)  # not an action: leave it as written

    return TOKEN.sub(replace, text)
