"""Every choice in episode 2 is referred to later (STORY.md, dialogue/ep2/PLAN.md):
each variable an option sets is read in another node, and the deciding ones
are rows of an ending card."""

from __future__ import annotations

import json
import re

import pytest

from game.core.paths import project_root

ROOT = project_root()
SET_IN_OPTION = re.compile(r"^[ \t]+<<set \$(ep2_\w+) = ", re.M)
READ = re.compile(r"\$(ep2_\w+)")
# The choices the ending rules or the forum weigh: each is a row of a card.
ON_THE_CARD = (
    "ep2_patent_stance",
    "ep2_logs",
    "ep2_mia_credit",
    "ep2_rally",
    "ep2_marco_approach",
    "ep2_final",
)


@pytest.fixture(scope="module")
def nodes() -> dict[str, str]:
    """Node title -> body, for every node in dialogue/ep2/."""
    found: dict[str, str] = {}
    for path in sorted((ROOT / "dialogue" / "ep2").glob("*.yarn")):
        for chunk in path.read_text(encoding="utf-8").split("===")[:-1]:
            title = re.search(r"^title: (\w+)", chunk, re.M)
            if title:
                found[title.group(1)] = chunk.split("---", 1)[1]
    return found


def reads(body: str) -> set[str]:
    """Variables read in conditions or {…} (not the targets of <<set>>)."""
    body = re.sub(r"<<set \$\w+", "<<set", body)
    return set(READ.findall(body))


def test_episode_two_offers_at_least_four_choices(nodes):
    chosen = {v for body in nodes.values() for v in SET_IN_OPTION.findall(body)}
    assert len(chosen) >= 4 + 1  # four story choices and the final offer
    assert set(ON_THE_CARD) <= chosen


def test_every_choice_is_read_in_another_node(nodes):
    unread = []
    for title, body in nodes.items():
        for variable in SET_IN_OPTION.findall(body):
            elsewhere = [
                t for t, b in nodes.items() if t != title and variable in reads(b)
            ]
            if not elsewhere:
                unread.append((title, variable))
    assert unread == []


def test_the_deciding_choices_are_rows_of_the_ending_cards():
    episodes = json.loads((ROOT / "assets/data/episodes.json").read_text("utf-8"))
    (ep2,) = [e for e in episodes["episodes"] if e["number"] == 2]
    rows = {row["variable"] for row in ep2["summary"]}
    shown = {v for ending in ep2["endings"] for v in ending["summary"]}
    assert set(ON_THE_CARD) <= rows and set(ON_THE_CARD) <= shown
    assert [e["id"] for e in ep2["endings"]] == [
        "open_standards",
        "patent_war",
        "pods_closed",
    ]
