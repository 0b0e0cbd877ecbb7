"""A level's map properties: tuning numbers, glitch kind and hints.

Map properties override the defaults of maps/minigame/rules.json, which
also gives the range each number must lie in; `hints` is one
`trigger: text` per line. Every problem becomes a finding naming the
property. Pure, no pygame.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from game.minigame.level_report import Report
from game.minigame.rules import Rules
from game.minigame.spec import GlitchKind, Hint, Tuning

TEXT_PROPERTIES = ("hints", "hint_speaker", "title", "glitch_kind")
HINT_TRIGGERS = (
    "start",
    "glitch_seen",
    "after_pulse",
    "after_firewall",
    "after_scan",
    "wave",
    "alarm",
)
INTEGER_TUNING = ("bot_count", "firewall_count")


def _number(name: str, value: Any, rules: Rules, r: Report) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        r.error(f"property {name} must be a number, got {value!r}", "map properties")
        return None
    try:
        number = float(value)
    except ValueError:
        r.error(f"property {name} must be a number, got {value!r}", "map properties")
        return None
    low, high = rules.ranges.get(name, (-np.inf, np.inf))
    if not low <= number <= high:
        r.error(
            f"property {name} = {value} is out of range",
            "map properties",
            f"use a value from {low:g} to {high:g}",
        )
        return None
    if name in INTEGER_TUNING and number != int(number):
        r.error(
            f"property {name} must be a whole number, got {value}", "map properties"
        )
        return None
    return int(number) if name in INTEGER_TUNING else number


def tuning_values(props: dict[str, Any], rules: Rules, r: Report) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for name, value in props.items():
        if name == "glitch_kind":
            kinds = [k.value for k in GlitchKind]
            if value not in kinds:
                r.error(
                    f"glitch_kind {value!r} is unknown",
                    "map properties",
                    f"use one of {', '.join(kinds)}",
                )
            else:
                values[name] = value
        elif name in rules.defaults:
            number = _number(name, value, rules, r)
            if number is not None:
                values[name] = number
        elif name not in TEXT_PROPERTIES:
            r.warn(
                f"unknown map property {name!r} is ignored",
                "map properties",
                "check its spelling against maps/minigame/rules.json",
            )
    return values


def check_pairs(t: Tuning, r: Report) -> None:
    where = "map properties"
    if t.integrity_floor >= t.integrity_target:
        r.error("integrity_floor must be below integrity_target", where)
    if t.pulse_radius_min > t.pulse_radius_max:
        r.error("pulse_radius_min must not exceed pulse_radius_max", where)
    if t.heart_rate_limit <= t.heart_rate_base:
        r.error("heart_rate_limit must be above heart_rate_base", where)
    if t.pulse_cost > t.pulse_energy:
        r.error("pulse_cost is more than pulse_energy: no pulse could ever fire", where)


def hints(props: dict[str, Any], r: Report) -> tuple[Hint, ...]:
    text = props.get("hints") or ""
    found: list[Hint] = []
    for number, line in enumerate(str(text).splitlines(), start=1):
        if not line.strip():
            continue
        trigger, sep, body = line.partition(":")
        trigger = trigger.strip()
        timed = trigger.startswith("t=") and trigger[2:].replace(".", "", 1).isdigit()
        if not sep or not body.strip() or not (timed or trigger in HINT_TRIGGERS):
            r.error(
                f"hint line {number} is not 'trigger: text'",
                "map property hints",
                f"triggers: {', '.join(HINT_TRIGGERS)} or t=SECONDS",
            )
            continue
        found.append(Hint(trigger, body.strip()))
    return tuple(found)
