"""Synthesise every sound effect and music loop: `python -m game.tools.build_audio`.

Recipes in assets/src/audio/ become 16-bit mono WAVs in assets/audio/sfx/ and
assets/audio/music/; only files whose bytes change are rewritten. With
`--check`, nothing is written and the exit code is 1 if any committed file is
stale or missing. `--stats` prints each file's length, peak and RMS.
"""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from game.audio.recipes import (
    RecipeError,
    load_config,
    load_instrument_pool,
    recipes_dir,
)
from game.audio.sequencer import load_song, render_song
from game.audio.sfx import load_sound, render_sound
from game.audio.wavfile import encode_wav
from game.core.paths import project_root


@dataclass(frozen=True)
class Built:
    """One rendered file: where it goes (relative to the project) and its bytes."""

    rel: Path
    data: bytes
    samples: np.ndarray
    sample_rate: int

    def stats(self) -> str:
        peak = float(np.max(np.abs(self.samples))) if self.samples.size else 0.0
        rms = float(np.sqrt(np.mean(self.samples**2))) if self.samples.size else 0.0
        seconds = len(self.samples) / self.sample_rate
        kib = len(self.data) / 1024
        return (
            f"{self.rel}  {seconds:6.2f} s  peak {peak:.3f}"
            f"  rms {rms:.3f}  {kib:7.1f} KiB"
        )


def build_all(source: Path | None = None) -> list[Built]:
    """Render every recipe under `source` (default assets/src/audio)."""
    source = source or recipes_dir()
    config = load_config(source)
    pool = load_instrument_pool(source)
    rate = config.sample_rate
    built = []
    for path in sorted((source / "sfx").glob("*.toml")):
        samples = render_sound(load_sound(path, config, pool), config)
        rel = Path("assets/audio/sfx") / f"{path.stem}.wav"
        built.append(Built(rel, encode_wav(samples, rate), samples, rate))
    for path in sorted((source / "music").glob("*.toml")):
        samples = render_song(load_song(path, config, pool), config)
        rel = Path("assets/audio/music") / f"{path.stem}.wav"
        built.append(Built(rel, encode_wav(samples, rate), samples, rate))
    return built


def stale_files(root: Path, built: list[Built]) -> list[Path]:
    """Built files whose committed copy under `root` is missing or different."""
    return [b.rel for b in built if _differs(root / b.rel, b.data)]


def orphan_files(root: Path, built: list[Built]) -> list[Path]:
    """WAVs under assets/audio/ that no recipe makes any more."""
    made = {b.rel for b in built}
    found = (root / "assets" / "audio").glob("*/*.wav")
    return sorted(p.relative_to(root) for p in found if p.relative_to(root) not in made)


def _differs(path: Path, data: bytes) -> bool:
    return not path.exists() or path.read_bytes() != data


def write_changed(root: Path, built: list[Built]) -> int:
    """Write the built files whose bytes differ; return how many were written."""
    written = 0
    for item in built:
        target = root / item.rel
        if _differs(target, item.data):
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(item.data)
            written += 1
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report stale files")
    parser.add_argument("--stats", action="store_true", help="print length/peak/RMS")
    args = parser.parse_args(argv)
    root = project_root()
    started = time.perf_counter()
    try:
        built = build_all()
    except RecipeError as exc:
        print(f"audio recipe error: {exc}", file=sys.stderr)
        return 2
    elapsed = time.perf_counter() - started
    if args.stats:
        for item in built:
            print(item.stats())
    for rel in orphan_files(root, built):
        print(f"note: {rel} has no recipe any more — delete it if unused")
    if args.check:
        stale = stale_files(root, built)
        for rel in stale:
            print(f"stale: {rel} — run python -m game.tools.build_audio")
        print(f"{len(stale)} stale audio file(s)")
        return 1 if stale else 0
    written = write_changed(root, built)
    total = sum(len(b.data) for b in built) / 1e6
    print(
        f"built audio: {len(built)} file(s), {written} changed,"
        f" {total:.2f} MB, {elapsed:.2f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
