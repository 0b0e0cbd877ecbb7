"""The one audio interface scenes use: Mixer (pygame) and NullMixer (silent).

Nothing is loaded at import or construction: pygame.mixer starts on the first
call that needs it, and each sound or track is read from disk the first time
it is played and then cached. Music plays on two reserved channels so one
track can fade out while the next fades in (game.audio.crossfade); `update`
moves the fades on and is called once per frame. When there is no audio
device (or pygame.mixer cannot start, or a file is missing) every call still
returns normally; the problem is logged once.
"""

from __future__ import annotations

import io
import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from game.audio.catalog import audio_dir, is_name, music_path, sound_path
from game.audio.crossfade import SLOTS, CrossFade, crossfade_seconds
from game.core.reading import AUDIO_BYTES, read_limited

if TYPE_CHECKING:
    import pygame

log = logging.getLogger(__name__)

# Device format: CD-rate stereo, and a small buffer so effects feel immediate.
FREQUENCY = 44100
CHANNELS = 2
BUFFER = 512
VOICES = 16  # simultaneous effects (text blips overlap quickly)
MUSIC_CHANNELS = SLOTS  # channels 0..SLOTS-1, reserved for music
LOOP_FOREVER = -1


class VolumeSettings(Protocol):
    master_volume: float
    music_volume: float
    effects_volume: float
    muted: bool


class Audio(Protocol):
    """What the game asks of its sound (Mixer plays it, NullMixer does not)."""

    @property
    def current_music(self) -> str | None: ...

    @property
    def available(self) -> bool: ...

    @property
    def volumes(self) -> tuple[float, float]: ...

    def play_sound(self, name: str, volume: float = 1.0) -> None: ...

    def play_music(
        self, name: str, fade_ms: int | None = None, loop: bool = True
    ) -> None: ...

    def stop_music(self, fade_ms: int | None = None) -> None: ...

    def update(self, dt: float) -> None: ...

    def set_volumes(self, music: float, effects: float) -> None: ...

    def set_master(self, volume: float, muted: bool) -> None: ...

    def suspend(self, quiet: bool) -> None: ...


def _unit(value: float) -> float:
    return min(1.0, max(0.0, float(value)))


class Master:
    """The master level over music and effects: volume, the player's mute, and
    a quiet spell while the window is in the background (`suspended`)."""

    def __init__(self, settings: VolumeSettings | None) -> None:
        self.volume = _unit(settings.master_volume) if settings else 1.0
        self.muted = bool(settings.muted) if settings else False
        self.suspended = False

    def gain(self) -> float:
        """What every level is multiplied by (0 when muted or suspended)."""
        return 0.0 if self.muted or self.suspended else self.volume


