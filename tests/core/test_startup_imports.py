"""A plain launch draws the title before loading what only play needs."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEFERRED = ("numpy", "game.scenes.overworld", "game.minigame.levels")
CHILD = f"""
import runpy, sys
sys.argv = ["main.py", "--frames", "1"]
try:
    runpy.run_path("main.py", run_name="__main__")
except SystemExit:
    pass
print(" ".join(m for m in {DEFERRED!r} if m in sys.modules))
"""


def loaded_by_the_first_title_frame(tmp_path: Path) -> list[str]:
    env = dict(os.environ, SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="dummy")
    env["SMILE_PROTOCOL_DATA_DIR"] = str(tmp_path / "data")
    env["SMILE_PROTOCOL_CONFIG_DIR"] = str(tmp_path / "config")
    done = subprocess.run(
        [sys.executable, "-c", CHILD],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.split()


def test_the_title_frame_needs_neither_numpy_nor_the_overworld(tmp_path):
    assert loaded_by_the_first_title_frame(tmp_path) == []
