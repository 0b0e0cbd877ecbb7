"""LevelSpec: everything a minigame level is made of, as plain data (no pygame).

A level comes from a Tiled map (see `game.minigame.levels`), but the
simulation only ever sees these dataclasses, so tests can build levels in
code. Coordinates are tissue cells (the grid is `CELLS_PER_TILE` cells per
map tile); one feed is `FEED_W` x `FEED_H` cells, exactly one screen.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from enum import Enum, IntEnum

import numpy as np

CELLS_PER_TILE = 4
FEED_W, FEED_H = 320, 180


class Tissue(IntEnum):
    """Cell types of the tooth cross-section (values are stored in the grid)."""

    VOID = 0
    ENAMEL = 1
    DENTIN = 2
    PULP = 3
    GUM = 4


TISSUE_NAMES = {t.name.lower(): t for t in Tissue}


class GlitchKind(Enum):
    """What glitched bots do; one per episode twist (STORY.md)."""

    VANITY = "vanity"
    PAIN = "pain"
    REJECTION = "rejection"
    NETWORK = "network"
    PIGMENT = "pigment"
    HIDDEN = "hidden"


@dataclass(frozen=True)
class Tuning:
    """The numbers of one level, all from the map's properties.

    Rates are per second; the simulation converts them to its 60 Hz tick.
    """

    bot_count: int
    glitch_kind: GlitchKind
    spread_rate: float
    decay_rate: float
    repair_rate: float
    time_limit: float
    integrity_target: float
    integrity_floor: float
    stress_limit: float
    stress_gain: float
    firewall_count: int
    firewall_length: float
    pulse_energy: float
    pulse_cost: float
    pulse_recharge: float
    pulse_radius_min: float
    pulse_radius_max: float
    pulse_charge_time: float
    scan_radius: float
    scan_cost: float
    immunity_time: float
    bot_speed: float
    chew_rate: float
    pigment_target: float
    heart_rate_base: float
    heart_rate_limit: float
    heart_beats: float
    assist_slowdown: float
    assist_radius: float
    crowd_spread: float


@dataclass(frozen=True)
class SwarmRules:
    """How every bot moves and works (maps/minigame/rules.json "swarm")."""

    damping: float
    climb: float
    damage_gain: float
    crowding: float
    jitter: float
    work_friction: float
    work_threshold: float
    pressure_half: float
    decay_clear: float
    stress_response: float


@dataclass(frozen=True)
class KindRules:
    """What glitched bots of one kind do (maps/minigame/rules.json "kinds").

    lure   -- pull towards the kind's lure (enamel for vanity, pulp for pain)
    speed  -- speed factor of glitched bots; jitter their random steering
    chews  -- glitched bots eat integrity at `chew_rate`
    hidden -- new glitches look healthy until scanned
    stress -- what drives patient stress: "share", "pulp" or "heart"
    hostile_gain / hostile_harm -- rejection: how glitched bots inflame the
              tissue, and how hard inflamed tissue hits every bot
    """

    lure: float
    speed: float
    jitter: float
    chews: bool
    hidden: bool
    stress: str
    hostile_gain: float
    hostile_harm: float


@dataclass(frozen=True)
class CavitySeed:
    x: float
    y: float
    radius: float


@dataclass(frozen=True)
class GlitchSource:
    """`count` bots turn glitched inside a disc at `time` seconds."""

    x: float
    y: float
    radius: float
    count: int
    time: float = 0.0


@dataclass(frozen=True)
class NervePoint:
    x: float
    y: float


@dataclass(frozen=True)
class SabotageWave:
    """`count` foreign glitched bots are injected at (x, y) at `time` seconds."""

    x: float
    y: float
    radius: float
    count: int
    time: float


@dataclass(frozen=True)
class PatientFeed:
    """One patient's mouth: a screen-sized region of the grid (cells)."""

    name: str
    x: int
    y: int
    w: int = FEED_W
    h: int = FEED_H


@dataclass(frozen=True)
class Hint:
    """A short line from the assistant shown when `trigger` happens.

    Triggers: `start`, `t=SECONDS`, `glitch_seen`, `after_pulse`,
    `after_firewall`, `after_scan`, `wave`, `alarm`.
    """

    trigger: str
    text: str


@dataclass(frozen=True)
class LevelSpec:
    """A whole level: tissue grid, objects, tuning and hints."""

    name: str
    source: str
    tissue: np.ndarray  # (H, W) uint8 of Tissue values
    pigment: np.ndarray  # (H, W) float32 0..1
    tuning: Tuning
    swarm: SwarmRules
    behaviour: KindRules
    seeds: tuple[CavitySeed, ...] = ()
    sources: tuple[GlitchSource, ...] = ()
    nerves: tuple[NervePoint, ...] = ()
    waves: tuple[SabotageWave, ...] = ()
    feeds: tuple[PatientFeed, ...] = ()
    hints: tuple[Hint, ...] = ()
    hint_speaker: str = ""
    title: str = ""
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def shape(self) -> tuple[int, int]:
        return self.tissue.shape

    def all_feeds(self) -> tuple[PatientFeed, ...]:
        """The level's feeds; a level without any has one feed at the origin."""
        return self.feeds or (PatientFeed(self.title or self.name, 0, 0),)


def assisted(tuning: Tuning) -> Tuning:
    """The assist-mode tuning: a slower glitch and decay, a wider pulse."""
    slow, wide = tuning.assist_slowdown, tuning.assist_radius
    return replace(
        tuning,
        spread_rate=tuning.spread_rate * slow,
        decay_rate=tuning.decay_rate * slow,
        stress_gain=tuning.stress_gain * slow,
        chew_rate=tuning.chew_rate * slow,
        pulse_radius_min=tuning.pulse_radius_min * wide,
        pulse_radius_max=tuning.pulse_radius_max * wide,
        scan_radius=tuning.scan_radius * wide,
    )
