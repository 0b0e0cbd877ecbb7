"""The minigame's shared rules file, maps/minigame/rules.json (no pygame).

It holds the default tuning every level starts from, the range the
validator accepts for each tuning value, how the swarm moves, and what
glitched bots do per glitch kind. Levels override the tuning in their map
properties.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

from game.core.paths import maps_dir
from game.core.reading import read_text
from game.minigame.spec import GlitchKind, KindRules, SwarmRules, Tuning

RULES_FILE = "rules.json"


@dataclass(frozen=True)
class Rules:
    defaults: dict[str, Any]
    ranges: dict[str, tuple[float, float]]
    swarm: SwarmRules
    kinds: dict[GlitchKind, KindRules]

    def tuning(self, overrides: dict[str, Any] | None = None) -> Tuning:
        """Defaults with `overrides` applied (values already checked)."""
        values = {**self.defaults, **(overrides or {})}
        values["glitch_kind"] = GlitchKind(values["glitch_kind"])
        names = {f.name for f in fields(Tuning)}
        return Tuning(**{k: v for k, v in values.items() if k in names})


def rules_path() -> Path:
    return maps_dir() / "minigame" / RULES_FILE


def load_rules(path: Path | None = None) -> Rules:
    """Read the rules file; a malformed file raises ValueError naming it."""
    path = path or rules_path()
    try:
        raw = json.loads(read_text(path))
        return Rules(
            defaults=dict(raw["defaults"]),
            ranges={k: (float(v[0]), float(v[1])) for k, v in raw["ranges"].items()},
            swarm=SwarmRules(**raw["swarm"]),
            kinds={GlitchKind(k): KindRules(**v) for k, v in raw["kinds"].items()},
        )
    except (OSError, KeyError, TypeError, ValueError) as exc:
        raise ValueError(f"{path}: cannot read the minigame rules ({exc})") from None
