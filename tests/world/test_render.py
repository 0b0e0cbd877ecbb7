"""The map renderer redraws animated tiles when they are drawn on screen."""

from __future__ import annotations

import shutil
from pathlib import Path

import pygame
import pytest

from game.world.loader import load_map
from game.world.render import MapRenderer

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "maps"
W, H = 60, 40
NEAR, FAR = (1, 1), (55, 35)  # animated cells: in the first view, far outside it
FAR_VIEW = (FAR[0] * 16 - 320, FAR[1] * 16 - 180)


@pytest.fixture
def renderer(tmp_path: Path) -> MapRenderer:
    pygame.display.init()
    pygame.display.set_mode((640, 360))
    for name in ("fixture.tsx", "fixture.png"):
        shutil.copy(FIXTURES / name, tmp_path / name)
    floor = ",".join("1" for _ in range(W * H))
    rugs = ["0"] * (W * H)
    for x, y in (NEAR, FAR):
        rugs[y * W + x] = "7"  # tile 6: animated, 200 ms frames
    (tmp_path / "anim.tmx").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<map version="1.10" orientation="orthogonal" renderorder="right-down" '
        f'width="{W}" height="{H}" tilewidth="16" tileheight="16" infinite="0" '
        'nextlayerid="3" nextobjectid="1">\n'
        ' <tileset firstgid="1" source="fixture.tsx"/>\n'
        f' <layer id="1" name="Floor" width="{W}" height="{H}">'
        f'<data encoding="csv">{floor}</data></layer>\n'
        f' <layer id="2" name="Rugs" width="{W}" height="{H}">'
        f'<data encoding="csv">{",".join(rugs)}</data></layer>\n'
        "</map>\n"
    )
    return MapRenderer(load_map(tmp_path / "anim.tmx"))


def cell(surface: pygame.Surface, at: tuple[int, int]) -> bytes:
    area = pygame.Rect(at[0] * 16, at[1] * 16, 16, 16)
    return pygame.image.tobytes(surface.subsurface(area), "RGBA")


def test_an_animated_tile_in_view_shows_its_next_frame_when_drawn(renderer):
    before = cell(renderer.below, NEAR)
    renderer.advance(200)
    renderer.draw_below(pygame.display.get_surface(), (0, 0))
    assert cell(renderer.below, NEAR) != before


def test_an_animated_tile_out_of_view_is_redrawn_once_it_comes_into_view(renderer):
    before = cell(renderer.below, FAR)
    renderer.advance(200)
    renderer.draw_below(pygame.display.get_surface(), (0, 0))
    assert cell(renderer.below, FAR) == before
    renderer.draw_below(pygame.display.get_surface(), FAR_VIEW)
    assert cell(renderer.below, FAR) == cell(renderer.below, NEAR) != before


def test_the_composite_shows_every_animated_tile_at_its_current_frame(renderer):
    before = cell(renderer.below, FAR)
    renderer.advance(200)
    out = renderer.composite()
    assert cell(out, FAR) == cell(out, NEAR) != before
