"""Tiled `<properties>` blocks: read typed values, spot unsupported ones (no pygame)."""

from __future__ import annotations

import math
import xml.etree.ElementTree as ET

from game.core.findings import Finding, error

UNSUPPORTED_TYPES = {
    "class": "class-valued properties are not supported",
    "list": "list properties (Tiled 1.12) are not supported",
}

# Names pytmx uses for its own attributes on every element, plus the keys it
# mixes into tile properties: a custom property with one of them breaks any
# pytmx-based reader, so the contract keeps refusing them.
RESERVED = frozenset(
    {
        "name", "id", "type", "class", "x", "y", "width", "height", "rotation",
        "gid", "visible", "template", "image", "points", "closed", "properties",
        "parent", "custom_types", "opacity", "offsetx", "offsety", "data",
        "source", "trans", "frames", "colliders", "draworder", "color",
        "tintcolor", "parallaxx", "parallaxy", "locked", "version",
        "tiledversion", "orientation", "renderorder", "tilewidth", "tileheight",
        "infinite", "nextobjectid", "nextlayerid", "backgroundcolor",
        "background_color", "layers", "tilesets", "images", "objects", "filename",
        "firstgid", "tilecount", "columns", "margin", "spacing", "path",
        "compressionlevel", "hexsidelength", "staggeraxis", "staggerindex",
    }
)  # fmt: skip


MAX_NUMBER = 1.0e12  # beyond any count, id or tuning value a map holds


def convert(value: str | None, kind: str) -> object:
    """A property value as the game uses it: bool/int/float/str ('' not None)."""
    text = value or ""
    if kind == "bool":
        return text.strip().lower() == "true"
    if kind in ("int", "object"):
        return int(float(text)) if text.strip() else 0
    if kind == "float":
        return float(text) if text.strip() else 0.0
    return text


def read_properties(node: ET.Element) -> dict[str, object]:
    """The node's own properties (not nested ones), converted by type."""
    found: dict[str, object] = {}
    block = node.find("properties")
    if block is None:
        return found
    for prop in block.findall("property"):
        value = prop.get("value")
        if value is None:
            value = prop.text
        found[prop.get("name", "")] = convert(value, prop.get("type", "string"))
    return found


def property_problems(
    node: ET.Element, file: str, where: str, reserved: frozenset[str] = RESERVED
) -> list[Finding]:
    """Refusals for the node's properties: unsupported types, reserved names."""
    problems: list[Finding] = []
    block = node.find("properties")
    if block is None:
        return problems
    for prop in block.findall("property"):
        name = prop.get("name", "")
        kind = prop.get("type", "string")
        if kind in UNSUPPORTED_TYPES:
            problems.append(
                error(
                    file,
                    f'property "{name}": {UNSUPPORTED_TYPES[kind]}',
                    where,
                    "use plain string, bool, int, float, file or object "
                    "properties instead",
                )
            )
        bad_value = _value_problem(prop.get("value"), kind)
        if bad_value:
            problems.append(
                error(
                    file,
                    f'property "{name}" ({kind}): {bad_value}',
                    where,
                    "type a number in the Properties panel and save",
                )
            )
        if name in reserved:
            problems.append(
                error(
                    file,
                    f'property name "{name}" is reserved by the map loader',
                    where,
                    f'rename it (e.g. "{name}_value") in the Properties panel',
                )
            )
    return problems


def _value_problem(value: str | None, kind: str) -> str | None:
    """Why a number property's text is not a usable number, or None."""
    text = (value or "").strip()
    if kind not in ("int", "float", "object") or not text:
        return None
    try:
        number = float(text)
    except ValueError:
        return f'"{text[:20]}" is not a number'
    if not math.isfinite(number) or abs(number) > MAX_NUMBER:
        return f"{text[:20]} is not a finite number of a sane size"
    return None


def set_property(
    node: ET.Element, name: str, kind: str, value: object, enum: str = ""
) -> None:
    """Add a `<property>` to the node (creating `<properties>` if needed)."""
    block = node.find("properties")
    if block is None:
        block = ET.SubElement(node, "properties")
    prop = ET.SubElement(block, "property", {"name": name})
    if kind != "string":
        prop.set("type", kind)
    if enum:
        prop.set("propertytype", enum)
    prop.set("value", _xml_value(value))


def _xml_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else str(value)


def property_names(node: ET.Element) -> set[str]:
    block = node.find("properties")
    if block is None:
        return set()
    return {p.get("name", "") for p in block.findall("property")}
