from __future__ import annotations

import json

from game.core.paths import dialogue_dir
from game.dialogue.registry import DEFINITIONS_FILE, default_registry, definitions_text


def test_the_committed_command_definitions_are_current():
    committed = (dialogue_dir() / DEFINITIONS_FILE).read_text(encoding="utf-8")
    assert committed == definitions_text(default_registry()), (
        "run: python -m game.dialogue.registry"
    )


def test_definitions_use_yarn_spinners_shape():
    data = json.loads(definitions_text(default_registry()))
    move = next(c for c in data["Commands"] if c["YarnName"] == "move")
    assert [p["Type"] for p in move["Parameters"]] == ["string", "number", "number"]
    names = {f["YarnName"] for f in data["Functions"]}
    assert "minigame_outcome" in names and "visited" not in names  # Yarn has visited


def test_the_yarn_project_points_at_the_definitions():
    project = json.loads((dialogue_dir() / "smile.yarnproject").read_text())
    assert project["projectFileVersion"] == 3
    assert project["definitions"] == DEFINITIONS_FILE


def test_every_contract_command_is_registered():
    names = set(default_registry().commands)
    wanted = {"minigame", "ending", "move", "face", "fade", "wait", "camera", "sound"}
    assert wanted | {"music", "shake"} <= names


def test_the_writers_guide_lists_the_registry():
    from game.dialogue.registry import reference_markdown

    guide = (dialogue_dir() / "README.md").read_text(encoding="utf-8")
    assert reference_markdown(default_registry()) in guide
