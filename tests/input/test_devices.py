import pygame
import pytest

from game.input.actions import Action
from game.input.devices import InputMapper
from game.save.settings import default_settings


@pytest.fixture
def mapper():
    pygame.display.init()
    settings = default_settings()
    return InputMapper(settings.bindings, 0.25, 0.55)


def key(kind, name):
    return pygame.event.Event(kind, key=pygame.key.key_code(name))


def test_a_key_press_reaches_exactly_one_tick(mapper):
    mapper.handle(key(pygame.KEYDOWN, "z"))
    first = mapper.take()
    second = mapper.take()
    assert Action.CONFIRM in first.pressed and Action.INTERACT in first.pressed
    assert Action.CONFIRM not in second.pressed
    assert Action.CONFIRM in second.held


def test_a_tap_between_ticks_is_not_lost(mapper):
    mapper.handle(key(pygame.KEYDOWN, "space"))
    mapper.handle(key(pygame.KEYUP, "space"))
    state = mapper.take()
    assert Action.PULSE in state.pressed
    assert Action.PULSE in state.released
    assert Action.PULSE not in state.held


def test_two_keys_for_one_action_hold_it_until_both_are_up(mapper):
    mapper.handle(key(pygame.KEYDOWN, "up"))
    mapper.handle(key(pygame.KEYDOWN, "w"))
    mapper.handle(key(pygame.KEYUP, "up"))
    assert Action.UP in mapper.take().held
    mapper.handle(key(pygame.KEYUP, "w"))
    assert Action.UP not in mapper.take().held


def test_unbound_keys_do_nothing(mapper):
    mapper.handle(key(pygame.KEYDOWN, "j"))
    state = mapper.take()
    assert not state.held and not state.pressed


def test_the_stick_past_its_threshold_holds_a_direction(mapper):
    event = pygame.event.Event(
        pygame.CONTROLLERAXISMOTION, axis=pygame.CONTROLLER_AXIS_LEFTX, value=30000
    )
    mapper.handle(event)
    state = mapper.take()
    assert Action.RIGHT in state.held and Action.RIGHT in state.pressed
    assert state.stick[0] > 0.9


def test_stick_noise_inside_the_dead_zone_is_ignored(mapper):
    event = pygame.event.Event(
        pygame.CONTROLLERAXISMOTION, axis=pygame.CONTROLLER_AXIS_LEFTY, value=4000
    )
    mapper.handle(event)
    state = mapper.take()
    assert state.stick == (0.0, 0.0) and not state.held


def test_pad_buttons_map_through_the_bindings(mapper):
    mapper.handle(
        pygame.event.Event(
            pygame.CONTROLLERBUTTONDOWN, button=pygame.CONTROLLER_BUTTON_START
        )
    )
    assert Action.PAUSE in mapper.take().pressed


def test_mouse_clicks_give_the_pointer_in_canvas_pixels(mapper):
    mapper.handle(pygame.event.Event(pygame.MOUSEBUTTONDOWN, button=1, pos=(100, 50)))
    state = mapper.take()
    assert Action.POINTER in state.pressed and state.pointer == (100, 50)


def test_rebinding_takes_effect_for_the_next_key(mapper):
    from game.input.bindings import Device

    mapper.bindings.bind(Device.KEYS, Action.FIREWALL, "g")
    mapper.handle(key(pygame.KEYDOWN, "g"))
    assert Action.FIREWALL in mapper.take().pressed


def test_losing_focus_releases_everything(mapper):
    mapper.handle(key(pygame.KEYDOWN, "left"))
    mapper.take()
    mapper.handle(pygame.event.Event(pygame.WINDOWFOCUSLOST))
    state = mapper.take()
    assert Action.LEFT in state.released and not state.held


def test_f11_toggles_fullscreen(mapper):
    mapper.handle(key(pygame.KEYDOWN, "f11"))
    assert Action.FULLSCREEN in mapper.take().pressed


def test_alt_enter_toggles_fullscreen_without_confirming(mapper):
    enter = pygame.key.key_code("return")
    mapper.handle(pygame.event.Event(pygame.KEYDOWN, key=enter, mod=pygame.KMOD_LALT))
    state = mapper.take()
    assert Action.FULLSCREEN in state.pressed
    assert Action.CONFIRM not in state.pressed


def test_letting_go_of_alt_first_still_ends_alt_enter(mapper):
    enter = pygame.key.key_code("return")
    mapper.handle(pygame.event.Event(pygame.KEYDOWN, key=enter, mod=pygame.KMOD_LALT))
    mapper.handle(pygame.event.Event(pygame.KEYUP, key=enter, mod=0))
    assert Action.FULLSCREEN in mapper.take().released
    assert mapper.held() == frozenset()


def test_a_button_press_remembers_which_pad_pressed_it(mapper):
    from types import SimpleNamespace

    mapper._pads[3] = SimpleNamespace(name="PS4 Controller")
    press = pygame.event.Event(
        pygame.CONTROLLERBUTTONDOWN, button=pygame.CONTROLLER_BUTTON_A, instance_id=3
    )
    mapper.handle(press)
    assert mapper.pad_name == "PS4 Controller"
