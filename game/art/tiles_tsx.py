"""Write a composed tileset as a Tiled 1.11 external tileset (.tsx) text.

The text is built by hand, not by ElementTree, so its bytes are the same on
every machine: attribute order and indentation follow what Tiled itself
saves, and every non-empty tile carries a `tile_name` property so designers
and the game can find tiles by name.
"""

from __future__ import annotations

from xml.sax.saxutils import quoteattr

from game.art.tiles_sheet import Sheet, TileInfo
from game.art.tiles_spec import TILE


def _property(name: str, value: object) -> str:
    if isinstance(value, bool):
        kind, text = ' type="bool"', "true" if value else "false"
    elif isinstance(value, int):
        kind, text = ' type="int"', str(value)
    elif isinstance(value, float):
        kind, text = ' type="float"', repr(value)
    else:
        kind, text = "", str(value)
    return f"   <property name={quoteattr(name)}{kind} value={quoteattr(text)}/>"


def _shapes(info: TileInfo) -> list[str]:
    if not info.rects and not info.polygons:
        return []
    lines = ['  <objectgroup draworder="index" id="2">']
    number = 1
    for x, y, w, h in info.rects:
        lines.append(
            f'   <object id="{number}" x="{x}" y="{y}" width="{w}" height="{h}"/>'
        )
        number += 1
    for polygon in info.polygons:
        points = " ".join(f"{px},{py}" for px, py in polygon)
        lines.append(f'   <object id="{number}" x="0" y="0">')
        lines.append(f'    <polygon points="{points}"/>')
        lines.append("   </object>")
        number += 1
    lines.append("  </objectgroup>")
    return lines


def _tile(tile_id: int, info: TileInfo) -> list[str]:
    kind = f" type={quoteattr(info.tile_class)}" if info.tile_class else ""
    lines = [f' <tile id="{tile_id}"{kind}>', "  <properties>"]
    props = {"tile_name": info.name, **info.properties}
    lines += [_property(name, props[name]) for name in sorted(props)]
    lines.append("  </properties>")
    lines += _shapes(info)
    if info.animation:
        lines.append("  <animation>")
        lines += [
            f'   <frame tileid="{frame}" duration="{ms}"/>'
            for frame, ms in info.animation
        ]
        lines.append("  </animation>")
    lines.append(" </tile>")
    return lines


def tsx_text(name: str, sheet: Sheet, image_source: str) -> str:
    """The .tsx for `sheet`, whose PNG lies at `image_source` (relative path)."""
    height, width = sheet.pixels.shape
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<tileset version="1.10" tiledversion="1.11.0" name={quoteattr(name)} '
        f'tilewidth="{TILE}" tileheight="{TILE}" tilecount="{sheet.tile_count}" '
        f'columns="{sheet.columns}">',
        f' <image source={quoteattr(image_source)} width="{width}" height="{height}"/>',
    ]
    for tile_id, info in sheet.tiles.items():
        lines += _tile(tile_id, info)
    lines.append("</tileset>")
    return "\n".join(lines) + "\n"
