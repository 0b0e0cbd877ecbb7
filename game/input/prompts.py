"""Prompts: on-screen hints that name the player's own keys or buttons.

Text may name an action in braces, `{confirm}` or `{pulse}` (an Action
value); `fill` replaces it with the primary key or button bound to that
action on the device the player last used, so hints stay true after
rebinding and switch between keyboard and gamepad. Pad buttons are named in
the style of the connected pad (`pad_style("DualSense Wireless Controller")`
-> "playstation"); assets/config/input_labels.json holds every label.
"""

from __future__ import annotations

import json
import re
from functools import cache
from typing import Any

from game.core.paths import assets_dir
from game.core.reading import read_text
from game.input.actions import Action
from game.input.bindings import Bindings, Device

TOKEN = re.compile(r"\{([a-z_]+)\}")


@cache
def _labels() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(
        read_text(assets_dir() / "config" / "input_labels.json")
    )
    return data


def default_pad_style() -> str:
    return str(_labels()["default_pad_style"])


def pad_style(pad_name: str) -> str:
    """The label style ("xbox", "playstation", "nintendo") of a pad, from the
    name SDL gives it; unknown pads get the default style."""
    lowered = pad_name.lower()
    for style, words in _labels()["pad_styles"].items():
        if any(word in lowered for word in words):
            return str(style)
    return default_pad_style()


def _table(device: Device, style: str | None) -> dict[str, str]:
    if device is Device.KEYS:
        return dict(_labels()["keys"])
    pads = _labels()["pads"]
    return dict(pads.get(style or default_pad_style(), pads[default_pad_style()]))


def input_label(name: str, device: Device, style: str | None = None) -> str:
    """A key or button name as a hint shows it ("return" -> "Enter"; pad
    button "a" -> "(A)" on an Xbox pad, "Cross" on a PlayStation one)."""
    table = _table(device, style)
    if name in table:
        return table[name]
    return name.upper() if len(name) == 1 else name.title()


def action_label(
    bindings: Bindings, action: Action, device: Device, style: str | None = None
) -> str:
    """The primary input of `action` on `device` (falls back to the other
    device, then to the action's own name)."""
    for dev in (device, Device.PAD if device is Device.KEYS else Device.KEYS):
        names = bindings.inputs(dev).get(action, [])
        if names:
            return input_label(names[0], dev, style)
    return action.value.upper()


def fill(
    text: str, bindings: Bindings, device: Device, style: str | None = None
) -> str:
    """Replace each `{action}` in `text` with its input label (pad buttons in
    `style`, the default pad style if None)."""

    def replace(match: re.Match[str]) -> str:
        try:
            return action_label(bindings, Action(match.group(1)), device, style)
        except ValueError:
            return match.group(0)  # not an action: leave it as written

    return TOKEN.sub(replace, text)
