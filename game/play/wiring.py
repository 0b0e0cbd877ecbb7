"""make_context: one Context with its services, the same for the app, tools and tests.

The scene factory comes from above (`game.scenes.catalog.SceneCatalog`, passed
in by the caller), which keeps this layer free of scene imports.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from game.assets.gateway import Assets
from game.audio.mixer import Mixer, NullMixer
from game.play.context import Context, Window
from game.play.levels import LevelService
from game.play.navigation import Navigator
from game.play.notices import warning
from game.play.programs import ProgramCache
from game.play.saving import SaveService
from game.play.stack import SceneStack
from game.save.profile import Profile

if TYPE_CHECKING:
    from game.core.options import LaunchOptions
    from game.play.ports import Screens
    from game.save.settings import Settings


def make_context(
    options: LaunchOptions,
    settings: Settings,
    display: Window | None,
    seed: int,
    screens: Callable[[Context], Screens],
) -> Context:
    """The services scenes share; `screens(ctx)` makes the scene factory."""
    ctx = Context(
        settings=settings,
        seed=seed,
        stack=SceneStack(),
        assets=Assets(),
        audio=NullMixer() if options.mute else Mixer(settings),
        options=options,
        profile=Profile.load(),
        display=display,
    )
    ctx.nav = Navigator(ctx)
    ctx.saves = SaveService(ctx)
    ctx.dialogue = ProgramCache(ctx)
    ctx.levels = LevelService(ctx)
    ctx.screens = screens(ctx)
    ctx.messages.extend(warning(text) for text in ctx.profile.messages)
    return ctx
