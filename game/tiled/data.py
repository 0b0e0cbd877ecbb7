"""Tile layer data: decode Tiled's CSV and base64 (plain, zlib, gzip) cells.

`decode_cells` turns a layer's `<data>` element into rows of raw gids (flip
flags kept). The pre-pass has already refused chunks and other encodings;
malformed data raises ValueError with a short reason.
"""

from __future__ import annotations

import base64
import binascii
import struct
import xml.etree.ElementTree as ET
import zlib

Grid = tuple[tuple[int, ...], ...]


def decode_cells(data: ET.Element, width: int, height: int) -> Grid:
    """Rows of raw gids, `height` rows of `width` cells."""
    text = (data.text or "").strip()
    if data.get("encoding") == "csv":
        flat = _csv(text)
    else:
        flat = _base64(text, data.get("compression"), 4 * width * height)
    if len(flat) != width * height:
        raise ValueError(f"{len(flat)} cells for a {width}x{height} layer")
    return tuple(tuple(flat[y * width : (y + 1) * width]) for y in range(height))


def _csv(text: str) -> list[int]:
    cells = text.split(",")
    try:
        return list(map(int, cells))  # int() skips the newlines itself
    except ValueError:
        pass  # an empty cell (a stray comma) or one that is not a number
    try:
        return [int(cell) for cell in cells if cell.strip()]
    except ValueError:
        raise ValueError("CSV cell that is not a number") from None


def _base64(text: str, compression: str | None, expected: int) -> list[int]:
    """Cells from base64 text; at most `expected` bytes are ever unpacked, so
    a small layer cannot inflate into a huge one (a decompression bomb)."""
    try:
        raw = base64.b64decode(text, validate=False)
        if compression == "zlib":
            raw = _inflate(zlib.decompressobj(), raw, expected)
        elif compression == "gzip":
            raw = _inflate(zlib.decompressobj(16 + zlib.MAX_WBITS), raw, expected)
    except (binascii.Error, zlib.error, OSError, EOFError) as exc:
        raise ValueError(f"cannot decode the base64 data: {exc}") from None
    return list(struct.unpack(f"<{len(raw) // 4}I", raw))


def _inflate(stream: zlib._Decompress, raw: bytes, expected: int) -> bytes:
    out = stream.decompress(raw, expected + 1)
    if len(out) > expected or stream.unconsumed_tail:
        raise ValueError(
            f"the data unpacks to more than the layer's {expected // 4} cells"
        )
    return out
