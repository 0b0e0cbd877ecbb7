from game.input.actions import Action, ActionState
from game.ui.menu import Menu, MenuItem


def press(*actions, pointer=None):
    return ActionState(pressed=frozenset(actions), pointer=pointer)


def items(*enabled):
    return [MenuItem(f"item {i}", enabled=e) for i, e in enumerate(enabled)]


def test_down_moves_the_focus_and_wraps_around():
    menu = Menu(items(True, True, True))
    for _ in range(3):
        menu.update(press(Action.DOWN))
    assert menu.focus == 0


def test_disabled_items_are_skipped():
    menu = Menu(items(True, False, True))
    menu.update(press(Action.DOWN))
    assert menu.focus == 2


def test_focus_starts_on_the_first_enabled_item():
    assert Menu(items(False, True)).focus == 1


def test_confirm_chooses_the_focused_item_and_runs_it():
    chosen = []
    menu = Menu(
        [
            MenuItem("a", lambda: chosen.append("a")),
            MenuItem("b", lambda: chosen.append("b")),
        ]
    )
    menu.update(press(Action.DOWN))
    assert menu.update(press(Action.CONFIRM)).label == "b"
    assert chosen == ["b"]


def test_the_mouse_focuses_what_it_hovers_and_clicks_choose_it():
    menu = Menu(items(True, True))
    menu.rects = [(0, 0, 50, 10), (0, 10, 50, 10)]
    menu.update(ActionState(pointer=(5, 15)))
    assert menu.focus == 1
    assert menu.update(press(Action.POINTER, pointer=(5, 2))).label == "item 0"


def test_clicking_a_disabled_item_does_nothing():
    menu = Menu(items(True, False))
    menu.rects = [(0, 0, 50, 10), (0, 10, 50, 10)]
    assert menu.update(press(Action.POINTER, pointer=(5, 15))) is None
