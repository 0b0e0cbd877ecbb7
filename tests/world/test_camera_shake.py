"""The camera's shake: kicked, settling, drawn as a wobble (no display)."""

from game.world.camera import Camera


def camera() -> Camera:
    return Camera((640, 360), (2000, 2000), ease=8.0)


def test_a_calm_camera_does_not_wobble():
    assert camera().jitter() == (0.0, 0.0)


def test_a_weaker_kick_does_not_soften_a_stronger_shake():
    cam = camera()
    cam.kick(4.0)
    cam.kick(1.0)
    assert cam.shake == 4.0


def test_a_shake_settles_to_rest_at_its_decay_rate():
    cam = camera()
    cam.kick(3.0)
    for _ in range(30):
        cam.settle(1 / 60, decay=6.0)
    assert cam.shake == 0.0 and cam.jitter() == (0.0, 0.0)


def test_a_shaking_camera_offsets_the_view_within_its_strength():
    cam = camera()
    cam.kick(3.0)
    seen = set()
    for _ in range(10):
        cam.settle(1 / 60, decay=0.0)
        dx, dy = cam.jitter()
        assert abs(dx) <= 3.0 and abs(dy) <= 3.0
        seen.add((round(dx, 3), round(dy, 3)))
    assert len(seen) > 5
