import os

import pytest

from game.save import atomic
from game.save.atomic import backup_path, write_atomic


def test_a_new_file_gets_the_bytes_and_no_backup(tmp_path):
    target = tmp_path / "deep" / "slot.json"
    write_atomic(target, b"first")
    assert target.read_bytes() == b"first"
    assert not backup_path(target).exists()


def test_the_previous_version_becomes_the_backup(tmp_path):
    target = tmp_path / "slot.json"
    write_atomic(target, b"first")
    write_atomic(target, b"second")
    write_atomic(target, b"third")
    assert target.read_bytes() == b"third"
    assert backup_path(target).read_bytes() == b"second"


def test_no_temporary_files_are_left_behind(tmp_path):
    target = tmp_path / "slot.json"
    for n in range(3):
        write_atomic(target, str(n).encode())
    assert sorted(p.name for p in tmp_path.iterdir()) == ["slot.json", "slot.json.bak"]


def test_leftovers_of_a_killed_write_are_removed_by_the_next_write(tmp_path):
    target = tmp_path / "slot.json"
    stray = tmp_path / ".slot.json.abc123.tmp"
    stray.write_bytes(b"half a sa")
    os.utime(stray, (1, 1))  # left long ago
    write_atomic(target, b"whole")
    assert not stray.exists()


def test_a_fresh_temp_file_of_another_writer_is_left_alone(tmp_path):
    target = tmp_path / "slot.json"
    other = tmp_path / ".slot.json.other.tmp"
    other.write_bytes(b"being written by another copy")
    write_atomic(target, b"whole")
    assert other.exists()


def test_a_failed_replace_leaves_the_old_file_and_no_temp(tmp_path, monkeypatch):
    target = tmp_path / "slot.json"
    write_atomic(target, b"old")

    def refuse(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "replace", refuse)
    with pytest.raises(OSError):
        write_atomic(target, b"new")
    monkeypatch.undo()
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_without_hard_links_the_backup_is_a_copy(tmp_path, monkeypatch):
    target = tmp_path / "slot.json"
    write_atomic(target, b"first")

    def no_links(src, dst):
        raise OSError(1, "Operation not permitted")

    monkeypatch.setattr(atomic.os, "link", no_links)
    write_atomic(target, b"second")
    assert backup_path(target).read_bytes() == b"first"
    assert target.read_bytes() == b"second"


def test_keep_backup_false_leaves_the_existing_backup_alone(tmp_path):
    target = tmp_path / "slot.json"
    write_atomic(target, b"good")
    write_atomic(target, b"damaged")
    write_atomic(target, b"new", keep_backup=False)
    assert backup_path(target).read_bytes() == b"good"
    assert os.path.getsize(target) == 3
