"""An action state answers what a frame's presses mean."""

from game.input.actions import Action, ActionState


def test_a_confirm_press_is_accepted():
    assert ActionState(pressed=frozenset({Action.CONFIRM})).accepted()


def test_a_pointer_click_is_accepted():
    assert ActionState(pressed=frozenset({Action.POINTER})).accepted()


def test_a_held_confirm_or_another_press_is_not_accepted():
    state = ActionState(
        held=frozenset({Action.CONFIRM}), pressed=frozenset({Action.CANCEL})
    )
    assert not state.accepted()
