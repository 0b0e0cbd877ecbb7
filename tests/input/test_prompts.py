from game.input.actions import Action
from game.input.bindings import Device
from game.input.prompts import fill
from game.save.settings import default_settings


def bindings():
    return default_settings().bindings


def test_a_hint_names_the_players_key_for_an_action():
    assert fill("{confirm}: begin", bindings(), Device.KEYS) == "Enter: begin"


def test_a_hint_names_the_pad_button_after_the_pad_was_used():
    assert fill("Hold {pulse}", bindings(), Device.PAD) == "Hold (A)"


def test_a_rebound_action_shows_its_new_key():
    table = bindings()
    table.bind(Device.KEYS, Action.FIREWALL, "g")
    assert fill("Press {firewall}", table, Device.KEYS) == "Press G"


def test_braces_that_name_no_action_are_left_alone():
    assert fill("{not_an_action} {x}", bindings(), Device.KEYS) == "{not_an_action} {x}"


def test_an_action_without_a_pad_button_falls_back_to_its_key():
    assert fill("{quicksave}", bindings(), Device.PAD) == "F5"
