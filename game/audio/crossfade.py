"""Cross-fade: which music track plays in which of two slots, and how loud.

Pure state, no pygame: the mixer starts a track on the slot `switch` hands
back, calls `advance(dt)` once per frame (stopping the slots it returns) and
sets each slot's volume from `levels()`. Switching tracks fades the playing
one out while the new one fades in, over the same time; switching back to a
track that is still fading out brings it back up instead of restarting it.
A fade of 0 seconds cuts at once. Fade length: assets/config/music.json.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from pathlib import Path

from game.core.paths import assets_dir
from game.core.reading import KB, read_text

SLOTS = 2  # the playing track and the one fading out


@dataclass
class Voice:
    """One track on one slot: its fade level (0..1) and which way it moves."""

    name: str
    slot: int
    level: float = 0.0
    rising: bool = True


@dataclass
class CrossFade:
    """The music slots' state; see the module docstring."""

    voices: list[Voice] = field(default_factory=list)
    seconds: float = 0.0  # length of the fade in progress

    @property
    def current(self) -> str | None:
        """The track fading in or playing (None while all fade out or none)."""
        rising = [v.name for v in self.voices if v.rising]
        return rising[0] if rising else None

    def switch(self, name: str, seconds: float) -> Voice | None:
        """Fade `name` in and every other track out over `seconds`. Returns
        the new Voice to start on its slot, or None when `name` already has
        one (it is faded back up where it is)."""
        self.seconds = max(0.0, seconds)
        existing = next((v for v in self.voices if v.name == name), None)
        for voice in self.voices:
            voice.rising = voice is existing
        if existing is not None:
            return None
        voice = Voice(name, self._free_slot())
        self.voices.append(voice)
        return voice

    def stop(self, seconds: float) -> None:
        """Fade every track out over `seconds`."""
        self.seconds = max(0.0, seconds)
        for voice in self.voices:
            voice.rising = False

    def advance(self, dt: float) -> list[int]:
        """Move every level `dt` seconds on; the slots whose track has faded
        out are freed and returned (the caller stops them)."""
        step = dt / self.seconds if self.seconds > 0 else math.inf
        for voice in self.voices:
            change = step if voice.rising else -step
            voice.level = min(1.0, max(0.0, voice.level + change))
        done = [v for v in self.voices if not v.rising and v.level == 0.0]
        self.voices = [v for v in self.voices if v not in done]
        return [v.slot for v in done]

    def levels(self) -> dict[int, float]:
        """Slot -> volume factor 0..1 (equal power: no dip mid-fade)."""
        return {v.slot: math.sin(v.level * math.pi / 2) for v in self.voices}

    def _free_slot(self) -> int:
        """A slot with no track, or else that of the quietest track leaving
        (dropped at once: a third track cuts the oldest fade short)."""
        used = {v.slot for v in self.voices}
        free = [slot for slot in range(SLOTS) if slot not in used]
        if free:
            return free[0]
        quietest = min(
            (v for v in self.voices if v.rising is False), key=lambda v: v.level
        )
        self.voices.remove(quietest)
        return quietest.slot


def crossfade_seconds(path: Path | None = None) -> float:
    """How long a change of music fades (assets/config/music.json)."""
    path = path or assets_dir() / "config" / "music.json"
    raw = json.loads(read_text(path, 64 * KB))
    return max(0.0, float(raw["crossfade_seconds"]))
