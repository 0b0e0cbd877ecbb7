"""The project's maps, tilesets and templates are written as Tiled writes
them, so opening and saving in Tiled makes no diff."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET

import pytest

from game.core.paths import project_root
from game.tools.tiled_layout import content_files, tiled_layout

FILES = content_files(project_root())
# What Debian's Tiled 1.8 writes differently, by its older format only:
# its own version numbers, no `class` attributes, and (without the project
# file) no `propertytype` on enum properties.
OLDER_FORMAT = (
    re.compile(r' (version|tiledversion)="[^"]*"'),
    re.compile(r' class="[^"]*"'),
    re.compile(r' propertytype="[^"]*"'),
)
EXPORT = {".tmx": ("--export-map", "tmx"), ".tsx": ("--export-tileset", "tsx")}


def without_older_format(text: str) -> list[str]:
    for pattern in OLDER_FORMAT:
        text = pattern.sub("", text)
    return text.splitlines()


def sorted_content(text: str) -> str:
    """The file's content, blind to property order, number format and
    attributes at their default."""
    root = ET.fromstring(text)
    for props in root.iter("properties"):
        props[:] = sorted(props, key=lambda p: p.get("name", ""))
    for node in root.iter():
        if node.attrib.get("opacity") == "1":
            del node.attrib["opacity"]
        if node.tag == "property" and node.get("type") == "string":
            del node.attrib["type"]
        if node.tag == "property" and node.get("type") == "float":
            node.set("value", str(float(node.get("value", "0"))))
    return ET.canonicalize(ET.tostring(root, encoding="unicode"), strip_text=True)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_every_file_is_already_in_tiled_layout(path):
    text = path.read_text(encoding="utf-8")
    assert tiled_layout(text) == text, "run: python -m game.tools.tiled_layout"


def test_the_layout_keeps_every_element_attribute_and_value():
    for path in FILES:
        text = path.read_text(encoding="utf-8")
        assert sorted_content(tiled_layout(text)) == sorted_content(text), path.name


@pytest.mark.parametrize(
    "path", [p for p in FILES if p.suffix in EXPORT], ids=lambda p: p.name
)
def test_tiled_saves_every_file_unchanged_but_for_its_older_format(path):
    tiled = shutil.which("tiled")
    if tiled is None:
        pytest.skip("tiled is not installed (apt-get install tiled)")
    out = path.with_name(f".roundtrip.{path.name}")  # beside it: paths stay put
    option, fmt = EXPORT[path.suffix]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    try:
        subprocess.run(
            [tiled, option, fmt, path.name, out.name],
            cwd=path.parent,
            env=env,
            check=True,
            capture_output=True,
            timeout=120,
        )
        saved = out.read_text(encoding="utf-8")
    finally:
        out.unlink(missing_ok=True)
    ours = without_older_format(path.read_text(encoding="utf-8"))
    assert without_older_format(saved) == ours
