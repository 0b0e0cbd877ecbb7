"""Guarded reading: only regular files, only up to a size, with clear words."""

from __future__ import annotations

import os

import pytest

from game.core.reading import UnreadableFile, read_limited


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
