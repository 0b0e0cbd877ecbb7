"""Every choice in episode 4 is referred to later (dialogue/ep4/PLAN.md section
3): each variable an option sets is read, in a condition or a {…}, by some
other node of the episode, or shown as a row of an ending card
(assets/data/episodes.json), so a choice nobody reads again fails here."""

from __future__ import annotations

import re

import pytest
from episode_story import card_rows

from game.core.paths import project_root

NODE = re.compile(r"^title: (\w+)\n.*?^---\n(.*?)^===", re.M | re.S)
SET = re.compile(r"<<set \$(ep4_\w+)")
CONDITION = re.compile(r"<<(?:if|elseif|once if) ([^>]*)>>|\{([^}]*)\}")
VARIABLE = re.compile(r"\$(ep4_\w+)")


def nodes() -> dict[str, str]:
    folder = project_root() / "dialogue" / "ep4"
    text = "\n".join(p.read_text() for p in sorted(folder.glob("*.yarn")))
    return {title: body for title, body in NODE.findall(text)}


def read_in(body: str) -> set[str]:
    """The episode variables a node's conditions and {…} read."""
    return {
        name
        for parts in CONDITION.findall(body)
        for part in parts
        for name in VARIABLE.findall(part)
    }


def chosen() -> list[tuple[str, str]]:
    """(node, variable) for every variable set inside an option's body."""
    found = []
    for title, body in nodes().items():
        in_option = False
        for line in body.splitlines():
            if line.startswith("->"):
                in_option = True
            elif line and not line[0].isspace():
                in_option = False
            match = SET.search(line)
            if in_option and match:
                found.append((title, match.group(1)))
    return sorted(set(found))


def test_episode_four_has_at_least_four_choices_that_set_story_variables():
    assert len({variable for _, variable in chosen()}) >= 4


@pytest.mark.parametrize(("node", "variable"), chosen())
def test_every_choice_is_read_again_in_another_node(node, variable):
    readers = [
        title
        for title, body in nodes().items()
        if title != node and variable in read_in(body)
    ]
    on_a_card = variable in card_rows(4)
    assert readers or on_a_card, f"${variable} set in {node} is never read again"
