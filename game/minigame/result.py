"""MinigameResult: what a finished level reports to the story and the result screen."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from game.minigame.state import TICK_RATE, Outcome, SimState

OUTCOME_NAMES = {Outcome.WON: "won", Outcome.LOST: "lost", Outcome.SHUTDOWN: "shutdown"}
WIN_BASE, TIME_BONUS, CALM_BONUS, HELD_BASE = 1000, 10, 5, 400


@dataclass(frozen=True)
class MinigameResult:
    """The record of one play of a level.

    outcome            -- "won", "lost" or "shutdown"
    reason             -- why it ended: "won", "stress", "integrity", "time",
                          "heart" or "shutdown"
    score              -- whole points, higher is better
    time               -- seconds played
    peak_stress        -- highest patient stress (0..100 scale)
    integrity          -- final tooth integrity (0..1)
    integrity_history / stress_history -- one value per tick, for the plot
    integrity_target   -- the integrity the level asked for (0..1)
    missing            -- what still stood between the run and a win when it
                          ended: "integrity" (under its target), "glitched"
                          (glitched bots loose), "pigment" (pigment left)
    glitched_left      -- glitched bots still loose at the end
    """

    level: str
    outcome: str
    reason: str
    score: int
    time: float
    peak_stress: float
    integrity: float
    integrity_history: np.ndarray
    stress_history: np.ndarray
    integrity_target: float = 0.0
    missing: tuple[str, ...] = ()
    glitched_left: int = 0


def score_of(s: SimState) -> int:
    v, t = s.vitals, s.tuning
    if v.outcome is Outcome.WON:
        left = max(v.max_ticks - v.tick, 0) / TICK_RATE
        calm = max(t.stress_limit - v.peak_stress, 0.0)
        return int(WIN_BASE * v.integrity + TIME_BONUS * left + CALM_BONUS * calm)
    return int(HELD_BASE * v.integrity)


def missing_of(s: SimState) -> tuple[str, ...]:
    """The win conditions a run that did not win still fell short of."""
    v, t = s.vitals, s.tuning
    if v.outcome is Outcome.WON:
        return ()
    short = {
        "integrity": v.integrity < t.integrity_target,
        "glitched": v.glitched > 0,
        "pigment": s.grid.pigment_start > 0.0 and v.pigment_left > t.pigment_target,
    }
    return tuple(name for name, unmet in short.items() if unmet)


def result_of(s: SimState) -> MinigameResult:
    """The result of a finished (or abandoned) run."""
    v = s.vitals
    ticks = min(v.tick, s.history_integrity.size - 1) + 1
    return MinigameResult(
        level=s.spec.name,
        outcome=OUTCOME_NAMES.get(v.outcome, "lost"),
        reason=v.reason or "unfinished",
        score=score_of(s),
        time=v.tick / TICK_RATE,
        peak_stress=v.peak_stress,
        integrity=v.integrity,
        integrity_history=s.history_integrity[:ticks].copy(),
        stress_history=s.history_stress[:ticks].copy(),
        integrity_target=s.tuning.integrity_target,
        missing=missing_of(s),
        glitched_left=int(v.glitched),
    )
