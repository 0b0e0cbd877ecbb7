from __future__ import annotations

from pathlib import Path

import pytest

from game.core.paths import project_root
from game.dialogue.testplan import PlanFailure, run_plan

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


def test_a_later_step_that_meets_a_choice_first_names_the_plan_line(tmp_path: Path):
    plan = tmp_path / "later.testplan"
    plan.write_text(
        "file: dialogue/sample/sample.yarn\nnode: SampleStart\n"
        "later line: Malik: You called?\n"
    )
    with pytest.raises(
        PlanFailure, match=r"later.testplan:3: expected later line, but reached option"
    ):
        run_plan(plan, project_root())


def test_later_steps_skip_to_the_next_match(tmp_path: Path):
    plan = tmp_path / "later.testplan"
    plan.write_text(
        "file: dialogue/sample/sample.yarn\nnode: SampleStart\n"
        "later select: 2\nlater line: Malik: You called?\n"
        "later command: minigame ep1_teach\nminigame: ep1_teach = won\n"
    )
    run_plan(plan, project_root())
