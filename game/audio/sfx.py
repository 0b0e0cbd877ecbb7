"""Sound effects: a recipe of voice layers rendered to one short clip."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from game.audio.master import soft_limit
from game.audio.notes import frequency
from game.audio.recipes import (
    TONE_KEYS,
    AudioConfig,
    Table,
    parse_instrument,
    read_toml,
    resolve_instrument,
)
from game.audio.samples import Signal
from game.audio.voice import Tone, apply_filters, render_voice

LAYER_KEYS = (
    *TONE_KEYS,
    "instrument",
    "note",
    "notes",
    "freq",
    "step",
    "start",
    "length",
)


@dataclass(frozen=True)
class Layer:
    """Notes of one tone: note i starts at `start + i * step` and is held `length` s."""

    tone: Tone
    freqs: tuple[float, ...]
    start: float
    step: float
    length: float


@dataclass(frozen=True)
class SoundRecipe:
    name: str
    seed: int
    gain: float
    layers: tuple[Layer, ...]


def _layer_freqs(
    table: Table, config: AudioConfig, default_note: str
) -> tuple[float, ...]:
    if "freq" in table.data:
        return (table.number("freq", 1.0, config.sample_rate * 2.0),)
    names = table.strings("notes") if "notes" in table.data else []
    if not names:
        names = [table.get("note", str, default_note)]
    try:
        return tuple(frequency(n, config.reference_a4) for n in names)
    except ValueError as exc:
        table.fail(str(exc))
        raise  # unreachable: fail() raises


def _parse_layer(table: Table, config: AudioConfig, pool: dict[str, Table]) -> Layer:
    table.check_keys(LAYER_KEYS)
    base: dict[str, Any] = {}
    name = table.get("instrument", str, "")
    if name:
        if name not in pool:
            table._key_fail("instrument", f"unknown instrument {name!r}")
        base = resolve_instrument(name, pool)
    own = {k: v for k, v in table.data.items() if k in TONE_KEYS}
    instrument = parse_instrument({**base, **own}, config, table)
    length = table.number("length", 0.0, 30.0)
    return Layer(
        tone=instrument.tone,
        freqs=_layer_freqs(table, config, instrument.note),
        start=table.number("start", 0.0, 30.0, 0.0),
        step=table.number("step", 0.0, 30.0, length),
        length=length,
    )


def load_sound(path: Path, config: AudioConfig, pool: dict[str, Table]) -> SoundRecipe:
    """Read sfx/<name>.toml; RecipeError names the file and layer on mistakes."""
    table = Table(read_toml(path), str(path), "")
    table.check_keys(["seed", "gain", "layers"])
    raw_layers = table.get("layers", list)
    layers = tuple(
        _parse_layer(Table(item, table.file, f"layers[{i}]"), config, pool)
        for i, item in enumerate(raw_layers)
    )
    if not layers:
        table.fail("has no [[layers]]", "add at least one [[layers]] table")
    return SoundRecipe(
        name=path.stem,
        seed=table.get("seed", int, 0),
        gain=table.number("gain", 0.0, 4.0, 1.0),
        layers=layers,
    )


def _render_layer(
    layer: Layer, rate: int, rng: np.random.Generator
) -> tuple[int, Signal]:
    """(first sample, samples) of a layer; filters run over the layer as a whole."""
    hold = max(1, round(layer.length * rate))
    voices = [render_voice(layer.tone, f, hold, rate, rng) for f in layer.freqs]
    step = round(layer.step * rate)
    out = np.zeros(step * (len(voices) - 1) + len(voices[0]))
    for i, voice in enumerate(voices):
        out[i * step : i * step + len(voice)] += voice
    return round(layer.start * rate), apply_filters(layer.tone, out, rate)


def render_sound(recipe: SoundRecipe, config: AudioConfig) -> Signal:
    """The finished clip as floats in (-ceiling, ceiling); same recipe, same samples."""
    rng = np.random.default_rng(recipe.seed)
    parts = [_render_layer(layer, config.sample_rate, rng) for layer in recipe.layers]
    out = np.zeros(max(start + len(part) for start, part in parts))
    for start, part in parts:
        out[start : start + len(part)] += part
    return soft_limit(out * recipe.gain, config.limiter_knee, config.limiter_ceiling)
