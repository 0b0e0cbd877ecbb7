"""A checker's findings cached between runs by the bytes of its inputs.

Contract: `cached(label, inputs, compute)` returns exactly what `compute()`
returns, from a cache file when a run stored findings for the same `label`
and the same names and bytes of every file in `inputs` (give the checker's
own source among them, so a code change misses). Files live in the
dialogue checker's cache folder (game/dialogue/check_cache.py); at most
KEEP per label are kept; a cache that cannot be read or written is ignored.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from pathlib import Path

from game.core.findings import Finding
from game.core.reading import MAP_BYTES, read_limited
from game.dialogue.check_cache import cache_dir, load_findings, store_findings

KEEP = 8


def inputs_key(label: str, inputs: Iterable[Path]) -> str:
    """A hash of `label` and every input's path and bytes (absent: empty)."""
    digest = hashlib.sha256(label.encode())
    for path in inputs:
        digest.update(path.as_posix().encode())
        try:
            digest.update(hashlib.sha256(read_limited(path, MAP_BYTES)).digest())
        except OSError:
            digest.update(b"absent")
    return digest.hexdigest()


def cached(
    label: str, inputs: Iterable[Path], compute: Callable[[], list[Finding]]
) -> list[Finding]:
    """`compute()`, or what it returned last time for the same inputs."""
    folder = cache_dir() / label
    key = inputs_key(label, inputs)
    stored = load_findings(folder / f"{key}.json")
    if stored is not None:
        return stored
    findings = compute()
    store_findings(folder, key, findings, KEEP)
    return findings
