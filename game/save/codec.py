"""SaveGame <-> file bytes: canonical JSON, a sha256 checksum, version checks,
migrations, and a LoadError naming the kind of damage (no pygame).

File layout: one JSON object, `SaveGame.to_dict()` plus `checksum`, the
sha256 hex digest of the object without `checksum` written canonically
(sorted keys, no spaces, ASCII). Versions before FIRST_CHECKSUMMED_VERSION
have no checksum.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from game.save import shape
from game.save.errors import Damage, LoadError, SaveError, ShapeError
from game.save.migrations import FIRST_CHECKSUMMED_VERSION, SCHEMA_VERSION, migrate
from game.save.model import SAVE_KIND, SaveGame

# What a broken migration or unexpected value can raise while being read.
_SHAPE_FAILURES = (
    ShapeError,
    KeyError,
    TypeError,
    ValueError,
    AttributeError,
    OverflowError,
    OSError,
)


def canonical_json(data: Any) -> bytes:
    """The one byte form that checksums are computed over."""
    return json.dumps(
        data, sort_keys=True, separators=(",", ":"), ensure_ascii=True, allow_nan=False
    ).encode("ascii")


def checksum(data: dict[str, Any]) -> str:
    """sha256 hex of the canonical JSON of `data` minus its `checksum` key."""
    body = {k: v for k, v in data.items() if k != "checksum"}
    return hashlib.sha256(canonical_json(body)).hexdigest()


def encode_save(game: SaveGame) -> bytes:
    """The file bytes for `game`. Raises SaveError for unwritable values
    (e.g. a NaN story number)."""
    data = game.to_dict()
    try:
        data["checksum"] = checksum(data)
        text = json.dumps(data, indent=1, sort_keys=True, allow_nan=False)
    except (TypeError, ValueError) as exc:
        raise SaveError(f"the game state could not be written as JSON: {exc}") from exc
    return (text + "\n").encode("utf-8")


def decode_save(raw: bytes, path: Path) -> SaveGame:
    """Read a save file's bytes; raises LoadError (naming `path`) and nothing else."""
    data = parse_json(raw, path)
    version = read_version(data, path)
    if version >= FIRST_CHECKSUMMED_VERSION:
        verify_checksum(data, path)
    try:
        current = migrate({k: v for k, v in data.items() if k != "checksum"}, version)
        return SaveGame.from_dict(current)
    except _SHAPE_FAILURES as exc:
        raise LoadError(path, Damage.WRONG_SHAPE, _describe(exc)) from exc


def parse_json(raw: bytes, path: Path) -> dict[str, Any]:
    """The top-level JSON object of a file, or LoadError (truncated / not JSON)."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.reason == "unexpected end of data":
            raise LoadError(path, Damage.TRUNCATED, "it ends mid-character") from exc
        raise LoadError(path, Damage.NOT_JSON, "it is not UTF-8 text") from exc
    if not text.strip():
        raise LoadError(path, Damage.TRUNCATED, "the file is empty")
    data = _loads(text, path)
    if not isinstance(data, dict):
        raise LoadError(path, Damage.WRONG_SHAPE, "the top level is not an object")
    return data


def _loads(text: str, path: Path) -> Any:
    try:
        return json.loads(text, parse_constant=_reject_constant)
    except json.JSONDecodeError as exc:
        if _ran_out(exc, text):
            raise LoadError(path, Damage.TRUNCATED, "it ends early") from exc
        where = f"line {exc.lineno} column {exc.colno}: {exc.msg}"
        raise LoadError(path, Damage.NOT_JSON, where) from exc
    except RecursionError as exc:
        raise LoadError(path, Damage.NOT_JSON, "it is nested too deeply") from exc
    except ValueError as exc:  # e.g. NaN, or an integer with thousands of digits
        raise LoadError(path, Damage.NOT_JSON, str(exc)) from exc


def _ran_out(exc: json.JSONDecodeError, text: str) -> bool:
    """The decoder hit the end of the text: the file was cut short."""
    # A cut inside a string is reported at the string's start, not the end.
    return exc.pos >= len(text.rstrip()) or exc.msg.startswith("Unterminated string")


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def read_version(data: dict[str, Any], path: Path) -> int:
    """The save's schema version; refuses foreign files and newer versions."""
    if data.get("kind") != SAVE_KIND:
        raise LoadError(path, Damage.WRONG_SHAPE, "it is not marked as a save")
    try:
        version = shape.integer(data.get("schema_version"), "schema_version")
    except ShapeError as exc:
        raise LoadError(path, Damage.WRONG_SHAPE, str(exc)) from exc
    if version < 1:
        raise LoadError(path, Damage.WRONG_SHAPE, f"save format {version} is unknown")
    if version > SCHEMA_VERSION:
        detail = (
            f"it uses save format {version}; this game reads up to {SCHEMA_VERSION}"
        )
        raise LoadError(path, Damage.NEWER_VERSION, detail)
    return version


def verify_checksum(data: dict[str, Any], path: Path) -> None:
    stored = data.get("checksum")
    if not isinstance(stored, str):
        raise LoadError(path, Damage.CHECKSUM, "the checksum is missing")
    try:
        actual = checksum(data)
    except ValueError as exc:  # a value canonical JSON refuses
        raise LoadError(path, Damage.CHECKSUM, str(exc)) from exc
    if actual != stored:
        raise LoadError(path, Damage.CHECKSUM, "the contents do not match it")


def _describe(exc: Exception) -> str:
    if isinstance(exc, ShapeError):
        return str(exc)
    if isinstance(exc, KeyError):
        return f"the field {exc.args[0]!r} is missing"
    return f"a value has the wrong type ({exc})"
