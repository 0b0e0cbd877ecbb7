"""What can go wrong reading or writing a save, told in words a player can act on."""

from __future__ import annotations

from enum import Enum
from pathlib import Path


class Damage(Enum):
    """Why a save file could not be loaded; the value is a short description."""

    MISSING = "is missing"
    UNREADABLE = "could not be read from disk"
    TRUNCATED = "is cut short (truncated)"
    NOT_JSON = "is not valid JSON"
    WRONG_SHAPE = "is not a Smile Protocol save of the expected shape"
    CHECKSUM = "failed its checksum (the contents were altered or damaged)"
    NEWER_VERSION = "was made by a newer version of the game"


class LoadError(Exception):
    """A save could not be loaded. `path` names the file, `kind` the damage,
    `detail` the specifics; `str()` is a full sentence for the player."""

    def __init__(
        self, path: Path, kind: Damage, detail: str = "", what: str = "Save file"
    ) -> None:
        self.path = Path(path)
        self.kind = kind
        self.detail = detail
        self.what = what
        super().__init__(self.message)

    @property
    def message(self) -> str:
        text = f"{self.what} {self.path.name} {self.kind.value}"
        text += f": {self.detail}." if self.detail else "."
        if self.kind is Damage.NEWER_VERSION:
            text += " Update the game to load it; the file was left untouched."
        return text


class SaveError(Exception):
    """A save could not be written (disk full, read-only folder, bad data).
    The previous save in that slot is unchanged."""


class ShapeError(ValueError):
    """Save data has a missing field or a value of the wrong type."""
