"""Small levels built in code for the minigame's mechanics tests."""

from __future__ import annotations

import numpy as np
import pytest

from game.minigame.rules import load_rules
from game.minigame.spec import LevelSpec, SabotageWave, Tissue


@pytest.fixture(scope="session")
def rules():
    return load_rules()


@pytest.fixture
def make_spec(rules):
    """make_spec(kind="vanity", bots=500, tuning=None, **parts) -> a 320x180
    slab of dentin (void border) with tuning overrides and objects; it does
    not end by itself within a test."""

    def build(kind: str = "vanity", bots: int = 500, tuning=None, **parts) -> LevelSpec:
        tissue = np.full((180, 320), Tissue.DENTIN, np.uint8)
        tissue[:8], tissue[-8:], tissue[:, :8], tissue[:, -8:] = 0, 0, 0, 0
        values = {
            "glitch_kind": kind,
            "bot_count": bots,
            "time_limit": 900,
            **(tuning or {}),
        }
        # a wave far in the future keeps the level from ending while a test runs
        parts.setdefault("waves", (SabotageWave(20, 20, 2, 0, 899.0),))
        t = rules.tuning(values)
        return LevelSpec(
            name="test",
            source="test",
            tissue=tissue,
            pigment=np.zeros(tissue.shape, np.float32),
            tuning=t,
            swarm=rules.swarm,
            behaviour=rules.kinds[t.glitch_kind],
            **parts,
        )

    return build
