from __future__ import annotations

from pathlib import Path

import pytest

from game.dialogue.testplan import PlanFailure, run_plan
from game.paths import project_root

PLANS = sorted(Path(__file__).parent.glob("*.testplan"))


@pytest.mark.parametrize("plan", PLANS, ids=[p.stem for p in PLANS])
def test_plan(plan: Path):
    run_plan(plan, project_root())


def test_a_wrong_expectation_names_the_plan_line(tmp_path: Path):
    plan = tmp_path / "bad.testplan"
    plan.write_text(
        "file: dialogue/sample/sample.yarn\nnode: SampleStart\ncommand: fade in\n"
        "line: Ortho: Good evening.\n"
    )
    with pytest.raises(
        PlanFailure, match=r"bad.testplan:4: expected\n    line: Ortho: Good evening"
    ):
        run_plan(plan, project_root())
