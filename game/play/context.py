"""Context: the services every scene is handed (no module-level state).

One Context is made per run by `game.play.wiring.make_context` (the app, the
tools and the tests all use it) and passed to each scene's constructor.
The services that move the game along (`nav`, `saves`, `dialogue`,
`levels`) and the scene factory (`screens`) are typed by the protocols in
`game.play.ports`, so a scene knows what it may ask without knowing who
answers.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from game.input.bindings import Device
from game.input.capture import InputCapture
from game.input.prompts import fill

if TYPE_CHECKING:
    import numpy as np

    from game.assets.gateway import Assets
    from game.audio.mixer import Audio
    from game.core.options import LaunchOptions
    from game.core.story import StoryState
    from game.play.notices import Notice
    from game.play.ports import DialogueLibrary, Levels, Navigation, Saves, Screens
    from game.play.stack import SceneStack
    from game.save.profile import Profile
    from game.save.settings import Settings


class Window(Protocol):
    """What scenes may ask of the game window (game.display.Display)."""

    def max_scale(self) -> int: ...

    def apply(self, scale: int, fullscreen: bool) -> None: ...


@dataclass
class Context:
    """Shared services for scenes.

    seed     -- seeds `rng`, the run's one generator; pass it on, never make another.
    story    -- the current episode's story state (None on the title screen).
    display  -- the window (None in tests that draw off-screen).
    messages -- notices for the player (e.g. a broken settings file), each
                of a kind (game.play.notices); shown once by the scene on
                top, then cleared.
    running  -- set False to end the run after this frame.
    nav, saves, dialogue, levels, screens -- set by `game.play.wiring`.
    """

    settings: Settings
    seed: int
    stack: SceneStack
    assets: Assets
    audio: Audio
    options: LaunchOptions
    profile: Profile
    display: Window | None = None
    story: StoryState | None = None
    messages: list[Notice] = field(default_factory=list)
    running: bool = True
    capture: InputCapture = field(default_factory=InputCapture)
    last_device: Device = Device.KEYS
    pad_style: str | None = None  # label style of the pad in use (None: default)
    nav: Navigation = field(init=False, repr=False)
    saves: Saves = field(init=False, repr=False)
    dialogue: DialogueLibrary = field(init=False, repr=False)
    levels: Levels = field(init=False, repr=False)
    screens: Screens = field(init=False, repr=False)
    _rng: np.random.Generator | None = field(default=None, repr=False)

    @property
    def rng(self) -> np.random.Generator:
        """The run's one seeded generator, made on first use (numpy loads late,
        which keeps launch-to-title fast)."""
        if self._rng is None:
            import numpy as np  # deferred: numpy costs ~200 ms of launch time

            self._rng = np.random.default_rng(self.seed)
        return self._rng

    def hint(self, text: str) -> str:
        """`text` with each `{action}` named by the player's own key or button."""
        return fill(text, self.settings.bindings, self.last_device, self.pad_style)
