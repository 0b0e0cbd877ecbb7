from game.input.actions import IDLE, Action, ActionState
from game.play.stack import SceneStack
from game.scenes.base import Scene


class Recorder(Scene):
    def __init__(self, name, log, overlay=False, blocks=True):
        super().__init__(ctx=None)
        self.name = name
        self.log = log
        self.overlay = overlay
        self.blocks_update = blocks

    def enter(self):
        self.log.append(f"{self.name}.enter")

    def exit(self):
        self.log.append(f"{self.name}.exit")

    def pause(self):
        self.log.append(f"{self.name}.pause")

    def resume(self):
        self.log.append(f"{self.name}.resume")

    def update(self, actions, dt):
        self.log.append(
            f"{self.name}.update:{sorted(a.value for a in actions.pressed)}"
        )

    def draw(self, surface, alpha):
        self.log.append(f"{self.name}.draw")


def started(*scenes):
    stack = SceneStack()
    for scene in scenes:
        stack.push(scene)
    stack.apply_requests()
    return stack


def test_push_is_deferred_until_requests_are_applied():
    log = []
    stack = SceneStack()
    stack.push(Recorder("a", log))
    assert len(stack) == 0
    stack.apply_requests()
    assert len(stack) == 1 and log == ["a.enter"]


def test_pushing_pauses_the_scene_below_and_popping_resumes_it():
    log = []
    stack = started(Recorder("a", log))
    stack.push(Recorder("b", log))
    stack.apply_requests()
    stack.pop()
    stack.apply_requests()
    assert log == ["a.enter", "a.pause", "b.enter", "b.exit", "a.resume"]


def test_replace_exits_the_top_and_enters_the_new_scene():
    log = []
    stack = started(Recorder("a", log))
    stack.replace(Recorder("b", log))
    stack.apply_requests()
    assert log[-2:] == ["a.exit", "b.enter"] and len(stack) == 1


def test_replace_all_empties_the_stack_first():
    log = []
    stack = started(Recorder("a", log), Recorder("b", log))
    stack.replace_all(Recorder("c", log))
    stack.apply_requests()
    assert [s.name for s in stack.scenes] == ["c"]
    assert "a.exit" in log and "b.exit" in log


def test_only_the_top_scene_gets_the_players_actions():
    log = []
    stack = started(Recorder("a", log), Recorder("b", log, overlay=True, blocks=False))
    log.clear()
    pressed = ActionState(pressed=frozenset({Action.CONFIRM}))
    stack.update(pressed, 1 / 60, IDLE)
    assert log == ["a.update:[]", "b.update:['confirm']"]


def test_a_blocking_scene_freezes_the_scenes_below():
    log = []
    stack = started(Recorder("a", log), Recorder("b", log))
    log.clear()
    stack.update(IDLE, 1 / 60, IDLE)
    assert log == ["b.update:[]"]


def test_overlays_draw_the_scene_below_first():
    log = []
    stack = started(
        Recorder("a", log), Recorder("b", log), Recorder("c", log, overlay=True)
    )
    log.clear()
    stack.draw(None, 0.0)
    assert log == ["b.draw", "c.draw"]


def test_requests_made_during_an_update_apply_after_it():
    log = []

    class Pusher(Recorder):
        def update(self, actions, dt):
            stack.push(Recorder("pushed", log))
            log.append("pusher.update")

    stack = started(Pusher("p", log))
    stack.update(IDLE, 1 / 60, IDLE)
    assert log[-3:] == ["pusher.update", "p.pause", "pushed.enter"]


def test_find_returns_the_topmost_scene_of_a_type():
    log = []
    a = Recorder("a", log)
    stack = started(a, Scene(None))
    assert stack.find(Recorder) is a


def test_remove_takes_a_scene_off_wherever_it_is():
    log = []
    a, b, c = Recorder("a", log), Recorder("b", log), Recorder("c", log)
    stack = started(a, b, c)
    stack.remove(b)
    stack.apply_requests()
    assert stack.scenes == (a, c) and "b.exit" in log


def test_removing_a_scene_that_already_left_does_nothing():
    log = []
    a, b = Recorder("a", log), Recorder("b", log)
    stack = started(a, b)
    stack.replace_all(Recorder("ending", log))
    stack.remove(b)
    stack.apply_requests()
    assert [s.name for s in stack.scenes] == ["ending"]
