"""Music: a song recipe (tempo, instruments, patterns, tracks) rendered as one loop.

The loop is rendered circularly: a note ringing past the loop's end wraps to
its start, and track filters and echoes treat the loop as repeating forever.
So the last sample flows into the first exactly as any two neighbours do, and
the mixer's looping playback (`loops=-1`) repeats it without a click.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from game.audio.filters import circular_echo
from game.audio.master import soft_limit
from game.audio.notes import frequency
from game.audio.patterns import Event, PatternError, parse_pattern
from game.audio.recipes import (
    AudioConfig,
    Instrument,
    Table,
    parse_instrument,
    read_toml,
    resolve_instrument,
)
from game.audio.samples import Signal
from game.audio.voice import apply_filters, render_voice

SONG_KEYS = (
    "tempo",
    "steps_per_beat",
    "beats_per_bar",
    "seed",
    "gain",
    "ghost",
    "instruments",
    "patterns",
    "tracks",
)
TRACK_KEYS = (
    "instrument",
    "volume",
    "sequence",
    "echo_beats",
    "echo_feedback",
    "echo_mix",
)
_SEQUENCE_ITEM = re.compile(r"^([A-Za-z0-9_]+)(?:@([+-]\d+))?$")


@dataclass(frozen=True)
class Echo:
    beats: float = 0.0
    feedback: float = 0.0
    mix: float = 0.0


@dataclass(frozen=True)
class Track:
    """One instrument playing patterns in order, each `(name, semitones)`."""

    name: str
    instrument: Instrument
    volume: float
    parts: tuple[tuple[list[Event], int, int], ...]  # (events, steps, transpose)
    echo: Echo


@dataclass(frozen=True)
class Song:
    name: str
    tempo: float
    steps_per_beat: int
    seed: int
    gain: float
    ghost: float
    tracks: tuple[Track, ...]

    @property
    def steps(self) -> int:
        return sum(steps for _, steps, _ in self.tracks[0].parts)

    def seconds(self) -> float:
        return self.steps * 60.0 / (self.tempo * self.steps_per_beat)


Patterns = dict[str, tuple[list[Event], int]]
"""Pattern name -> (events, steps)."""


def _patterns(table: Table, bar: int) -> Patterns:
    out: Patterns = {}
    for name in table.data:
        text = table.get(name, str)
        try:
            out[name] = parse_pattern(text)
        except PatternError as exc:
            table._key_fail(name, str(exc))
        steps = out[name][1]
        if steps == 0 or steps % bar:
            table._key_fail(
                name,
                f"has {steps} steps, not whole bars of {bar}",
                "add or remove `.` / `-` steps so each bar is complete",
            )
    return out


def _parts(
    table: Table, patterns: Patterns
) -> tuple[tuple[list[Event], int, int], ...]:
    parts = []
    for item in table.strings("sequence"):
        match = _SEQUENCE_ITEM.match(item)
        if not match or match.group(1) not in patterns:
            table._key_fail(
                "sequence",
                f"{item!r} is not a pattern of this song",
                "write a [patterns] name, optionally @+N / @-N semitones",
            )
        events, steps = patterns[match.group(1)]
        parts.append((events, steps, int(match.group(2) or 0)))
    return tuple(parts)


def _instruments(
    song: Table, pool: dict[str, Table], config: AudioConfig
) -> dict[str, Table]:
    local = song.sub("instruments") if "instruments" in song.data else None
    merged_pool = dict(pool)
    if local is not None:
        for name, data in local.data.items():
            merged_pool[name] = Table(data, song.file, f"instruments.{name}")
    return merged_pool


def _track(
    table: Table, patterns: Patterns, pool: dict[str, Table], config: AudioConfig
) -> Track:
    table.check_keys(TRACK_KEYS)
    name = table.get("instrument", str)
    if name not in pool:
        table._key_fail("instrument", f"unknown instrument {name!r}")
    instrument = parse_instrument(resolve_instrument(name, pool), config, pool[name])
    return Track(
        name=name,
        instrument=instrument,
        volume=table.number("volume", 0.0, 4.0, 1.0),
        parts=_parts(table, patterns),
        echo=Echo(
            beats=table.number("echo_beats", 0.0, 16.0, 0.0),
            feedback=table.number("echo_feedback", 0.0, 0.95, 0.0),
            mix=table.number("echo_mix", 0.0, 1.0, 0.0),
        ),
    )


def _check_lengths(song: Table, tracks: list[Track]) -> None:
    lengths = [sum(steps for _, steps, _ in t.parts) for t in tracks]
    for i, length in enumerate(lengths):
        if length != lengths[0]:
            song.fail(
                f"track {i + 1} ({tracks[i].name}) is {length} steps long,"
                f" track 1 is {lengths[0]}",
                "every track must cover the whole loop",
                f"tracks[{i}]",
            )


def load_song(path: Path, config: AudioConfig, pool: dict[str, Table]) -> Song:
    """Read music/<name>.toml; RecipeError names file, track or pattern on mistakes."""
    song = Table(read_toml(path), str(path), "")
    song.check_keys(SONG_KEYS)
    per_beat = int(song.number("steps_per_beat", 1, 16, 4))
    bar = per_beat * int(song.number("beats_per_bar", 1, 16, 4))
    patterns = _patterns(song.sub("patterns"), bar)
    song_pool = _instruments(song, pool, config)
    raw = song.get("tracks", list)
    tracks = [
        _track(Table(item, song.file, f"tracks[{i}]"), patterns, song_pool, config)
        for i, item in enumerate(raw)
    ]
    if not tracks:
        song.fail("has no [[tracks]]", "add at least one [[tracks]] table")
    _check_lengths(song, tracks)
    return Song(
        name=path.stem,
        tempo=song.number("tempo", 20.0, 400.0),
        steps_per_beat=per_beat,
        seed=song.get("seed", int, 0),
        gain=song.number("gain", 0.0, 4.0, 1.0),
        ghost=song.number("ghost", 0.0, 1.0, 0.5),
        tracks=tuple(tracks),
    )


def _add_wrapped(out: Signal, start: int, voice: Signal) -> None:
    """Mix `voice` into the loop `out` from `start`, wrapping past the end."""
    size = len(out)
    pos, done = start % size, 0
    while done < len(voice):
        take = min(size - pos, len(voice) - done)
        out[pos : pos + take] += voice[done : done + take]
        done += take
        pos = 0


def _render_track(
    track: Track, song: Song, config: AudioConfig, size: int, rng: np.random.Generator
) -> Signal:
    rate = config.sample_rate
    per_step = rate * 60.0 / (song.tempo * song.steps_per_beat)
    inst = track.instrument
    out = np.zeros(size)
    offset = 0
    for events, steps, transpose in track.parts:
        for event in events:
            begin = round((offset + event.step) * per_step)
            end = round((offset + event.step + event.length) * per_step)
            hold = max(1, round((end - begin) * inst.gate))
            names = event.notes or (inst.note,)
            shift = transpose if event.notes else 0
            level = song.ghost if event.ghost else 1.0
            for note in names:
                freq = frequency(note, config.reference_a4, shift)
                _add_wrapped(
                    out, begin, level * render_voice(inst.tone, freq, hold, rate, rng)
                )
        offset += steps
    out = apply_filters(inst.tone, out, rate, circular=True)
    if track.echo.mix:
        delay = round(track.echo.beats * per_step * song.steps_per_beat)
        out = circular_echo(out, delay, track.echo.feedback, track.echo.mix)
    return out * track.volume


def render_song(song: Song, config: AudioConfig) -> Signal:
    """One seamless loop of the song as floats; same recipe, same samples."""
    per_step = config.sample_rate * 60.0 / (song.tempo * song.steps_per_beat)
    size = round(song.steps * per_step)
    mix = np.zeros(size)
    for index, track in enumerate(song.tracks):
        rng = np.random.default_rng([song.seed, index])
        mix += _render_track(track, song, config, size, rng)
    return soft_limit(mix * song.gain, config.limiter_knee, config.limiter_ceiling)
