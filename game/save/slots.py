"""SaveStore: the save slots on disk -- manual, quick and rotating autosaves.

Each slot is one file `<slot>.json` in the store's folder, written with
`write_atomic`, so `<slot>.json.bak` holds the version before it. Reading
never modifies a file. (No pygame.)
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from game.core.paths import data_dir
from game.core.reading import SAVE_BYTES, read_limited
from game.save.atomic import backup_path, remove_stale_temps, write_atomic
from game.save.codec import decode_save, encode_save
from game.save.errors import Damage, LoadError, SaveError
from game.save.model import SaveGame, parse_time

MANUAL_SLOT_COUNT = 9
AUTOSAVE_SLOT_COUNT = 3
QUICK_SLOT = "quick"


class SlotKind(Enum):
    MANUAL = "manual"
    QUICK = "quick"
    AUTO = "auto"


def manual_slots() -> tuple[str, ...]:
    return tuple(f"slot-{n}" for n in range(1, MANUAL_SLOT_COUNT + 1))


def autosave_slots() -> tuple[str, ...]:
    return tuple(f"auto-{n}" for n in range(1, AUTOSAVE_SLOT_COUNT + 1))


def all_slots() -> tuple[str, ...]:
    """Every slot id, in the order the Save/Load screens list them."""
    return (QUICK_SLOT, *autosave_slots(), *manual_slots())


def slot_kind(slot: str) -> SlotKind:
    if slot == QUICK_SLOT:
        return SlotKind.QUICK
    if slot in autosave_slots():
        return SlotKind.AUTO
    if slot in manual_slots():
        return SlotKind.MANUAL
    raise ValueError(f"unknown save slot {slot!r}; slots are {', '.join(all_slots())}")


@dataclass(frozen=True)
class SlotSummary:
    """What the Save/Load screens show for one slot.

    game   -- the loaded save (None if empty or damaged).
    error  -- why the slot's file could not be loaded (None if fine or empty).
    has_backup -- a `.bak` version exists (offered when the slot is damaged).
    """

    slot: str
    kind: SlotKind
    game: SaveGame | None = None
    error: LoadError | None = None
    has_backup: bool = False

    @property
    def empty(self) -> bool:
        return self.game is None and self.error is None

    @property
    def episode(self) -> int | None:
        return self.game.episode if self.game else None

    @property
    def location(self) -> str:
        return self.game.label if self.game else ""

    @property
    def saved_at(self) -> str:
        return self.game.saved_at if self.game else ""

    @property
    def thumbnail(self) -> bytes:
        return self.game.thumbnail if self.game else b""


class SaveStore:
    """The slots in one folder (default: `data_dir()/saves`)."""

    def __init__(self, directory: Path | None = None) -> None:
        self.directory = Path(directory) if directory else data_dir() / "saves"

    def path(self, slot: str) -> Path:
        """The slot's file; raises ValueError for an unknown slot id."""
        slot_kind(slot)
        return self.directory / f"{slot}.json"

    def save(self, slot: str, game: SaveGame) -> Path:
        """Write `game` to `slot`; the slot's previous save becomes its backup
        (unless that file was damaged: then the older, good backup is kept).
        Raises SaveError with the slot unchanged if writing fails."""
        path = self.path(slot)
        data = encode_save(game)
        keep = path.exists() and self._loads(path)
        try:
            write_atomic(path, data, keep_backup=keep)
        except OSError as exc:
            raise SaveError(f"Could not write {path}: {exc.strerror or exc}") from exc
        return path

    def load(self, slot: str) -> SaveGame:
        """The save in `slot`; raises LoadError naming the file and the damage."""
        return read_save(self.path(slot))

    def load_backup(self, slot: str) -> SaveGame:
        """The previous save of `slot` (its `.bak`); raises LoadError."""
        return read_save(backup_path(self.path(slot)))

    def has_backup(self, slot: str) -> bool:
        return backup_path(self.path(slot)).exists()

    def delete(self, slot: str) -> None:
        """Remove the slot's save and its backup (missing files are fine)."""
        path = self.path(slot)
        for target in (path, backup_path(path)):
            with contextlib.suppress(FileNotFoundError):
                target.unlink()
        remove_stale_temps(path)

    def summary(self, slot: str) -> SlotSummary:
        path = self.path(slot)
        kind, backup = slot_kind(slot), backup_path(path).exists()
        if not path.exists():
            return SlotSummary(slot, kind, has_backup=backup)
        try:
            return SlotSummary(slot, kind, game=read_save(path), has_backup=backup)
        except LoadError as exc:
            return SlotSummary(slot, kind, error=exc, has_backup=backup)

    def list_slots(self) -> list[SlotSummary]:
        """A summary of every slot, in `all_slots()` order."""
        return [self.summary(slot) for slot in all_slots()]

    def newest(self) -> tuple[str, SaveGame] | None:
        """The most recently saved loadable slot (for the title's Continue)."""
        loaded = [(s.slot, s.game) for s in self.list_slots() if s.game]
        if not loaded:
            return None
        return max(loaded, key=lambda pair: self._age_key(pair[0], pair[1]))

    def autosave(self, game: SaveGame) -> str:
        """Write `game` over the oldest (or first empty) autosave slot; returns it."""
        slot = self.next_autosave_slot()
        self.save(slot, game)
        return slot

    def next_autosave_slot(self) -> str:
        summaries = [self.summary(slot) for slot in autosave_slots()]
        for summary in summaries:
            if summary.empty or summary.error:
                return summary.slot
        return min(summaries, key=lambda s: self._age_key(s.slot, s.game)).slot

    def _age_key(self, slot: str, game: SaveGame | None) -> tuple[float, int]:
        # saved_at first; the file time breaks ties within the same second.
        moment = parse_time(game.saved_at) if game else None
        stamp = moment.timestamp() if moment else float("-inf")
        try:
            mtime = self.path(slot).stat().st_mtime_ns
        except OSError:
            mtime = 0
        return stamp, mtime

    def _loads(self, path: Path) -> bool:
        try:
            read_save(path)
        except LoadError:
            return False
        return True


def read_save(path: Path) -> SaveGame:
    """Load one save file; raises LoadError (never another exception)."""
    try:
        raw = read_limited(path, SAVE_BYTES)
    except FileNotFoundError as exc:
        raise LoadError(path, Damage.MISSING) from exc
    except OSError as exc:
        raise LoadError(path, Damage.UNREADABLE, exc.strerror or str(exc)) from exc
    return decode_save(raw, path)
