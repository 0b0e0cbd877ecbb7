"""Guarded reading: only regular files, only up to a size, with clear words."""

from __future__ import annotations

import ast
import os
from pathlib import Path

import pytest

from game.core.paths import project_root
from game.core.reading import UnreadableFile, read_head, read_limited, read_text


def test_a_regular_file_within_its_limit_is_read(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes(b"hello")
    assert read_limited(path, 10) == b"hello"


def test_a_file_over_its_limit_is_refused_before_reading(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes(b"x" * 5000)
    with pytest.raises(UnreadableFile, match=r"big\.txt: 4 KB is more than the 2 KB"):
        read_limited(path, 2048)


def test_a_folder_is_not_a_file(tmp_path):
    with pytest.raises(UnreadableFile, match="not a regular file"):
        read_limited(tmp_path, 10)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_fifo_is_refused_without_blocking(tmp_path):
    path = tmp_path / "pipe"
    os.mkfifo(path)
    with pytest.raises(UnreadableFile, match="not a regular file"):
        read_limited(path, 10)


def test_a_missing_file_is_reported_as_missing(tmp_path):
    with pytest.raises(FileNotFoundError):
        read_limited(tmp_path / "gone.txt", 10)


def test_text_that_is_not_utf8_is_refused_with_its_byte(tmp_path):
    path = tmp_path / "latin.json"
    path.write_bytes(b'{"name": "caf\xe9"}')
    with pytest.raises(UnreadableFile, match=r"not UTF-8 text \(byte 13\)"):
        read_text(path)


def test_utf8_text_is_read(tmp_path):
    path = tmp_path / "ok.json"
    path.write_text('{"name": "café"}', encoding="utf-8")
    assert read_text(path) == '{"name": "café"}'


# Build tools that write our own art and sound, and developer tools that only
# compare or lay out files in the checkout, may read directly.
DIRECT_READERS = {
    "game/core/reading.py",
    "game/tools/build_assets.py",
    "game/tools/build_audio.py",
    "game/tools/contact_sheet.py",
    "game/tools/tiled_layout.py",
}


def _reads(node: ast.AST) -> bool:
    """A call that reads a file: Path.read_text/read_bytes, open() or
    Path.open() for reading, or pygame loading from a path."""
    if not isinstance(node, ast.Call):
        return False
    name = node.func.attr if isinstance(node.func, ast.Attribute) else ""
    name = node.func.id if isinstance(node.func, ast.Name) else name
    if name in ("read_text", "read_bytes"):
        return isinstance(node.func, ast.Attribute)  # not our own read_text()
    if name in ("load", "Sound"):  # pygame.image.load / mixer.Sound
        first = node.args[0] if node.args else None
        return _is_pygame(node.func) and not _is_buffer(first)
    if name != "open" or not _is_file_open(node):
        return False
    modes = node.args[1:2] + [k.value for k in node.keywords if k.arg == "mode"]
    if isinstance(node.func, ast.Attribute):  # Path.open(mode)
        modes = node.args[:1] + [k.value for k in node.keywords if k.arg == "mode"]
    mode = modes[0].value if modes and isinstance(modes[0], ast.Constant) else "r"
    return "r" in str(mode)


def _is_pygame(func: ast.expr) -> bool:
    return "pygame" in ast.unparse(func)


def _is_buffer(arg: ast.expr | None) -> bool:
    return arg is not None and "BytesIO" in ast.unparse(arg)


def _is_file_open(node: ast.Call) -> bool:
    """open(...) or PATH.open(...), not wave.open / os.open / stage.open."""
    if isinstance(node.func, ast.Name):
        return True
    owner = ast.unparse(node.func.value)  # type: ignore[attr-defined]
    return owner not in ("wave", "os", "self", "self.stage", "stage")


def _direct_reads(path: Path) -> list[int]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [node.lineno for node in ast.walk(tree) if _reads(node)]


def test_the_game_reads_files_only_through_the_guarded_reader():
    root = project_root()
    found = []
    for path in sorted((root / "game").rglob("*.py")):
        shown = path.relative_to(root).as_posix()
        if shown in DIRECT_READERS or shown.startswith("game/art/"):
            continue
        found += [f"{shown}:{line}" for line in _direct_reads(path)]
    assert found == []


def test_a_header_is_read_without_the_rest(tmp_path):
    path = tmp_path / "a.png"
    path.write_bytes(b"\x89PNG" + b"x" * 5000)
    assert read_head(path, 4) == b"\x89PNG"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
def test_a_header_of_a_fifo_is_refused_without_blocking(tmp_path):
    path = tmp_path / "pipe.png"
    os.mkfifo(path)
    with pytest.raises(UnreadableFile, match="not a regular file"):
        read_head(path, 24)
