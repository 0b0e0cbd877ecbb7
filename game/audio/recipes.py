"""Sound and music recipes: TOML files under assets/src/audio/ read into dataclasses.

Layout (see assets/src/audio/README.md):
  audio.toml        -- sample rate, pitch reference, limiter, tone defaults
  instruments.toml  -- named tones shared by songs and sound effects
  sfx/<name>.toml   -- one sound effect: layers of voices
  music/<name>.toml -- one loop: tempo, instruments, patterns, tracks

A bad recipe raises RecipeError whose message names the file, the place in
it, what is wrong and how to fix it; nothing is half-loaded.
"""

from __future__ import annotations

import enum
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn, TypeVar

from game.audio.envelope import Envelope
from game.audio.oscillators import Wave
from game.audio.voice import Tone
from game.core.paths import assets_dir
from game.core.reading import read_text

TONE_KEYS = (
    "wave",
    "duty",
    "attack",
    "decay",
    "sustain",
    "release",
    "volume",
    "sweep",
    "sweep_time",
    "vibrato_rate",
    "vibrato_depth",
    "detune",
    "lowpass",
    "highpass",
)
INSTRUMENT_KEYS = (*TONE_KEYS, "like", "note", "gate")
T = TypeVar("T")


class _Missing(enum.Enum):
    """The default of a key that must be present."""

    TOKEN = enum.auto()


_MISSING = _Missing.TOKEN


class RecipeError(ValueError):
    """A recipe that cannot be used; str() is a complete, readable message."""


def recipes_dir() -> Path:
    return assets_dir() / "src" / "audio"


@dataclass(frozen=True)
class AudioConfig:
    """Build-wide settings from audio.toml."""

    sample_rate: int
    reference_a4: float
    limiter_knee: float
    limiter_ceiling: float
    tone_defaults: dict[str, Any]


@dataclass(frozen=True)
class Instrument:
    """A tone plus how the sequencer plays it: `note` for `x` hits, `gate`
    = the fraction of a note's steps it is held before release."""

    tone: Tone
    note: str
    gate: float


class Table:
    """Reads typed keys from one TOML table, naming file and place on error."""

    def __init__(self, data: Any, file: str, where: str) -> None:
        if not isinstance(data, dict):
            self.fail("must be a table", "write it as [name] or {key = value}", where)
        self.data: dict[str, Any] = data
        self.file, self.where = file, where

    def fail(self, what: str, hint: str = "", where: str | None = None) -> NoReturn:
        place = where if where is not None else self.where
        text = f"{getattr(self, 'file', '?')} › {place}: {what}"
        raise RecipeError(f"{text} — {hint}" if hint else text)

    def _key_fail(self, key: str, what: str, hint: str = "") -> NoReturn:
        self.fail(what, hint, f"{self.where}.{key}" if self.where else key)

    def get(self, key: str, kind: type[T], default: T | _Missing = _MISSING) -> T:
        if key not in self.data:
            if default is _MISSING:
                self._key_fail(key, "is missing", f"add {key} = ...")
            return default
        value = self.data[key]
        if kind is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            self._key_fail(key, f"must be {kind.__name__}, got {value!r}")
        return value

    def number(
        self, key: str, low: float, high: float, default: float | _Missing = _MISSING
    ) -> float:
        value = self.get(key, float, default)
        if not low <= value <= high:
            self._key_fail(key, f"{value} is out of range", f"use {low} to {high}")
        return value

    def strings(self, key: str) -> list[str]:
        value = self.get(key, list)
        if not all(isinstance(item, str) for item in value):
            self._key_fail(key, "must be a list of strings")
        return value

    def sub(self, key: str) -> Table:
        where = f"{self.where}.{key}" if self.where else key
        return Table(self.get(key, dict), self.file, where)

    def check_keys(self, allowed: tuple[str, ...] | list[str]) -> None:
        for key in self.data:
            if key not in allowed:
                self._key_fail(
                    key, "is not a known key", "use one of " + ", ".join(allowed)
                )


