"""render_map draws exactly what Tiled draws (when tmxrasterizer is installed)."""

from __future__ import annotations

import os
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from game.core.paths import project_root
from game.tiled.errors import MapLoadError
from game.tools import render_map
from game.world.compare import differing_pixels
from game.world.loader import load_map

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "maps"
NEVER_DRAWN = ("Entities", "Triggers", "Collision")


def comparable_maps() -> list[Path]:
    """Maps that load and have no layer offsets (tmxrasterizer grows its
    canvas by layer offsets; the game clips to the map)."""
    candidates = sorted(FIXTURES.glob("*.tmx")) + [
        p
        for p in sorted((project_root() / "maps").rglob("*.tmx"))
        if "minigame" not in p.parts
    ]
    chosen = []
    for path in candidates:
        try:
            load_map(path)
        except MapLoadError:
            continue
        if 'offsetx="' not in path.read_text() and 'offsety="' not in path.read_text():
            chosen.append(path)
    return chosen


def editor_only_layers(path: Path) -> list[str]:
    root = ET.parse(path).getroot()
    return [n.get("name", "") for n in root.iter() if n.get("class") == "EditorOnly"]


@pytest.mark.parametrize("path", comparable_maps(), ids=lambda p: p.name)
def test_render_map_matches_tmxrasterizer_pixel_for_pixel(path, tmp_path):
    tool = shutil.which("tmxrasterizer")
    if tool is None:
        pytest.skip("tmxrasterizer not installed (apt-get install tiled) — skipped")
    ours, theirs = tmp_path / "game.png", tmp_path / "tiled.png"
    render_map.render(path, ours)
    hidden = [
        a
        for n in (*NEVER_DRAWN, *editor_only_layers(path))
        for a in ("--hide-layer", n)
    ]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    subprocess.run(
        [tool, "--ignore-visibility", *hidden, str(path), str(theirs)],
        check=True,
        capture_output=True,
        env=env,
        timeout=60,
    )
    assert differing_pixels(ours, theirs) == 0


def test_render_map_reports_a_broken_map_without_a_traceback(tmp_path, capsys):
    status = render_map.main([str(FIXTURES / "infinite.tmx"), str(tmp_path / "x.png")])
    assert status == 1
    assert "map is infinite" in capsys.readouterr().out
