"""The epilogue card: once every episode has an ending reached, the ending
card leads to it; before that, the ending card leads back to the title."""

import pygame
import pytest

from game.core.episodes import load_episodes
from game.core.story import StoryState
from game.input.actions import IDLE, Action, ActionState
from game.scenes.ending import EndingScene
from game.scenes.epilogue import EpilogueScene, load_epilogue
from game.scenes.title import TitleScene

CONFIRM = ActionState(pressed=frozenset({Action.CONFIRM}))


def reach_every_other_episode(ctx, but: int | None) -> None:
    for chosen in load_episodes():
        if chosen.number not in (5, but):
            ctx.profile.mark_ending(chosen.number, chosen.endings[0].id)


def finish_episode_five_and_continue(ctx) -> None:
    ctx.story = StoryState(episode=5)
    ctx.nav.end_episode("halted")
    ctx.stack.apply_requests()
    assert isinstance(ctx.stack.top, EndingScene)
    for _ in range(120):  # the card fades in before it takes a confirm
        ctx.stack.update(IDLE, 1 / 60, IDLE)
    ctx.stack.update(CONFIRM, 1 / 60, IDLE)
    ctx.stack.apply_requests()


def test_the_last_missing_episode_unlocks_the_epilogue_after_its_card(ctx):
    reach_every_other_episode(ctx, but=None)
    finish_episode_five_and_continue(ctx)
    assert isinstance(ctx.stack.top, EpilogueScene)
    surface = pygame.Surface((640, 360))
    ctx.stack.top.draw(surface, 0.0)
    for _ in range(120):
        ctx.stack.update(IDLE, 1 / 60, IDLE)
    ctx.stack.update(CONFIRM, 1 / 60, IDLE)
    ctx.stack.apply_requests()
    assert isinstance(ctx.stack.top, TitleScene)


@pytest.mark.parametrize("missing", [1, 3])
def test_with_an_episode_still_unfinished_the_card_returns_to_the_title(ctx, missing):
    reach_every_other_episode(ctx, but=missing)
    finish_episode_five_and_continue(ctx)
    assert isinstance(ctx.stack.top, TitleScene)


def test_the_epilogue_words_are_data_and_name_no_single_episode_outcome():
    words = load_epilogue()
    assert words["title"] and len(words["paragraphs"]) >= 3
    text = " ".join(words["paragraphs"])
    endings = {e.title for chosen in load_episodes() for e in chosen.endings}
    assert not any(title in text for title in endings)


def labels(title: TitleScene) -> list[str]:
    return [item.label for item in title.menu.items]


def test_the_title_offers_the_epilogue_again_once_it_is_unlocked(ctx):
    reach_every_other_episode(ctx, but=None)
    ctx.profile.mark_ending(5, "halted")
    title = TitleScene(ctx)
    assert labels(title)[-2:] == ["Epilogue", "Quit"]
    title.menu.focus = labels(title).index("Epilogue")
    ctx.stack.push(title)
    ctx.stack.apply_requests()
    ctx.stack.update(CONFIRM, 1 / 60, IDLE)
    ctx.stack.apply_requests()
    assert isinstance(ctx.stack.top, EpilogueScene)


def test_the_title_has_no_epilogue_while_an_episode_is_unfinished(ctx):
    reach_every_other_episode(ctx, but=None)
    assert "Epilogue" not in labels(TitleScene(ctx))
