from game.input.bindings import Device
from game.input.capture import InputCapture


def test_an_armed_capture_takes_the_next_input_of_its_device():
    capture = InputCapture()
    capture.arm(Device.KEYS)
    assert not capture.offer(Device.PAD, "a", "start")
    assert capture.offer(Device.KEYS, "g", "escape")
    assert capture.take() == "g"
    assert not capture.armed


def test_the_cancel_input_cancels_the_capture():
    capture = InputCapture()
    capture.arm(Device.KEYS)
    capture.offer(Device.KEYS, "escape", "escape")
    assert capture.take() is None and not capture.armed


def test_an_idle_capture_takes_nothing():
    assert not InputCapture().offer(Device.KEYS, "g", "escape")
