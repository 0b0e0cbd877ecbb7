"""The Tiled project file: enums and classes (with member defaults). No pygame.

Tiled keeps class-member defaults only in `maps/smile.tiled-project`; a map
stores just the members a designer changed. The loader asks this module for
the defaults to fill in.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from game.core.paths import maps_dir
from game.core.reading import read_text

PROJECT_NAME = "smile.tiled-project"


@dataclass(frozen=True)
class Member:
    """One class member: `type` is Tiled's (string, bool, int, float, file,
    object, color); `enum` names the enum for enum-typed members; `filled`
    False: the loader leaves the member unset (the game's own fallback)."""

    name: str
    type: str
    default: object
    enum: str = ""
    filled: bool = True


@dataclass(frozen=True)
class ClassType:
    name: str
    members: tuple[Member, ...]
    use_as: tuple[str, ...] = ()


@dataclass
class Project:
    """The parts of the project file the game reads."""

    path: Path | None = None
    enums: dict[str, tuple[str, ...]] = field(default_factory=dict)
    classes: dict[str, ClassType] = field(default_factory=dict)

    def members(self, class_name: str) -> tuple[Member, ...]:
        found = self.classes.get(class_name)
        return found.members if found else ()


class ProjectError(ValueError):
    """The project file cannot be read; the message names the file."""


def default_project_path() -> Path:
    return maps_dir() / PROJECT_NAME


def load_project(path: Path | None = None) -> Project:
    """Read the project's enums and classes; a missing file gives an empty
    Project (no defaults), an unreadable one raises ProjectError."""
    path = path or default_project_path()
    if not path.exists():
        return Project(path=None)
    try:
        data = json.loads(read_text(path))
    except (OSError, json.JSONDecodeError) as exc:
        raise ProjectError(
            f"{path.name}: cannot read the project file ({exc})"
        ) from None
    return parse_project(data, path)


def parse_project(data: dict[str, Any], path: Path | None = None) -> Project:
    project = Project(path=path)
    for entry in data.get("propertyTypes", []):
        if entry.get("type") == "enum":
            project.enums[entry["name"]] = tuple(entry.get("values", []))
        elif entry.get("type") == "class":
            project.classes[entry["name"]] = _class_type(entry)
    return project


def _class_type(entry: dict[str, Any]) -> ClassType:
    members = tuple(
        Member(
            name=m["name"],
            type=m.get("type", "string"),
            default=m.get("value", ""),
            enum=m.get("propertyType", ""),
            filled=m.get("filled", True) is not False,
        )
        for m in entry.get("members", [])
    )
    return ClassType(entry["name"], members, tuple(entry.get("useAs", [])))
