"""Parse + check + story search of all of dialogue/ (target <= 300 ms).

    python benchmarks/dialogue.py [--runs 7]

First a cold process: a fresh interpreter that imports, reads the maps' entry
points and checks once (`--once`), timed whole. Then, warm, times
`check_files` over dialogue/**/*.yarn with the entry points the episode maps
define (what `python -m game.tools.check` hands the dialogue
checker; loading the maps is not timed), median of runs. Then the same at
five times the size: episode 1 copied as five episodes (nodes, variables,
line ids and entry points renamed), which is the size of the finished game.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

# Run from a checkout without installing: put the project root on the path.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

from game.core.paths import project_root
from game.dialogue.check import check_files, entry_point_list, project_files
from game.dialogue.program import build_program, read_file
from game.dialogue.reach import search
from game.dialogue.story_parts import EntryPoint

FIXTURE = Path("tests/dialogue/fixtures/ep1_entry_points.json")


def map_entry_points(root: Path) -> tuple[list[EntryPoint], str]:
    """The maps' entry points (the plan's table if no map names a node yet)."""
    from game.tiled.project import load_project
    from game.tools.check import (
        check_file,
        content_files,
        knowledge,
        story_entry_points,
    )

    project = load_project(root / "maps" / "smile.tiled-project")
    know = knowledge(root, project)
    worlds: list = []
    for path in content_files(root):
        if path.suffix == ".tmx":
            check_file(path, know, worlds)
    points = story_entry_points(root, worlds)
    if points:
        return points, f"{len(points)} from {len(worlds)} maps"
    data = json.loads((root / FIXTURE).read_text(encoding="utf-8"))
    points = [EntryPoint(**item) for item in data["entry_points"]]
    return points, f"{len(points)} from {FIXTURE} (no map names a node yet)"


def timed(run, runs: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = run()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), result


def measure(root: Path, points: list[EntryPoint], runs: int) -> None:
    paths = project_files(root)
    lines = sum(len(read_file(p, root).lines) for p in paths)
    print(f"  {len(paths)} files, {lines} source lines, {len(points)} entry points")

    def parse():
        return build_program([read_file(p, root) for p in paths])[0]

    parse_ms, program = timed(parse, runs)
    entries = entry_point_list(program, points)
    search_ms, reach = timed(lambda: search(program, entries), runs)
    full_ms, findings = timed(lambda: check_files(paths, root, points), runs)
    print(f"  parse+compile        median {parse_ms:7.1f} ms")
    print(
        f"  story search         median {search_ms:7.1f} ms  ({reach.states} "
        f"states, {reach.conversations} conversations, "
        f"{'finished' if reach.finished else 'stopped at its budget'})"
    )
    print(
        f"  parse+check+search   median {full_ms:7.1f} ms  (target <= 300 ms; "
        f"{len(findings)} findings)"
    )


def five_episodes(root: Path, points: list[EntryPoint], into: Path):
    """Episode 1 as five renamed copies under `into` (a project root)."""
    (into / "dialogue").mkdir()
    source = root / "dialogue"
    shutil.copy(source / "speakers.json", into / "dialogue")
    shutil.copy(source / "game.yarn", into / "dialogue")
    (into / "assets").symlink_to(root / "assets")
    copies: list[EntryPoint] = []
    for n in range(1, 6):
        folder = into / "dialogue" / f"ep{n}"
        folder.mkdir()
        for path in sorted((source / "ep1").glob("*.yarn")):
            text = re.sub(r"(E|e)p1_", rf"\1p{n}_", path.read_text())
            (folder / path.name).write_text(text)
        copies += [
            replace(
                p,
                node=p.node.replace("Ep1_", f"Ep{n}_"),
                requires=p.requires.replace("$ep1_", f"$ep{n}_"),
                once=f"ep{n}/{p.once}" if p.once else "",
            )
            for p in points
        ]
    return copies


def check_once() -> None:
    """What a cold `--once` child does: read the maps' entry points, check."""
    root = project_root()
    points, _ = map_entry_points(root)
    check_files(project_files(root), root, points)


def cold(runs: int) -> None:
    """Wall time of whole fresh processes (interpreter, imports, maps, check)."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, __file__, "--once"], check=True)
        times.append((time.perf_counter() - start) * 1000)
    print(
        f"  cold process         median {statistics.median(times):7.1f} ms, "
        f"max {max(times):7.1f} ms  (python start + imports + map entry points "
        "+ parse+check+search, one check per process)"
    )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--once", action="store_true", help="one cold check, exit")
    args = parser.parse_args()
    if args.once:
        check_once()
        return
    root = project_root()
    points, source = map_entry_points(root)
    print(f"dialogue/ (entry points: {source})")
    cold(max(3, args.runs // 2))
    measure(root, points, args.runs)
    ep1 = [p for p in points if p.node.startswith("Ep1_")]
    with tempfile.TemporaryDirectory() as tmp:
        copies = five_episodes(root, ep1, Path(tmp))
        print("five episodes (episode 1 copied five times)")
        measure(Path(tmp), copies, max(3, args.runs // 2))


if __name__ == "__main__":
    main()
