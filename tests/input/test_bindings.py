from game.input.actions import Action
from game.input.bindings import Bindings, Device, conflicts, load_groups
from game.save.settings import default_settings


def test_the_default_bindings_have_no_conflicts():
    assert conflicts(default_settings().bindings, load_groups()) == []


def test_binding_a_key_used_by_another_action_of_the_group_is_a_conflict():
    bindings = default_settings().bindings
    bindings.bind(Device.KEYS, Action.FIREWALL, "space")
    found = conflicts(bindings, load_groups())
    assert any(
        {c.first, c.second} == {Action.PULSE, Action.FIREWALL}
        and c.input_name == "space"
        for c in found
    )


def test_actions_of_different_groups_may_share_a_key():
    bindings = default_settings().bindings
    assert set(bindings.actions_for(Device.KEYS, "z")) == {
        Action.CONFIRM,
        Action.INTERACT,
    }


def test_bind_replaces_the_primary_and_keeps_the_alternatives():
    bindings = Bindings(keys={Action.CANCEL: ["escape", "x", "backspace"]})
    bindings.bind(Device.KEYS, Action.CANCEL, "q")
    assert bindings.keys[Action.CANCEL] == ["q", "x", "backspace"]


def test_bindings_round_trip_through_a_dict():
    bindings = default_settings().bindings
    assert Bindings.from_dict(bindings.to_dict()).to_dict() == bindings.to_dict()
