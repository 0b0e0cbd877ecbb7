"""Write maps, tilesets and templates the way Tiled saves them, so a
designer's open-and-save in Tiled makes no diff.

    python -m game.tools.tiled_layout            # rewrite every file under maps/
    python -m game.tools.tiled_layout --check    # exit 1 if one is not in layout
    python -m game.tools.tiled_layout FILE...    # just these

Tiled's layout: the XML declaration, one element per line indented one
space per level, empty elements self-closed, text (CSV data, multi-line
property values) written inline, properties sorted by name, an object's
attributes in Tiled's order (id, template, name, type/class, gid, x, y,
width, height, rotation, visible), float values in Tiled's number format
(12.0 -> 12) and default attributes left out (opacity="1", type="string"). The content
is kept: the same elements, attributes and values.
"""

from __future__ import annotations

import argparse
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from game.core.paths import project_root

SUFFIXES = (".tmx", ".tsx", ".tx")
OBJECT_ORDER = (
    "id",
    "template",
    "name",
    "type",
    "class",
    "gid",
    "x",
    "y",
    "width",
    "height",
    "rotation",
    "visible",
)
PROPERTY_ORDER = ("name", "type", "propertytype", "value")
# attributes Tiled leaves out at their default: (element, name, value)
DEFAULTS = {
    *((tag, "opacity", "1") for tag in ("layer", "objectgroup", "imagelayer", "group")),
    ("property", "type", "string"),
}
HEADER = '<?xml version="1.0" encoding="UTF-8"?>\n'


def tiled_layout(text: str) -> str:
    """`text` (a .tmx/.tsx/.tx file) in Tiled's layout; same content."""
    root = ET.fromstring(text)
    lines: list[str] = []
    _write(root, 0, lines)
    return HEADER + "\n".join(lines) + "\n"


def _write(node: ET.Element, depth: int, lines: list[str]) -> None:
    indent = " " * depth
    start = f"{indent}<{node.tag}{_attributes(node)}"
    children = _children(node)
    text = node.text or ""
    if not children and not text.strip():
        lines.append(start + "/>")
    elif not children:
        lines.append(f"{start}>{_escape_text(text)}</{node.tag}>")
    else:
        lines.append(start + ">")
        for child in children:
            _write(child, depth + 1, lines)
        lines.append(f"{indent}</{node.tag}>")


def _children(node: ET.Element) -> list[ET.Element]:
    children = list(node)
    if node.tag == "properties":
        children.sort(key=lambda p: p.get("name", ""))
    return children


def _attributes(node: ET.Element) -> str:
    items = [(k, _number(node, k, v)) for k, v in node.attrib.items()]
    items = [(k, v) for k, v in items if (node.tag, k, v) not in DEFAULTS]
    order = {"object": OBJECT_ORDER, "property": PROPERTY_ORDER}.get(node.tag)
    if order:
        rank = {name: i for i, name in enumerate(order)}
        items.sort(key=lambda kv: rank.get(kv[0], len(order)))
    return "".join(f' {k}="{_escape_attribute(v)}"' for k, v in items)


def _number(node: ET.Element, key: str, value: str) -> str:
    """A float property's value as Tiled writes it (12.0 -> 12, 0.50 -> 0.5)."""
    if node.tag != "property" or key != "value" or node.get("type") != "float":
        return value
    try:
        number = float(value)
    except ValueError:
        return value
    text = repr(number)
    return text[:-2] if text.endswith(".0") else text


def _escape_text(value: str) -> str:
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _escape_attribute(value: str) -> str:
    text = _escape_text(value).replace('"', "&quot;")
    return text.replace("\n", "&#10;").replace("\r", "&#13;").replace("\t", "&#9;")


def content_files(root: Path) -> list[Path]:
    """Every map, tileset and template under root/maps."""
    maps = root / "maps"
    return sorted(p for p in maps.rglob("*") if p.suffix in SUFFIXES)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--check", action="store_true", help="only report")
    args = parser.parse_args(argv)
    stale = []
    for path in args.files or content_files(project_root()):
        text = path.read_text(encoding="utf-8")
        fresh = tiled_layout(text)
        if fresh != text:
            stale.append(path)
            if not args.check:
                path.write_text(fresh, encoding="utf-8")
    verb = "not in Tiled's layout" if args.check else "rewritten"
    for path in stale:
        print(f"{verb}: {path}")
    return 1 if args.check and stale else 0


if __name__ == "__main__":
    sys.exit(main())
