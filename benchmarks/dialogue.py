"""Parse + check + explore all of dialogue/ (target <= 300 ms); prints figures.

    python benchmarks/dialogue.py [--runs 7]

Covers dialogue/*.yarn and dialogue/sample/*.yarn, checked as one project.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

# Run from a checkout without installing: put the project root on the path.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from game.dialogue.check import check_files
from game.dialogue.explore import explore
from game.dialogue.program import build_program, read_file
from game.paths import project_root


def files(root: Path) -> list[Path]:
    folder = root / "dialogue"
    return sorted(folder.glob("*.yarn")) + sorted(folder.glob("sample/*.yarn"))


def once(root: Path) -> tuple[float, float, float, int]:
    paths = files(root)
    start = time.perf_counter()
    parsed = [read_file(p, root) for p in paths]
    program, _ = build_program(parsed)
    parse_ms = (time.perf_counter() - start) * 1000
    start = time.perf_counter()
    result = explore(
        program, [t for t, n in program.nodes.items() if "entry" in n.tags]
    )
    explore_ms = (time.perf_counter() - start) * 1000
    start = time.perf_counter()
    check_files(paths, root)
    full_ms = (time.perf_counter() - start) * 1000
    return parse_ms, explore_ms, full_ms, result.states


def synthetic(nodes: int = 40) -> str:
    """A made-up script of about 25 lines a node: options that set flags,
    lines behind flags, a hub that jumps on (the shape of an episode)."""
    out = ["title: Declarations", "---"]
    out += [f"<<declare $flag{i} = false>>" for i in range(8)]
    out += ["<<declare $trust = 0>>", "==="]
    for n in range(nodes):
        nxt = f"<<jump N{n + 1}>>" if n + 1 < nodes else "<<stop>>"
        out += [f"title: N{n}", "tags: entry" if n % 10 == 0 else "tags:", "---"]
        out += [f"Ortho: Line {k} of node {n}, trust {{$trust}}." for k in range(8)]
        flag = f"$flag{n % 8}"
        out += [
            f"-> Agree <<if not {flag}>>",
            f"    <<set {flag} = true>>",
            "    <<set $trust += 1>>",
            "    Ortho: Good.",
            "-> Refuse",
            "    Ortho: Pity.",
            "-> Ask",
            "    Ortho: Ask away.",
            "    -> More",
            "        Ortho: More.",
            "    -> Enough",
            f"<<if {flag} and $trust > 2>>",
            "    Ortho: You are on a roll.",
            "<<else>>",
            "    Ortho: Take your time.",
            "<<endif>>",
            nxt,
            "===",
        ]
    return "\n".join(out) + "\n"


def synthetic_run(text: str) -> tuple[float, int]:
    from game.dialogue.syntax import parse_file

    start = time.perf_counter()
    program, errors = build_program([parse_file(text, "synthetic.yarn")])
    assert not errors, errors[0]
    result = explore(
        program, [t for t, n in program.nodes.items() if "entry" in n.tags]
    )
    return (time.perf_counter() - start) * 1000, result.states


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    root = project_root()
    runs = [once(root) for _ in range(args.runs)]
    lines = sum(len(read_file(p, root).lines) for p in files(root))
    print(f"dialogue: {len(files(root))} files, {lines} source lines")
    print(f"parse+compile   median {statistics.median(r[0] for r in runs):7.1f} ms")
    print(
        f"explore         median {statistics.median(r[1] for r in runs):7.1f} ms "
        f"({runs[0][3]} states)"
    )
    full = statistics.median(r[2] for r in runs)
    print(
        f"parse+check+explore (check_files) median {full:7.1f} ms  (target <= 300 ms)"
    )
    text = synthetic()
    times = [synthetic_run(text) for _ in range(3)]
    print(
        f"synthetic episode ({text.count(chr(10))} lines): parse+compile+explore "
        f"median {statistics.median(t[0] for t in times):7.1f} ms "
        f"({times[0][1]} states)"
    )


if __name__ == "__main__":
    main()
