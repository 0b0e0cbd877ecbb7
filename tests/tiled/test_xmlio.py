"""game.tiled.xmlio: a map's class, from its first tag or from the run's parse."""

from __future__ import annotations

from pathlib import Path

from game.core.run_memo import one_read_per_file
from game.tiled.xmlio import read_xml, root_class

MAP = '<?xml version="1.0"?>\n<map version="1.10" class="{cls}"><layer/></map>\n'


def write_map(folder: Path, cls: str) -> Path:
    path = folder / "room.tmx"
    path.write_text(MAP.format(cls=cls), encoding="utf-8")
    return path


def test_a_map_class_is_read_from_its_first_tag(tmp_path):
    assert root_class(write_map(tmp_path, "SmileMap")) == "SmileMap"


def test_within_a_run_the_class_is_the_one_the_map_was_read_with(tmp_path):
    path = write_map(tmp_path, "SmileMap")
    with one_read_per_file():
        read_xml(path)
        write_map(tmp_path, "Changed")  # one read per file and run
        assert root_class(path) == "SmileMap"


def test_outside_a_run_the_class_is_read_again(tmp_path):
    path = write_map(tmp_path, "SmileMap")
    read_xml(path)
    write_map(tmp_path, "Changed")
    assert root_class(path) == "Changed"


def test_a_file_that_is_not_xml_has_no_class(tmp_path):
    path = tmp_path / "broken.tmx"
    path.write_text("<map", encoding="utf-8")
    assert root_class(path) == ""
