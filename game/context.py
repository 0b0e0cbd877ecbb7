"""Context: the services every scene is handed (no module-level state).

One Context is made by `game.app` per run and passed to each scene's
constructor. It owns nothing global: tests build their own.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from game.input.bindings import Device
from game.input.capture import InputCapture

if TYPE_CHECKING:
    import numpy as np

    from game.assets import Assets
    from game.audio.mixer import Mixer
    from game.core.options import LaunchOptions
    from game.core.story import StoryState
    from game.display import Display
    from game.flow import Flow
    from game.save.profile import Profile
    from game.save.settings import Settings
    from game.scenes.base import SceneStack


@dataclass
class Context:
    """Shared services for scenes.

    seed     -- seeds `rng`, the run's one generator; pass it on, never make another.
    story    -- the current episode's story state (None on the title screen).
    flow     -- moves between the game's big screens (title, episode, level).
    display  -- the window (None in tests that draw off-screen).
    messages -- short notices for the player (e.g. a broken settings file),
                shown once by the scene on top, then cleared.
    running  -- set False to end the run after this frame.
    """

    settings: Settings
    seed: int
    stack: SceneStack
    assets: Assets
    audio: Mixer
    options: LaunchOptions
    profile: Profile
    flow: Flow | None = None
    display: Display | None = None
    story: StoryState | None = None
    messages: list[str] = field(default_factory=list)
    running: bool = True
    capture: InputCapture = field(default_factory=InputCapture)
    last_device: Device = Device.KEYS
    _rng: np.random.Generator | None = field(default=None, repr=False)

    @property
    def rng(self) -> np.random.Generator:
        """The run's one seeded generator, made on first use (numpy loads late,
        which keeps launch-to-title fast)."""
        if self._rng is None:
            import numpy as np

            self._rng = np.random.default_rng(self.seed)
        return self._rng

    def hint(self, text: str) -> str:
        """`text` with each `{action}` named by the player's own key or button."""
        from game.ui.prompts import fill

        return fill(text, self.settings.bindings, self.last_device)
