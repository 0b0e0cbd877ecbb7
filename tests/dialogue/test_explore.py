"""The conversation explorer: every option and every sample minigame result
is walked from the story as it was before the fork, and the story it is
given is changed only when the caller gives it up."""

from __future__ import annotations

from game.core.story import StoryState
from game.dialogue.explore import ConversationExplorer
from game.dialogue.program import load_text
from game.dialogue.story_space import StorySpace

GAME = (
    "title: Declarations\n---\n<<declare $a = 0>>\n<<declare $b = 0>>\n"
    '<<declare $minigame_outcome = "">>\n<<declare $minigame_score = 0>>\n'
    "<<declare $minigame_peak_stress = 0>>\n===\n"
)
CHOICE = GAME + (
    "title: Start\n---\n-> A #line:a\n    <<set $a = 1>>\n"
    "-> B #line:b\n    <<set $b = 1>>\n-> C #line:c\n===\n"
)


def explorer_over(text: str, atoms: set) -> tuple[ConversationExplorer, StorySpace]:
    program = load_text(text)
    space = StorySpace(program, atoms)
    return ConversationExplorer(program, space.key_of), space


def test_each_option_is_walked_from_the_story_before_the_choice():
    explorer, space = explorer_over(CHOICE, {("var", "a"), ("var", "b")})
    result = explorer.run(StoryState(), "Start")
    assert [space.key_of(end) for end in result.ends] == [
        (0.0, 0.0),
        (0.0, 1.0),
        (1.0, 0.0),
    ]


def test_each_sample_result_is_walked_from_the_story_before_the_minigame():
    text = GAME + (
        "title: Start\n---\n<<set $a = 1>>\n<<minigame ep9_level>>\n"
        "<<set $b = $minigame_score>>\n===\n"
    )
    atoms = {("var", "a"), ("var", "b"), ("var", "minigame_score")}
    explorer, space = explorer_over(text, atoms)
    result = explorer.run(StoryState(), "Start")
    scores = sorted(space.key_of(end)[1] for end in result.ends)
    assert scores == [150.0, 200.0, 250.0, 300.0, 950.0, 1200.0]
    assert {space.key_of(end)[0] for end in result.ends} == {1.0}


def test_the_callers_story_is_left_alone():
    explorer, _ = explorer_over(CHOICE, {("var", "a")})
    story = StoryState(variables={"a": 0.0, "b": 0.0})
    explorer.run(story, "Start")
    assert story.variables == {"a": 0.0, "b": 0.0}


def test_a_story_the_caller_gives_up_is_played_in_place():
    text = GAME + "title: Start\n---\n<<set $a = 1>>\n===\n"
    explorer, _ = explorer_over(text, {("var", "a")})
    story = StoryState(variables={"a": 0.0})
    result = explorer.run(story, "Start", own=True)
    assert result.ends == [story]
    assert story.variables["a"] == 1.0


def test_the_end_keys_are_the_keys_of_the_ends_in_order():
    explorer, space = explorer_over(CHOICE, {("var", "a"), ("var", "b")})
    result = explorer.run(StoryState(), "Start")
    assert result.end_keys == [space.key_of(end) for end in result.ends]