class Mixer:
    """Plays effects and music at the player's volumes; safe without a device.

    current_music is the name last asked for by play_music (None after
    stop_music), whether or not a device is actually playing it. A fade of
    None is the cross-fade of assets/config/music.json.
    """

    def __init__(self, settings: VolumeSettings, root: Path | None = None) -> None:
        self._root = root or audio_dir()
        self._music_volume = _unit(settings.music_volume)
        self._effects_volume = _unit(settings.effects_volume)
        self.master = Master(settings)
        self._ready: bool | None = None  # None = not tried yet
        self._sounds: dict[str, pygame.mixer.Sound | None] = {}
        self._warned: set[str] = set()
        self._current: str | None = None
        self._tracks: dict[str, pygame.mixer.Sound | None] = {}
        self.fade = CrossFade()
        self._fade_default: float | None = None  # read on first use

    @property
    def current_music(self) -> str | None:
        return self._current

    @property
    def available(self) -> bool:
        """True once a device is open and playing works (starts it if needed)."""
        return self._start()

    @property
    def volumes(self) -> tuple[float, float]:
        """(music, effects), each 0..1."""
        return self._music_volume, self._effects_volume

    def play_sound(self, name: str, volume: float = 1.0) -> None:
        """Play effect `name` once at `volume` x the effects volume."""
        level = _unit(volume) * self._effects_volume * self.master.gain()
        if level <= 0 or not self._start():
            return
        sound = self._sound(name)
        if sound is None:
            return
        channel = sound.play()
        if channel is not None:
            channel.set_volume(level)

    def play_music(
        self, name: str, fade_ms: int | None = None, loop: bool = True
    ) -> None:
        """Switch to music `name`, cross-fading from the old over `fade_ms`.
        Asking for the music already playing changes nothing."""
        if name == self._current:
            return
        self._current = name
        if not self._start():
            return
        seconds = self._fade_seconds(fade_ms)
        track = self._track(name)
        if track is None:
            self.fade.stop(seconds)
        else:
            voice = self.fade.switch(name, seconds)
            if voice is not None:
                loops = LOOP_FOREVER if loop else 0
                self._music_call(voice.slot, "play", track, loops=loops)
        self.update(0.0)

    def stop_music(self, fade_ms: int | None = None) -> None:
        """Fade the music out over `fade_ms` (0 = stop at once)."""
        self._current = None
        if not self._start():
            return
        self.fade.stop(self._fade_seconds(fade_ms))
        self.update(0.0)

    def update(self, dt: float) -> None:
        """Move the music fades `dt` seconds on (once per frame)."""
        if not self._ready:
            return
        for slot in self.fade.advance(dt):
            self._music_call(slot, "stop")
        self._apply_music_level()

    def set_volumes(self, music: float, effects: float) -> None:
        """Apply the settings' volumes (0..1); playing music changes at once."""
        self._music_volume = _unit(music)
        self._effects_volume = _unit(effects)
        self._apply_music_level()

    def set_master(self, volume: float, muted: bool) -> None:
        """Apply the master volume (0..1) and the player's mute."""
        self.master.volume, self.master.muted = _unit(volume), bool(muted)
        self._apply_music_level()

    def suspend(self, quiet: bool) -> None:
        """Go quiet (True) while the window is in the background, or come back."""
        self.master.suspended = quiet
        self._apply_music_level()

    def _music_level(self) -> float:
        return self._music_volume * self.master.gain()

    def _apply_music_level(self) -> None:
        if self._ready:
            level = self._music_level()
            for slot, fade in self.fade.levels().items():
                self._music_call(slot, "set_volume", fade * level)

    def _fade_seconds(self, fade_ms: int | None) -> float:
        if fade_ms is not None:
            return max(0, int(fade_ms)) / 1000
        if self._fade_default is None:
            try:
                self._fade_default = crossfade_seconds()
            except (OSError, ValueError, KeyError, TypeError) as exc:
                self._warn("music-fade", f"music fade length unreadable: {exc}")
                self._fade_default = 0.0
        return self._fade_default

    # --- pygame edge ---

    def _start(self) -> bool:
        if self._ready is None:
            self._ready = self._open_device()
        return self._ready

    def _open_device(self) -> bool:
        try:
            import pygame.mixer

            if not pygame.mixer.get_init():
                pygame.mixer.init(FREQUENCY, -16, CHANNELS, BUFFER)
            pygame.mixer.set_num_channels(VOICES + MUSIC_CHANNELS)
            pygame.mixer.set_reserved(MUSIC_CHANNELS)
        except Exception as exc:  # pygame.error, no SDL_mixer, no device: all mean off
            return self._give_up(exc)
        return True

    def _give_up(self, exc: BaseException) -> bool:
        self._warn("device", f"audio is off: pygame.mixer could not start ({exc})")
        return False

    def _sound(self, name: str) -> pygame.mixer.Sound | None:
        if name not in self._sounds:
            self._sounds[name] = self._load_sound(name)
        return self._sounds[name]

    def _load_sound(self, name: str) -> pygame.mixer.Sound | None:
        import pygame

        if not is_name(name):
            self._warn(f"sound:{name[:40]}", f"{name[:40]!r} is not a sound name")
            return None
        path = sound_path(name, self._root)
        try:
            return pygame.mixer.Sound(io.BytesIO(read_limited(path, AUDIO_BYTES)))
        except (pygame.error, FileNotFoundError, OSError) as exc:
            self._warn(f"sound:{name}", f"cannot play sound {name!r} ({path}): {exc}")
            return None

    def _track(self, name: str) -> pygame.mixer.Sound | None:
        """Music `name`, read on first use; None (logged once) if it cannot be."""
        if name not in self._tracks:
            self._tracks[name] = self._load_track(name)
        return self._tracks[name]

    def _load_track(self, name: str) -> pygame.mixer.Sound | None:
        import pygame

        if not is_name(name):
            self._warn(f"music:{name[:40]}", f"{name[:40]!r} is not a music name")
            return None
        path = music_path(name, self._root)
        try:
            return pygame.mixer.Sound(io.BytesIO(read_limited(path, AUDIO_BYTES)))
        except (pygame.error, FileNotFoundError, OSError) as exc:
            self._warn(f"music:{name}", f"no music named {name!r} ({path}): {exc}")
            return None

    def _music_call(self, slot: int, method: str, *args: Any, **kwargs: Any) -> None:
        import pygame

        try:
            getattr(pygame.mixer.Channel(slot), method)(*args, **kwargs)
        except pygame.error as exc:
            self._warn(f"music-{method}", f"music {method} failed: {exc}")

    def _warn(self, key: str, message: str) -> None:
        if key not in self._warned:
            self._warned.add(key)
            log.warning(message)


class NullMixer:
    """Mixer's interface with no sound at all (--mute, tests). It remembers
    what was asked for, so tests can check which sounds a scene played."""

    def __init__(self, settings: VolumeSettings | None = None) -> None:
        music = settings.music_volume if settings else 1.0
        effects = settings.effects_volume if settings else 1.0
        self._music_volume, self._effects_volume = _unit(music), _unit(effects)
        self.master = Master(settings)
        self._current: str | None = None
        self.sounds_played: list[str] = []
        self.music_played: list[str] = []

    @property
    def current_music(self) -> str | None:
        return self._current

    @property
    def available(self) -> bool:
        return False

    @property
    def volumes(self) -> tuple[float, float]:
        return self._music_volume, self._effects_volume

    def play_sound(self, name: str, volume: float = 1.0) -> None:
        self.sounds_played.append(name)

    def play_music(
        self, name: str, fade_ms: int | None = None, loop: bool = True
    ) -> None:
        if name != self._current:
            self._current = name
            self.music_played.append(name)

    def stop_music(self, fade_ms: int | None = None) -> None:
        self._current = None

    def update(self, dt: float) -> None:
        pass

    def set_volumes(self, music: float, effects: float) -> None:
        self._music_volume, self._effects_volume = _unit(music), _unit(effects)

    def set_master(self, volume: float, muted: bool) -> None:
        self.master.volume, self.master.muted = _unit(volume), bool(muted)

    def suspend(self, quiet: bool) -> None:
        self.master.suspended = quiet