def read_toml(path: Path) -> dict[str, Any]:
    """Parse a TOML file; syntax errors become RecipeError naming the file."""
    try:
        return tomllib.loads(read_text(path))
    except FileNotFoundError:
        raise RecipeError(f"{path}: file not found") from None
    except tomllib.TOMLDecodeError as exc:
        raise RecipeError(f"{path}: {exc} — fix the TOML syntax there") from None


def load_config(root: Path | None = None) -> AudioConfig:
    path = (root or recipes_dir()) / "audio.toml"
    table = Table(read_toml(path), str(path), "")
    table.check_keys(["sample_rate", "reference_a4", "limiter", "tone_defaults"])
    limiter = table.sub("limiter")
    limiter.check_keys(["knee", "ceiling"])
    defaults = table.sub("tone_defaults")
    defaults.check_keys(list(TONE_KEYS))
    return AudioConfig(
        sample_rate=table.get("sample_rate", int),
        reference_a4=table.number("reference_a4", 400.0, 480.0),
        limiter_knee=limiter.number("knee", 0.1, 0.99),
        limiter_ceiling=limiter.number("ceiling", 0.2, 0.99),
        tone_defaults=dict(defaults.data),
    )


def parse_tone(table: Table, sample_rate: int) -> Tone:
    """A Tone from a table that already holds every TONE_KEYS entry."""
    wave_name = table.get("wave", str)
    try:
        wave = Wave(wave_name)
    except ValueError:
        names = ", ".join(w.value for w in Wave)
        table._key_fail("wave", f"unknown wave {wave_name!r}", f"use one of {names}")
    nyquist = sample_rate / 2
    return Tone(
        wave=wave,
        duty=table.number("duty", 0.01, 0.99),
        envelope=Envelope(
            attack=table.number("attack", 0.0, 10.0),
            decay=table.number("decay", 0.0, 10.0),
            sustain=table.number("sustain", 0.0, 1.0),
            release=table.number("release", 0.0, 10.0),
        ),
        volume=table.number("volume", 0.0, 4.0),
        sweep=table.number("sweep", -96.0, 96.0),
        sweep_time=table.number("sweep_time", 0.0, 60.0),
        vibrato_rate=table.number("vibrato_rate", 0.0, 40.0),
        vibrato_depth=table.number("vibrato_depth", 0.0, 12.0),
        detune=table.number("detune", 0.0, 100.0),
        lowpass=table.number("lowpass", 0.0, nyquist),
        highpass=table.number("highpass", 0.0, nyquist),
    )


def resolve_instrument(
    name: str, pool: dict[str, Table], chain: tuple[str, ...] = ()
) -> dict[str, Any]:
    """An instrument's own keys over those of the one it is `like` (recursively)."""
    table = pool[name]
    table.check_keys(INSTRUMENT_KEYS)
    parent = table.get("like", str, "")
    if not parent:
        return dict(table.data)
    if parent not in pool:
        table._key_fail("like", f"unknown instrument {parent!r}")
    if parent in chain:
        table._key_fail("like", "instruments are `like` each other in a circle")
    merged = resolve_instrument(parent, pool, (*chain, name))
    merged.update(table.data)
    return merged


def parse_instrument(
    data: dict[str, Any], config: AudioConfig, table: Table
) -> Instrument:
    merged = {**config.tone_defaults, **data}
    merged.pop("like", None)
    full = Table(merged, table.file, table.where)
    return Instrument(
        tone=parse_tone(full, config.sample_rate),
        note=full.get("note", str, "C4"),
        gate=full.number("gate", 0.05, 1.0, 1.0),
    )


def load_instrument_pool(root: Path | None = None) -> dict[str, Table]:
    """The shared instruments.toml as name -> Table (resolved on use)."""
    path = (root or recipes_dir()) / "instruments.toml"
    data = read_toml(path)
    return {name: Table(value, str(path), name) for name, value in data.items()}
