"""What the wheel ships: the content folders, the package's data, the licenses."""

import importlib.util
import subprocess
import tomllib
from fnmatch import fnmatch
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))


def setup_script():
    spec = importlib.util.spec_from_file_location("smile_setup", ROOT / "setup.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def tracked(folder):
    listing = subprocess.run(
        ["git", "ls-files", folder], cwd=ROOT, capture_output=True, text=True
    )
    return set(listing.stdout.split())


def test_the_build_copies_every_tracked_content_file_into_the_package(tmp_path):
    setup_script().copy_content(ROOT, tmp_path)
    content = tmp_path / "game" / "content"
    shipped = {
        path.relative_to(content).as_posix()
        for path in content.rglob("*")
        if path.is_file()
    }
    expected = set()
    for folder in ("assets", "maps", "dialogue"):
        expected |= {name for name in tracked(folder) if "project-python" not in name}
    assert expected <= shipped


def test_the_build_leaves_editor_sessions_and_caches_behind(tmp_path):
    source = tmp_path / "source"
    for folder in ("assets", "maps", "dialogue"):
        (source / folder / "__pycache__").mkdir(parents=True)
        (source / folder / "kept.json").write_text("{}")
    (source / "maps" / "smile.tiled-session").write_text("{}")
    setup_script().copy_content(source, tmp_path / "out")
    maps = tmp_path / "out" / "game" / "content" / "maps"
    assert sorted(path.name for path in maps.iterdir()) == ["kept.json"]


def test_every_data_file_inside_the_game_package_is_package_data():
    patterns = PYPROJECT["tool"]["setuptools"]["package-data"]["*"]
    data = [name for name in tracked("game") if not name.endswith(".py")]
    assert data, "the package has data files (e.g. game/world/tuning.json)"
    for name in data:
        assert any(fnmatch(Path(name).name, pattern) for pattern in patterns), name


def test_the_license_is_an_spdx_expression_with_its_file():
    project = PYPROJECT["project"]
    assert project["license"] == "MIT AND CC-BY-4.0"
    assert project["license-files"] == ["LICENSE"]
    text = (ROOT / "LICENSE").read_text("utf-8")
    assert "MIT License" in text and "Attribution 4.0 International" in text


def test_the_readme_says_which_license_covers_what():
    readme = (ROOT / "README.md").read_text("utf-8")
    assert "MIT" in readme and "CC BY 4.0" in readme


def test_the_changelog_has_an_entry_for_this_version():
    changelog = (ROOT / "CHANGELOG.md").read_text("utf-8")
    assert f"## {PYPROJECT['project']['version']}" in changelog
