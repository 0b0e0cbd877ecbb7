"""A minigame level's result as the story sees it, set the way the game sets it.

After `<<minigame LEVEL>>` the game stores the level's result twice: under
`story.minigame[LEVEL]` (read by `minigame_outcome(LEVEL)` and
`minigame_score(LEVEL)`) and in the project variables `$minigame_outcome`,
`$minigame_score` and `$minigame_peak_stress` (declared in dialogue/game.yarn;
game/play/levels.py does this at run time). The talk tool, test plans and the
explorer use `apply_result` so they see exactly what the game would.
"""

from __future__ import annotations

from dataclasses import dataclass

from game.core.story import StoryState
from game.dialogue.errors import DialogueError, Pos
from game.dialogue.registry import MINIGAME_OUTCOMES

VARIABLE_PREFIX = "minigame_"
FIELDS = ("outcome", "score", "peak_stress")
GAME_VARIABLES = tuple(VARIABLE_PREFIX + name for name in FIELDS)


@dataclass(frozen=True)
class LevelResult:
    outcome: str  # one of MINIGAME_OUTCOMES
    score: float
    peak_stress: float  # 0..100

    def values(self) -> dict[str, str | float]:
        return {
            "outcome": self.outcome,
            "score": self.score,
            "peak_stress": self.peak_stress,
        }


# Stand-ins for a real play, used when a writer or the explorer names only an
# outcome: a calm run and a tense one per outcome (scripts often branch on a
# high peak stress), scores in the range the level scoring gives.
SAMPLES: tuple[LevelResult, ...] = (
    LevelResult("won", 1200.0, 45.0),
    LevelResult("won", 950.0, 88.0),
    LevelResult("lost", 150.0, 100.0),
    LevelResult("lost", 200.0, 60.0),
    LevelResult("shutdown", 250.0, 86.0),
    LevelResult("shutdown", 300.0, 50.0),
)


def plausible(outcome: str) -> LevelResult:
    """The first sample with this outcome (ValueError for an unknown one)."""
    for sample in SAMPLES:
        if sample.outcome == outcome:
            return sample
    known = ", ".join(MINIGAME_OUTCOMES)
    raise ValueError(f"unknown minigame outcome {outcome!r}: use {known}")


def parse_result(text: str) -> LevelResult:
    """`won`, `won 1200` or `won 1200 85` (outcome, score, peak stress);
    missing numbers take plausible values. Raises DialogueError."""
    parts = text.replace(",", " ").split()
    try:
        base = plausible(parts[0] if parts else "")
        numbers = [float(p) for p in parts[1:3]]
    except ValueError as err:
        raise DialogueError(Pos("(minigame)", 1, 1), str(err)) from None
    score = numbers[0] if numbers else base.score
    stress = numbers[1] if len(numbers) > 1 else base.peak_stress
    return LevelResult(base.outcome, score, stress)


def apply_result(story: StoryState, level: str, result: LevelResult) -> None:
    """Store a level's result where the game stores it."""
    values = result.values()
    story.minigame[level] = dict(values)
    for name, value in values.items():
        story.variables[VARIABLE_PREFIX + name] = value
