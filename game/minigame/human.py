"""HumanPlayer: the autoplayer's choices played the way a person plays them.

A person sees the same screen as the AutoPlayer but acts on it late (a
reaction delay), aims a few cells off (a fresh error each time the target
moves), and looks away now and then (attention lapses, during which the
pulse is let go and nothing is pressed). A feed switch is pressed once and
not again until it has shown. Every random draw comes from the
generator passed in, so a seed gives the same play. The model's numbers are
in human.json. Levels are tuned so this player wins "normal" on 60-85 % of
seeds and "assist" on at least 95 %.

`python -m game.minigame.human [LEVEL.tmx ...] --seeds 20` prints win rates.
"""

from __future__ import annotations

import argparse
import json
import math
from collections import deque
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from game.core.paths import maps_dir
from game.core.reading import read_text
from game.minigame.autoplay import AutoPlayer
from game.minigame.levels import load_level
from game.minigame.result import MinigameResult
from game.minigame.sim import make_state, result_of, step
from game.minigame.spec import LevelSpec
from game.minigame.state import Outcome, SimState
from game.minigame.tools import Commands

MODEL_FILE = Path(__file__).with_name("human.json")
TICKS_PER_MINUTE = 3600


@dataclass(frozen=True)
class HumanModel:
    """How late, how far off and how often distracted a person is."""

    reaction_ticks: int
    aim_error_cells: float
    lapses_per_minute: float
    lapse_ticks: tuple[int, int]


def load_model(path: Path = MODEL_FILE) -> HumanModel:
    data = json.loads(read_text(path))
    low, high = data["lapse_ticks"]
    return HumanModel(
        int(data["reaction_ticks"]),
        float(data["aim_error_cells"]),
        float(data["lapses_per_minute"]),
        (int(low), int(high)),
    )


class HumanPlayer:
    """Commands for each tick of `state`, as a person would enter them."""

    def __init__(
        self, state: SimState, model: HumanModel, rng: np.random.Generator
    ) -> None:
        self.brain = AutoPlayer(state)
        self.model = model
        self.rng = rng
        self.late: deque[Commands] = deque()
        self.aimed_at: tuple[float, float] | None = None
        self.offset = (0.0, 0.0)
        self.away = 0
        self.last = Commands()

    def commands(self) -> Commands:
        """The command a person enters this tick: the brain's choice of
        `reaction_ticks` ago, aimed off, unless their attention lapses."""
        self.late.append(self._aimed(self._once(self.brain.commands())))
        if len(self.late) <= self.model.reaction_ticks:
            return Commands(self.last.x, self.last.y)
        chosen = self.late.popleft()
        if self._distracted():
            return Commands(self.last.x, self.last.y)
        self.last = chosen
        return chosen

    def _once(self, cmd: Commands) -> Commands:
        """`cmd` without a feed switch while one already pressed has yet to
        show: a person presses it once and waits to see the other patient."""
        if cmd.feed_step and any(late.feed_step for late in self.late):
            return replace(cmd, feed_step=0)
        return cmd

    def _distracted(self) -> bool:
        if self.away > 0:
            self.away -= 1
            return True
        chance = self.model.lapses_per_minute / TICKS_PER_MINUTE
        if self.rng.random() < chance:
            low, high = self.model.lapse_ticks
            self.away = int(self.rng.integers(low, high + 1))
            return True
        return False

    def _aimed(self, cmd: Commands) -> Commands:
        """`cmd` with the reticle (and any wall) shifted by this aim's error."""
        if self.aimed_at is None or math.dist(self.aimed_at, (cmd.x, cmd.y)) > 1.0:
            self.aimed_at = (cmd.x, cmd.y)
            self.offset = self._error()
        dx, dy = self.offset
        wall = cmd.firewall
        if wall is not None:
            wall = (wall[0] + dx, wall[1] + dy, wall[2] + dx, wall[3] + dy)
        return replace(cmd, x=cmd.x + dx, y=cmd.y + dy, firewall=wall)

    def _error(self) -> tuple[float, float]:
        """A point uniformly inside a disc of the model's aim error."""
        radius = self.model.aim_error_cells * math.sqrt(float(self.rng.random()))
        angle = float(self.rng.random()) * math.tau
        return radius * math.cos(angle), radius * math.sin(angle)


def play_human(
    state: SimState, model: HumanModel, rng: np.random.Generator
) -> MinigameResult:
    """Run the human-model player until the level ends."""
    player = HumanPlayer(state, model, rng)
    limit = state.vitals.max_ticks + 1
    while state.vitals.outcome is Outcome.PLAYING and state.vitals.tick < limit:
        step(state, player.commands())
    return result_of(state)


def win_rate(
    spec: LevelSpec, seeds: range, model: HumanModel, assist: bool = False
) -> float:
    """The share of `seeds` on which the human model wins `spec`."""
    wins = 0
    for seed in seeds:
        state = make_state(spec, seed, assist)
        result = play_human(state, model, np.random.default_rng(seed))
        wins += result.outcome == "won"
    return wins / max(len(seeds), 1)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Human-model win rates per level.")
    parser.add_argument("levels", nargs="*", type=Path)
    parser.add_argument("--seeds", type=int, default=20)
    args = parser.parse_args(argv)
    paths = args.levels or sorted((maps_dir() / "minigame").glob("*.tmx"))
    model, seeds = load_model(), range(1, args.seeds + 1)
    print(f"{'level':12s} {'normal':>7s} {'assist':>7s}   ({len(seeds)} seeds)")
    for path in paths:
        spec = load_level(path)
        normal = win_rate(spec, seeds, model)
        assist = win_rate(spec, seeds, model, assist=True)
        print(f"{spec.name:12s} {normal:7.0%} {assist:7.0%}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
