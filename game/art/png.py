"""A tiny deterministic PNG writer for palette-indexed images (no pygame).

Built sheets are committed and a test rebuilds them byte for byte, so the
encoder must not depend on library versions: we write colour type 3 (indexed)
with a fixed zlib level and no timestamps. Slot 255 of the input is written
as a transparent palette entry.
"""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import numpy as np

from game.art.grid import TRANSPARENT_INDEX, Picture
from game.art.palette import Palette


def _chunk(kind: bytes, data: bytes) -> bytes:
    body = kind + data
    return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))


def encode_png(indices: Picture, palette: Palette) -> bytes:
    """Encode an (H, W) uint8 array of palette slots as an indexed PNG."""
    height, width = indices.shape
    used = len(palette.colors)
    pixels = np.where(indices == TRANSPARENT_INDEX, used, indices).astype(np.uint8)
    if int(pixels.max(initial=0)) > used:
        raise ValueError("pixel index outside the palette")
    plte = b"".join(bytes(c) for c in palette.colors) + b"\x00\x00\x00"
    trns = b"\xff" * used + b"\x00"
    rows = np.concatenate([np.zeros((height, 1), np.uint8), pixels], axis=1)
    header = struct.pack(">IIBBBBB", width, height, 8, 3, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"PLTE", plte)
        + _chunk(b"tRNS", trns)
        + _chunk(b"IDAT", zlib.compress(rows.tobytes(), 9))
        + _chunk(b"IEND", b"")
    )


def write_png(path: Path, indices: Picture, palette: Palette) -> bool:
    """Write the PNG if its bytes differ from what is there; True if written."""
    data = encode_png(indices, palette)
    if path.exists() and path.read_bytes() == data:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return True
