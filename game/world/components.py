"""Connected parts of a grid graph whose edges are given as masks (numpy,
no pygame).

Nodes are the True cells of `free`; `across[r, c]` joins (r, c) to (r, c+1)
and `down[r, c]` joins (r, c) to (r+1, c). Cells joined across form runs
along each row (found with numpy); only the distinct pairs of runs joined
down go through a union-find, so the Python work grows with the number of
runs, not of cells.
"""

from __future__ import annotations

import numpy as np


def reached(
    free: np.ndarray, across: np.ndarray, down: np.ndarray, seeds: list[tuple[int, int]]
) -> np.ndarray:
    """The cells connected to any (row, col) of `seeds` (free cells only)."""
    runs = _run_ids(free, across)
    parent = list(range(int(runs.max()) + 1))
    for a, b in _joined_runs(runs, down):
        _union(parent, a, b)
    roots = {_find(parent, int(runs[r, c])) for r, c in seeds if free[r, c]}
    if not roots:
        return np.zeros_like(free)
    root_of = np.array([_find(parent, i) for i in range(len(parent))])
    return free & np.isin(root_of[np.maximum(runs, 0)], list(roots))


def _run_ids(free: np.ndarray, across: np.ndarray) -> np.ndarray:
    """A run number for every free cell (-1 elsewhere): a new run starts at
    each free cell not joined across to the cell on its left."""
    joined_left = np.zeros_like(free)
    joined_left[:, 1:] = across[:, : free.shape[1] - 1]
    starts = free & ~joined_left
    ids = np.cumsum(starts.ravel()).reshape(free.shape) - 1
    return np.where(free, ids, -1)


def _joined_runs(runs: np.ndarray, down: np.ndarray) -> list[tuple[int, int]]:
    edges = down[: runs.shape[0] - 1]
    upper, lower = runs[:-1][edges], runs[1:][edges]
    count = int(runs.max()) + 1
    pairs = np.unique(upper.astype(np.int64) * count + lower)
    return [(int(p) // count, int(p) % count) for p in pairs]


def _find(parent: list[int], i: int) -> int:
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i


def _union(parent: list[int], a: int, b: int) -> None:
    ra, rb = _find(parent, a), _find(parent, b)
    if ra != rb:
        parent[max(ra, rb)] = min(ra, rb)
