"""Rebuilding every registered art family reproduces the committed files."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pygame
import pytest

from game.art.builders import all_builders
from game.art.palette import load_palette
from game.core.paths import project_root
from game.tools.build_assets import build_all


@pytest.fixture(scope="module")
def rebuilt(tmp_path_factory) -> tuple[Path, list[Path]]:
    out = tmp_path_factory.mktemp("rebuild")
    return out, build_all(out)


def test_every_registered_builder_produces_files(tmp_path):
    palette = load_palette()
    for name, build in all_builders():
        assert build(palette, tmp_path / name), f"builder {name!r} produced nothing"


def test_rebuild_matches_committed_files_byte_for_byte(rebuilt):
    out, produced = rebuilt
    root = project_root()
    stale = [
        str(path.relative_to(out))
        for path in produced
        if not (root / path.relative_to(out)).exists()
        or (root / path.relative_to(out)).read_bytes() != path.read_bytes()
    ]
    assert not stale, f"run python -m game.tools.build_assets; stale: {stale}"


def test_every_built_png_uses_only_palette_colours(rebuilt):
    _out, produced = rebuilt
    allowed = {tuple(c) for c in load_palette().colors}
    for path in (p for p in produced if p.suffix == ".png"):
        loaded = pygame.image.load(str(path))
        image = pygame.Surface(loaded.get_size(), pygame.SRCALPHA)
        image.blit(loaded, (0, 0))
        rgb = pygame.surfarray.array3d(image).reshape(-1, 3)
        alpha = pygame.surfarray.array_alpha(image).reshape(-1)
        used = {tuple(int(v) for v in c) for c in np.unique(rgb[alpha > 0], axis=0)}
        assert used <= allowed, f"{path.name}: off-palette {sorted(used - allowed)[:5]}"
