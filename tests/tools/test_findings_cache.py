"""A checker's findings are reused while its inputs' bytes stay the same."""

from __future__ import annotations

from game.core.findings import error
from game.dialogue.check_cache import CACHE_ENV
from game.tools.findings_cache import cached


def test_findings_are_reused_until_an_input_changes(tmp_path, monkeypatch):
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "cache"))
    level = tmp_path / "level.tmx"
    level.write_text("<map/>")
    runs: list[int] = []

    def compute():
        runs.append(1)
        return [error("maps/minigame/level.tmx", f"run {len(runs)}", "x", "fix")]

    first = cached("levels", [level], compute)
    assert cached("levels", [level], compute) == first and len(runs) == 1
    level.write_text("<map></map>")
    assert cached("levels", [level], compute)[0].message == "run 2"


def test_an_unwritable_cache_still_gives_the_findings(tmp_path, monkeypatch):
    blocker = tmp_path / "file"
    blocker.write_text("")
    monkeypatch.setenv(CACHE_ENV, str(blocker))  # a file where a folder must go
    found = [error("a", "b", "c", "d")]
    assert cached("levels", [], lambda: found) == found
