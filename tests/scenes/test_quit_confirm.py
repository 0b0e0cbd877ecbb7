""" "Quit to title" asks first, and says whether quitting loses progress."""

from game.input.actions import IDLE, Action, ActionState
from game.scenes.confirm import ChoiceScene
from game.scenes.pause import PauseScene
from game.scenes.quit_confirm import KEEPS, LEVEL, LOSES
from game.scenes.title import TitleScene


def _step(ctx, *actions: Action) -> None:
    ctx.stack.update(ActionState(pressed=frozenset(actions)), 1 / 60, IDLE)
    ctx.stack.apply_requests()


def _ask_to_quit(ctx) -> ChoiceScene:
    ctx.nav.open_pause()
    ctx.stack.apply_requests()
    pause = ctx.stack.top
    assert isinstance(pause, PauseScene)
    labels = [item.label for item in pause.menu.items]
    pause.menu.focus = labels.index("Quit to title")
    _step(ctx, Action.CONFIRM)
    question = ctx.stack.top
    assert isinstance(question, ChoiceScene)
    return question


def test_quit_to_title_asks_before_leaving_the_game(ctx, showcase):
    scene = showcase
    _ask_to_quit(ctx)
    assert scene in ctx.stack.scenes
    assert ctx.stack.find(TitleScene) is None


def test_the_question_starts_on_keep_playing(ctx, showcase):
    question = _ask_to_quit(ctx)
    assert question.menu.items[question.menu.focus].label == "Keep playing"


def test_keep_playing_goes_back_to_the_pause_menu(ctx, showcase):
    _ask_to_quit(ctx)
    _step(ctx, Action.CONFIRM)
    assert isinstance(ctx.stack.top, PauseScene)
    assert ctx.story is not None


def test_choosing_quit_goes_to_the_title(ctx, showcase):
    question = _ask_to_quit(ctx)
    question.menu.focus = 0
    _step(ctx, Action.CONFIRM)
    assert isinstance(ctx.stack.top, TitleScene)
    assert ctx.story is None


def test_right_after_an_autosave_nothing_is_lost_even_as_time_passes(ctx, showcase):
    scene = showcase
    ctx.saves.autosave(scene.save_snapshot)
    ctx.story.play_time += 30.0
    assert _ask_to_quit(ctx).body == KEEPS


def test_progress_since_the_last_save_is_said_to_be_lost(ctx, showcase):
    scene = showcase
    ctx.saves.autosave(scene.save_snapshot)
    ctx.story.variables["ep1_stage"] = 4.0
    assert _ask_to_quit(ctx).body == LOSES


def test_a_story_never_saved_that_moved_on_is_said_to_be_lost(ctx, showcase):
    ctx.story.variables["ep1_stage"] = 4.0
    assert _ask_to_quit(ctx).body == LOSES


def test_in_a_minigame_level_the_question_says_the_session_ends(ctx, showcase):
    scene = showcase
    ctx.saves.autosave(scene.save_snapshot)
    ctx.nav.open_pause(retry=lambda: None)
    ctx.stack.apply_requests()
    pause = ctx.stack.top
    pause.menu.focus = [i.label for i in pause.menu.items].index("Quit to title")
    _step(ctx, Action.CONFIRM)
    assert ctx.stack.top.body == LEVEL
