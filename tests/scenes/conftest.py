"""Scene tests share `showcase`: the sample showcase map open on top of the
stack in episode 1's story, with the notices of its loading cleared."""

from pathlib import Path

import pytest

from game.core.story import StoryState

SHOWCASE = Path("maps/sample/showcase.tmx")


@pytest.fixture
def showcase(ctx):
    ctx.story = StoryState(episode=1)
    scene = ctx.nav.enter_map(SHOWCASE, None)
    ctx.stack.apply_requests()
    while ctx.stack.top is not scene:
        ctx.stack.pop()
        ctx.stack.apply_requests()
    ctx.messages.clear()
    return scene
