"""Difficulty bands: the human-model player wins each level's normal mode on
60-85 % of seeds and its assist mode on at least 95 %.

The bands were measured over 20 seeds per level and mode (`MEASURED`, in
per cent; `python -m game.minigame.human --seeds 20` prints them again).
A full measurement takes minutes, so each level here replays a few of the
measured seeds, named in `SEEDS`: on normal, seeds whose share of wins sits
inside the band (two won, one lost); on assist, the seed that normal lost,
which assist must win. A change to a level's data, the rules or the model
that moves a level out of its band changes one of these outcomes.
"""

from __future__ import annotations

import numpy as np
import pytest

from game.core.paths import maps_dir
from game.minigame.human import load_model, play_human
from game.minigame.levels import load_level
from game.minigame.sim import make_state

BANDS = {"normal": (0.60, 0.85), "assist": (0.95, 1.0)}

# level: (normal %, assist %) over seeds 1-20
MEASURED = {
    "ep1_crisis": (65, 100),
    "ep1_teach": (75, 100),
    "ep2_crisis": (75, 100),
    "ep2_teach": (65, 100),
    "ep3_crisis": (70, 100),
    "ep3_teach": (75, 100),
    "ep4_crisis": (65, 100),
    "ep4_teach": (65, 100),
    "ep5_crisis": (80, 100),
    "ep5_teach": (80, 100),
}

# level: {mode: seeds}
SEEDS: dict[str, dict[str, tuple[int, ...]]] = {
    "ep1_crisis": {"normal": (11, 14, 16), "assist": (16,)},
    "ep1_teach": {"normal": (4, 5, 14), "assist": (5,)},
    "ep2_crisis": {"normal": (12, 14, 19), "assist": (19,)},
    "ep2_teach": {"normal": (5, 14, 15), "assist": (5,)},
    "ep3_crisis": {"normal": (1, 2, 5), "assist": (5,)},
    "ep3_teach": {"normal": (4, 10, 15), "assist": (4,)},
    "ep4_crisis": {"normal": (1, 2, 4), "assist": (4,)},
    "ep4_teach": {"normal": (1, 3, 7), "assist": (7,)},
    "ep5_crisis": {"normal": (4, 14, 15), "assist": (14,)},
    "ep5_teach": {"normal": (3, 12, 16), "assist": (12,)},
}

CASES = [(level, mode) for level in SEEDS for mode in ("normal", "assist")]


def test_every_level_is_measured_and_replayed():
    levels = {path.stem for path in (maps_dir() / "minigame").glob("*.tmx")}
    assert set(MEASURED) == levels and set(SEEDS) == levels


@pytest.mark.parametrize(("level", "mode"), CASES)
def test_the_human_model_wins_within_the_band(level, mode):
    spec = load_level(maps_dir() / "minigame" / f"{level}.tmx")
    model, seeds = load_model(), SEEDS[level][mode]
    won = [
        seed
        for seed in seeds
        if play_human(
            make_state(spec, seed, mode == "assist"),
            model,
            np.random.default_rng(seed),
        ).outcome
        == "won"
    ]
    low, high = BANDS[mode]
    assert low <= len(won) / len(seeds) <= high, f"won on seeds {won} of {seeds}"
