"""Reading Tiled's XML files with designer-readable errors (no pygame)."""

from __future__ import annotations

import re
import struct
import xml.etree.ElementTree as ET
from pathlib import Path

from game.core.findings import error
from game.core.reading import MAP_BYTES, UnreadableFile, read_head, read_limited
from game.core.run_memo import remembered
from game.tiled.errors import MapLoadError, display_path

MAX_DEPTH = 64  # group layers in group layers: Tiled maps nest a handful
_MESSAGE = re.compile(r"^(.*?): line \d+, column \d+$")


def read_xml(path: Path, used_by: str = "") -> ET.Element:
    """Parse `path`; a missing file or bad XML raises MapLoadError naming the
    file (and line/column for XML errors). `used_by` says who needed the file."""
    shown = display_path(path)
    if not is_file(path):
        where = f"needed by {used_by}" if used_by else ""
        raise MapLoadError(
            [
                error(
                    shown,
                    "file not found",
                    where,
                    "check the path, or re-link the file in Tiled and save",
                )
            ]
        )
    try:
        root = ET.fromstring(read_limited(path, MAP_BYTES))
    except UnreadableFile as exc:
        raise MapLoadError([error(shown, str(exc).split(": ", 1)[-1])]) from None
    except ET.ParseError as exc:
        line, col = exc.position
        match = _MESSAGE.match(str(exc))
        what = match.group(1) if match else str(exc)
        raise MapLoadError(
            [
                error(
                    shown,
                    f"not valid XML ({what})",
                    f"line {line} col {col}",
                    "fix the file there or re-save it from Tiled",
                )
            ]
        ) from None
    except OSError as exc:
        raise MapLoadError(
            [error(shown, f"cannot read the file ({exc.strerror})")]
        ) from None

    _check_depth(root, shown)
    # root_class asks again for a map's class: answer it from this parse.
    remembered(("root class", path), lambda: _class_of(root))
    return root


def _check_depth(root: ET.Element, shown: str) -> None:
    """Refuse elements nested deeper than any Tiled file nests them (the
    readers walk groups recursively)."""
    level = [root]
    for _ in range(MAX_DEPTH + 1):
        level = [child for node in level for child in node]
        if not level:
            return
    raise MapLoadError(
        [
            error(
                shown,
                f"elements are nested more than {MAX_DEPTH} deep",
                hint="is it a file Tiled saved? Flatten the groups in Tiled and save",
            )
        ]
    )


def is_file(path: Path) -> bool:
    """True for an existing regular file; False for anything else, including
    a name the system refuses (too long, bad characters)."""
    try:
        return path.is_file()
    except (OSError, ValueError):
        return False


def png_size(path: Path) -> tuple[int, int] | None:
    """Width and height from a PNG header, or None if it is not a PNG."""
    try:
        head = read_head(path, 24)
    except OSError:
        return None
    if len(head) < 24 or head[:8] != b"\x89PNG\r\n\x1a\n":
        return None
    width, height = struct.unpack(">II", head[16:24])
    return (width, height)


def root_class(path: Path) -> str:
    """The class of the file's root element (a map's class), read from its
    first tag only (or from `read_xml`'s parse of it earlier in the same
    `one_read_per_file` block); "" if it has none or cannot be read."""
    return remembered(("root class", path), lambda: _first_class(path))


def _first_class(path: Path) -> str:
    try:
        for _event, node in ET.iterparse(path, events=("start",)):
            return _class_of(node)
    except (ET.ParseError, OSError):
        return ""
    return ""


def _class_of(node: ET.Element) -> str:
    return str(node.get("class") or node.get("type") or "")
