"""Build every PNG sheet from the pixel-art sources.

Run `python -m game.tools.build_assets`.

With `--check`, nothing is written: the exit code is 1 if any committed file
differs from what the sources build, 0 otherwise.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

from game.art.builders import all_builders
from game.art.palette import load_palette
from game.core.paths import project_root


def build_all(root: Path) -> list[Path]:
    """Run every builder with output under `root`; return the files produced."""
    palette = load_palette()
    produced: list[Path] = []
    for _name, build in all_builders():
        produced.extend(build(palette, root))
    return produced


def stale_files(root: Path) -> list[Path]:
    """Files under the project that differ from a fresh build (relative paths)."""
    with tempfile.TemporaryDirectory() as scratch:
        out = Path(scratch)
        stale = []
        for path in build_all(out):
            rel = path.relative_to(out)
            committed = root / rel
            if not committed.exists() or committed.read_bytes() != path.read_bytes():
                stale.append(rel)
        return stale


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report stale files")
    args = parser.parse_args(argv)
    root = project_root()
    if args.check:
        stale = stale_files(root)
        for rel in stale:
            print(f"stale: {rel} — run python -m game.tools.build_assets")
        print(f"{len(stale)} stale file(s)")
        return 1 if stale else 0
    with tempfile.TemporaryDirectory() as scratch:
        out = Path(scratch)
        written = 0
        for path in build_all(out):
            target = root / path.relative_to(out)
            if not target.exists() or target.read_bytes() != path.read_bytes():
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(path, target)
                written += 1
    print(f"built assets: {written} file(s) changed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
