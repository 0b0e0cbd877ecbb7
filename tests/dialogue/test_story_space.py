"""Abstract story states hold only what one part of the story observes, and
conversations played from them still see every declared variable."""

from __future__ import annotations

import gc

from game.core.story import StoryState
from game.dialogue.explore import ConversationExplorer
from game.dialogue.program import load_text
from game.dialogue.reach import _PartSearch
from game.dialogue.runner import Runner
from game.dialogue.story_parts import EntryPoint, StoryReach, make_entry
from game.dialogue.story_space import StorySpace

SCRIPT = (
    "title: Declarations\n---\n<<declare $a = 1>>\n<<declare $b = 2>>\n"
    "<<declare $other = false>>\n===\n"
    "title: Start\n---\n<<set $a += 1>>\n"
    "Both. <<if $a == 2 and $b == 2>> #line:both\n===\n"
)


def test_a_story_rebuilt_from_a_state_holds_only_the_parts_variables():
    program = load_text(SCRIPT)
    space = StorySpace(program, {("var", "a"), ("var", "b")})
    story = space.story_of(space.initial())
    assert story.variables == {"a": 1.0, "b": 2.0}


def test_a_conversation_reads_a_variable_its_story_lacks_at_its_declared_value():
    program = load_text(SCRIPT)
    space = StorySpace(program, {("var", "a")})
    explorer = ConversationExplorer(program, space.key_of)
    result = explorer.run(StoryState(), "Start")
    assert "both" in result.reached
    assert [space.key_of(end) for end in result.ends] == [(2.0,)]
    assert "other" not in result.ends[0].variables


def test_a_rebuilt_story_also_holds_seeded_variables_at_their_declared_values():
    program = load_text(SCRIPT)
    space = StorySpace(program, {("var", "a")}, seeded={("var", "b"), ("var", "nope")})
    story = space.story_of(space.initial())
    assert story.variables == {"a": 1.0, "b": 2.0}


def test_a_conversation_that_changes_nothing_counts_as_a_successor_in_the_budget():
    program = load_text(
        "title: Declarations\n---\n<<declare $on = false>>\n===\n"
        "title: Idle\n---\nHello. <<if $on>> #line:hi\n===\n"
        "title: Flip\n---\n<<set $on = true>>\n===\n"
    )
    reach = StoryReach()
    entries = [make_entry(program, EntryPoint(n), reach) for n in ("Idle", "Flip")]
    part = _PartSearch(program, entries, reach)
    start = part.space.initial()
    assert part.moves.children(start) == [(True,)]  # Idle leads back to start
    assert part.moves.successors(start) == 2


def test_explored_conversations_leave_no_runner_for_the_cycle_collector():
    program = load_text(
        "title: Declarations\n---\n<<declare $on = false>>\n===\n"
        "title: Start\n---\n-> On #line:on\n    <<set $on = true>>\n"
        "-> Off #line:off\nDone. #line:done\n===\n"
    )
    space = StorySpace(program, {("var", "on")})
    gc.collect()
    gc.disable()
    try:
        result = ConversationExplorer(program, space.key_of).run(StoryState(), "Start")
        gc.set_debug(gc.DEBUG_SAVEALL)
        gc.collect()
        left = [o for o in gc.garbage if isinstance(o, Runner)]
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
        gc.enable()
    assert {"on", "off", "done"} <= result.reached
    assert left == []
