"""Where the content is found: the checkout in place, else the packaged copy."""

from pathlib import Path

from game.core import paths


def test_a_checkout_runs_on_its_own_content_folders():
    root = Path(__file__).resolve().parents[2]
    assert paths.project_root() == root
    assert paths.maps_dir() == root / "maps"


def test_without_a_checkout_beside_the_package_the_packaged_copy_is_used(
    monkeypatch, tmp_path
):
    monkeypatch.setattr(paths, "checkout_root", lambda: tmp_path)
    packaged = Path(paths.__file__).resolve().parents[1] / "content"
    assert paths.project_root() == packaged
    assert paths.dialogue_dir() == packaged / "dialogue"


def test_a_folder_is_a_content_root_only_with_both_project_files(tmp_path):
    (tmp_path / "maps").mkdir()
    (tmp_path / "maps" / "smile.tiled-project").write_text("{}")
    assert not paths.is_content_root(tmp_path)
    (tmp_path / "dialogue").mkdir()
    (tmp_path / "dialogue" / "smile.yarnproject").write_text("{}")
    assert paths.is_content_root(tmp_path)
