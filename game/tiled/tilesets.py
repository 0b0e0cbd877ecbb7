"""External tilesets (.tsx): read them into TilesetInfo, with refusals (no pygame)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from game.core.findings import Finding, error
from game.core.run_memo import remembered
from game.tiled.containment import reference_problems
from game.tiled.errors import MapLoadError, display_path
from game.tiled.model import AnimationFrame, Rect, Shape, TilesetInfo
from game.tiled.numbers import number_problems
from game.tiled.props import property_problems, read_properties
from game.tiled.run_paths import resolved
from game.tiled.xmlio import png_size, read_xml


def load_tileset(
    path: Path,
    firstgid: int,
    used_by: str,
    images: bool = True,
    base: Path | None = None,
) -> TilesetInfo:
    """Read one .tsx; raises MapLoadError (missing file, bad XML, bad image;
    with `images=False` the picture itself is not checked). Read once per
    `one_read_per_file` block for each firstgid."""
    key = ("tileset", resolved(path), firstgid, images, base)
    return remembered(key, lambda: _load(path, firstgid, used_by, images, base))


def _load(
    path: Path, firstgid: int, used_by: str, images: bool, base: Path | None
) -> TilesetInfo:
    root = read_xml(path, used_by)
    shown = display_path(path)
    problems = (
        # the picture is only opened, so only held inside, when images are read
        (reference_problems(root, path, shown, base) if images else [])
        or number_problems(root, shown)
        or tileset_problems(root, path, shown, images)
    )
    if problems:
        raise MapLoadError(problems)
    image = root.find("image")
    assert image is not None  # tileset_problems refused a missing image
    image_path = (path.parent / image.get("source", "")).resolve()
    info = TilesetInfo(
        name=root.get("name", path.stem),
        source=path.resolve(),
        firstgid=firstgid,
        tile_width=int(root.get("tilewidth", "0")),
        tile_height=int(root.get("tileheight", "0")),
        columns=int(root.get("columns", "1")) or 1,
        tile_count=int(root.get("tilecount", "0")),
        image=image_path,
        image_size=(int(image.get("width", "0")), int(image.get("height", "0"))),
        margin=int(root.get("margin", "0")),
        spacing=int(root.get("spacing", "0")),
    )
    for tile in root.findall("tile"):
        _read_tile(info, tile)
    return info


def tileset_problems(
    root: ET.Element, path: Path, shown: str, images: bool = True
) -> list[Finding]:
    """What makes a .tsx unusable: no single image, missing or mis-sized image,
    unsupported or reserved tile properties."""
    if root.tag != "tileset":
        return [error(shown, "not a Tiled tileset file", "", "re-save it from Tiled")]
    image = root.find("image")
    if image is None:
        return [
            error(
                shown,
                "image-collection tilesets are not supported",
                "",
                "use one PNG sheet per tileset (New Tileset ▸ Based on Tileset Image)",
            )
        ]
    problems = _image_problems(image, path, shown) if images else []
    for tile in root.findall("tile"):
        problems += property_problems(tile, shown, f"tile {tile.get('id')}")
    return problems


def _image_problems(image: ET.Element, path: Path, shown: str) -> list[Finding]:
    source = image.get("source", "")
    image_path = path.parent / source
    if not image_path.is_file():
        return [
            error(
                shown,
                f'image "{source}" not found',
                "",
                "build the art (python -m game.tools.build_assets) or fix the "
                "image path in the tileset",
            )
        ]
    actual = png_size(image_path)
    claimed = (int(image.get("width", "0")), int(image.get("height", "0")))
    if actual is None:
        return [
            error(shown, f'image "{source}" is not a PNG file', "", "save it as PNG")
        ]
    if claimed != (0, 0) and actual != claimed:
        return [
            error(
                shown,
                f'image "{source}" is {actual[0]}x{actual[1]} but the tileset '
                f"says {claimed[0]}x{claimed[1]}",
                "",
                "open the tileset in Tiled and save it again (it re-reads the size)",
            )
        ]
    return []


def _read_tile(info: TilesetInfo, tile: ET.Element) -> None:
    tile_id = int(tile.get("id", "0"))
    tile_class = tile.get("type") or tile.get("class") or ""
    if tile_class:
        info.tile_classes[tile_id] = tile_class
    props = read_properties(tile)
    if props:
        info.tile_properties[tile_id] = props
    group = tile.find("objectgroup")
    if group is not None:
        info.colliders[tile_id] = tuple(
            shape_of(obj, 0.0, 0.0) for obj in group.findall("object")
        )
    animation = tile.find("animation")
    if animation is not None:
        info.animations[tile_id] = tuple(
            AnimationFrame(int(f.get("tileid", "0")), int(f.get("duration", "100")))
            for f in animation.findall("frame")
        )


def shape_of(obj: ET.Element, dx: float, dy: float) -> Shape:
    """A Tiled object's shape (rect, ellipse as its box, polygon, polyline,
    point) moved by (dx, dy); points become absolute."""
    x = float(obj.get("x", "0")) + dx
    y = float(obj.get("y", "0")) + dy
    for tag, closed in (("polygon", True), ("polyline", False)):
        poly = obj.find(tag)
        if poly is not None:
            points = tuple(
                (x + float(a), y + float(b))
                for a, b in (p.split(",") for p in poly.get("points", "").split())
            )
            return Shape(bounds(points), points, closed)
    width = float(obj.get("width", "0"))
    height = float(obj.get("height", "0"))
    return Shape(Rect(x, y, width, height))


def bounds(points: tuple[tuple[float, float], ...]) -> Rect:
    xs = [p[0] for p in points] or [0.0]
    ys = [p[1] for p in points] or [0.0]
    return Rect(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))
