"""Content that names a file outside the project's content is refused."""

from __future__ import annotations

import pygame
import pytest

from game.audio.catalog import is_name, sound_path
from game.audio.mixer import Mixer
from game.core.paths import maps_dir, project_root
from game.core.story import StoryState
from game.dialogue.level_results import LevelResult
from game.save.settings import default_settings
from game.tiled.containment import content_root, outside
from game.tiled.errors import MapLoadError
from game.tools.screens import headless_context
from game.world.loader import load_map


@pytest.mark.parametrize("name", ["../x", "/etc/passwd", "a/b", "", "x" * 100, "A B"])
def test_a_sound_name_that_is_a_path_is_not_a_name(name):
    assert not is_name(name)
    with pytest.raises(ValueError, match="is not a sound name"):
        sound_path(name)


def test_plain_names_are_names():
    assert is_name("ui_confirm") and is_name("clinic_calm")


def test_the_mixer_plays_nothing_for_a_path_and_goes_on(tmp_path):
    mixer = Mixer(default_settings(), root=tmp_path)
    mixer.play_sound("../../../etc/passwd")
    mixer.play_music("../../outside")
    assert mixer.current_music == "../../outside"  # asked for, never opened


def test_a_level_outside_maps_is_refused_and_the_story_goes_on():
    ctx = headless_context(seed=1)
    try:
        ctx.story = StoryState()
        got: list[LevelResult] = []
        ctx.levels.play("../../../../etc/passwd", got.append)
        ctx.stack.apply_requests()
        assert got == [LevelResult("lost", 0.0, 0.0)]
        assert any("inside maps/" in m.text for m in ctx.messages)
        assert len(ctx.stack) == 0
    finally:
        pygame.display.quit()


@pytest.mark.parametrize(
    "source", ["../../../../../etc/passwd.tsx", "/etc/passwd.tsx", "../../../x.tsx"]
)
def test_a_map_whose_tileset_points_outside_the_project_is_refused(tmp_path, source):
    maps = tmp_path / "project" / "maps" / "ep9"
    maps.mkdir(parents=True)
    room = maps / "room.tmx"
    room.write_text(
        '<?xml version="1.0"?><map version="1.10" orientation="orthogonal" '
        'width="2" height="2" tilewidth="16" tileheight="16" infinite="0">'
        f'<tileset firstgid="1" source="{source}"/></map>',
        encoding="utf-8",
    )
    with pytest.raises(MapLoadError) as caught:
        load_map(room)
    assert any("points outside project/" in f.message for f in caught.value.findings)


def test_the_project_maps_stay_inside_the_project():
    assert content_root(maps_dir() / "ep1" / "lobby.tmx") == project_root()
    assert not outside(maps_dir() / ".." / "assets" / "tiles" / "x.png", project_root())
    assert outside(project_root() / ".." / "elsewhere.png", project_root())
