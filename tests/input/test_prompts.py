from game.input.actions import Action
from game.input.bindings import Device
from game.input.prompts import default_pad_style, fill, pad_style
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


def test_pads_are_told_apart_by_their_names():
    assert pad_style("Xbox Series X Controller") == "xbox"
    assert pad_style("PS5 Controller") == "playstation"
    assert pad_style("DualSense Wireless Controller") == "playstation"
    assert pad_style("Nintendo Switch Pro Controller") == "nintendo"


def test_an_unknown_pad_gets_the_default_style():
    assert pad_style("Generic USB Gamepad") == default_pad_style()


def test_a_playstation_pad_names_its_face_buttons_by_shape():
    hint = fill(
        "{confirm}: choose  {cancel}: back", bindings(), Device.PAD, "playstation"
    )
    assert hint == "Cross: choose  Circle: back"


def test_a_nintendo_pad_names_the_bottom_button_b_and_its_shoulder_r():
    assert fill("Hold {pulse}", bindings(), Device.PAD, "nintendo") == "Hold (B)"
    assert fill("{skip}", bindings(), Device.PAD, "nintendo") == "R"


def test_an_xbox_pad_names_its_buttons_by_letter_and_bumper():
    assert fill("{scan} {skip}", bindings(), Device.PAD, "xbox") == "(Y) RB"


def test_the_context_hint_follows_the_pad_in_use(tmp_path):
    from game.tools.screens import headless_context

    ctx = headless_context()
    ctx.last_device, ctx.pad_style = Device.PAD, "playstation"
    assert ctx.hint("{confirm}") == "Cross"
