from game.world.actors import Actor
from game.world.camera import Camera


def test_an_actor_is_drawn_between_its_last_two_tick_positions():
    actor = Actor("player", "iris", 10.0, 20.0, (10, 6))
    actor.prev = (10.0, 20.0)
    actor.x = 14.0
    assert actor.drawn_at(0.5) == (12.0, 20.0)
    assert actor.drawn_at(1.0) == (14.0, 20.0)


def test_a_teleported_actor_is_drawn_where_it_is():
    actor = Actor("player", "iris", 100.0, 50.0, (10, 6))
    assert actor.drawn_at(0.25) == (100.0, 50.0)


def test_the_camera_offset_blends_its_last_two_positions():
    camera = Camera((640, 360), (2000, 2000), ease=8.0)
    camera.snap(1000, 1000)
    camera.remember()
    start = camera.x
    camera.follow(1100, 1000, 1 / 60)
    moved = camera.x - start
    assert moved > 0
    assert camera.offset(alpha=0.0)[0] == round(start)
    assert camera.offset(alpha=1.0)[0] == round(camera.x)
