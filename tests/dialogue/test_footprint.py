from __future__ import annotations

from game.dialogue.footprint import closure, footprint
from game.dialogue.program import load_text

DECLS = (
    "title: Declarations\n---\n<<declare $a = 0>>\n<<declare $b = 0>>\n"
    "<<declare $c = false>>\n===\n"
)


def test_a_conversation_reaches_the_nodes_it_jumps_and_detours_to():
    program = load_text(
        DECLS + "title: Start\n---\n<<detour Side>>\n<<jump End>>\n===\n"
        "title: Side\n---\nSide.\n===\ntitle: End\n---\nEnd.\n===\n"
        "title: Elsewhere\n---\nNo.\n===\n"
    )
    assert closure(program, "Start") == {"Start", "Side", "End"}


def test_a_variable_set_before_it_is_read_is_not_read_from_the_story():
    program = load_text(
        DECLS + "title: Start\n---\n<<set $a = 1>>\n<<if $a == 1>>\n    One.\n"
        "<<endif>>\n<<if $c>>\n    <<set $b = 2>>\n<<endif>>\nB is {$b}.\n===\n"
    )
    found = footprint(program, "Start")
    assert found.reads == {("var", "c")}  # line text is not a read either
    assert {("var", "a"), ("var", "b")} <= found.writes
    assert ("var", "a") in found.inner


def test_a_variable_set_on_only_one_branch_is_still_read():
    program = load_text(
        DECLS + "title: Start\n---\n<<if $c>>\n    <<set $a = 1>>\n<<endif>>\n"
        "<<if $a == 1>>\n    One.\n<<endif>>\n===\n"
    )
    assert ("var", "a") in footprint(program, "Start").reads


def test_footprints_sharing_nodes_match_those_of_a_fresh_program():
    # Each node's facts are worked out once per program and shared by every
    # footprint that walks it: a conversation entered at a later node must
    # see it start with nothing written, whatever was analysed before.
    text = (
        DECLS + "title: Start\n---\n<<set $a = 1>>\n<<jump Mid>>\n===\n"
        "title: Mid\n---\n<<if $a == 1>>\n    <<set $b = 2>>\n<<endif>>\n"
        "<<jump End>>\n===\ntitle: End\n---\nB is {$b}. <<if $c>>\n===\n"
    )
    shared = load_text(text)
    for start in ("Start", "Mid", "End"):
        assert footprint(shared, start) == footprint(load_text(text), start)
    assert footprint(shared, "Mid").reads == {("var", "a"), ("var", "c")}
    assert ("var", "a") not in footprint(shared, "Start").reads
