from __future__ import annotations

import numpy as np
import pytest
from helpers import play, program, texts

from game.core.story import StoryState
from game.dialogue.evaluate import Span
from game.dialogue.runner import Command, End, Line, Options, Runner, run_all


def test_a_line_carries_speaker_text_tags_id_and_mood():
    (line, end) = play("Ortho: Hello {$name}. #line:hello #mood:happy #extra\n")
    assert line == Line(
        "Ortho",
        "Hello Iris.",
        (),
        ("line:hello", "mood:happy", "extra"),
        "hello",
        "happy",
    )
    assert isinstance(end, End)


def test_markup_becomes_spans_over_plain_text():
    (line, _) = play("A [b]bold[/b] [speed=0.5]slow[/speed][wait=1.5/] end\n")
    assert line.text == "A bold slow end"
    assert line.spans == (
        Span("b", 2, 6),
        Span("speed", 7, 11, 0.5),
        Span("wait", 11, 11, 1.5),
    )


def test_escaped_characters_are_literal_text():
    (line, _) = play("Use \\[brackets\\] and \\{braces\\} and \\#hash\n")
    assert line.text == "Use [brackets] and {braces} and #hash"


def test_trailing_condition_hides_a_line():
    assert texts(play("A <<if $flag>>\nB <<if not $flag>>\n")) == ["B"]


def test_once_line_shows_only_the_first_time():
    prog = program("A <<once>>\nB\n")
    runner = Runner(prog, StoryState())
    assert texts(run_all(runner, "Start")) == ["A", "B"]
    assert texts(run_all(runner, "Start")) == ["B"]


def test_once_if_line_needs_its_condition_and_stays_unused_until_shown():
    prog = program("A <<once if $flag>>\n<<set $flag = true>>\n")
    runner = Runner(prog, StoryState())
    assert texts(run_all(runner, "Start")) == []
    assert texts(run_all(runner, "Start")) == ["A"]
    assert texts(run_all(runner, "Start")) == []


def test_once_block_with_else():
    prog = program("<<once>>\n  First\n<<else>>\n  Later\n<<endonce>>\n")
    runner = Runner(prog, StoryState())
    assert texts(run_all(runner, "Start")) == ["First"]
    assert texts(run_all(runner, "Start")) == ["Later"]


def test_if_elseif_else_picks_one_branch():
    body = "<<if $n > 5>>\nbig\n<<elseif $n > 1>>\nmiddle\n<<else>>\nsmall\n<<endif>>\n"
    assert texts(play(body)) == ["middle"]
    story = StoryState(variables={"n": 9.0})
    assert texts(play(body, story=story)) == ["big"]


def test_options_offer_choices_with_availability_and_run_the_chosen_body():
    body = (
        "-> One\n    picked one\n-> Two <<if $flag>>\n    picked two\n-> Three\nafter\n"
    )
    events = play(body, choices=[2])
    offer = events[0]
    assert isinstance(offer, Options)
    assert [(o.text, o.available) for o in offer.options] == [
        ("One", True),
        ("Two", False),
        ("Three", True),
    ]
    assert not offer.show_unavailable
    assert texts(events) == ["after"]
    assert texts(play(body, choices=[0])) == ["picked one", "after"]


def test_nested_options_run_inside_their_parent():
    body = "-> A\n    -> A1\n        deep\n    -> A2\n-> B\nend\n"
    assert texts(play(body, choices=[0, 0])) == ["deep", "end"]


def test_a_blank_line_ends_an_option_group():
    events = play("-> A\n-> B\n\n-> C\n-> D\n", choices=[0, 1])
    groups = [e for e in events if isinstance(e, Options)]
    assert [len(g.options) for g in groups] == [2, 2]


def test_a_node_tag_asks_to_grey_unavailable_options():
    from game.dialogue.program import load_text

    prog = load_text("title: Start\ntags: show_unavailable\n---\n-> A\n===\n")
    (offer, *_rest) = run_all(Runner(prog, StoryState()), "Start")
    assert offer.show_unavailable


def test_once_option_disappears_after_use_and_empty_groups_are_passed():
    prog = program("-> Hint <<once>>\n    hint\ndone\n")
    runner = Runner(prog, StoryState())
    assert texts(run_all(runner, "Start")) == ["hint", "done"]
    events = run_all(runner, "Start")
    assert texts(events) == ["done"]
    assert not any(isinstance(e, Options) for e in events)


def test_set_with_plus_and_minus():
    story = StoryState()
    play(
        "<<set $n = $n * 10>>\n<<set $n += 5>>\n<<set $n -= 1>>\n"
        '<<set $name += "!">>\n',
        story=story,
    )
    assert story.variables["n"] == 24.0 and story.variables["name"] == "Iris!"


def test_set_to_is_accepted_as_yarn_writes_it():
    story = StoryState()
    play("<<set $flag to true>>\n", story=story)
    assert story.variables["flag"] is True


def test_variables_start_from_declarations_but_keep_existing_values():
    story = StoryState(variables={"n": 7.0})
    play("Hi\n", story=story)
    assert story.variables == {"n": 7.0, "name": "Iris", "flag": False}


def test_commands_are_events_with_typed_arguments():
    events = play('<<move Malik 4 {$n + 1}>>\n<<fade out>>\n<<sound "door open">>\n')
    assert events[:3] == [
        Command("move", ("Malik", 4.0, 3.0), True),
        Command("fade", ("out",), True),
        Command("sound", ("door open",), False),
    ]


def test_jump_detour_return_and_stop():
    from game.dialogue.program import load_text

    prog = load_text(
        "title: Start\n---\nstart\n<<detour Side>>\nback\n<<jump Next>>\nnever\n===\n"
        "title: Side\n---\nside\n<<return>>\nnever\n===\n"
        "title: Next\n---\nnext\n<<stop>>\nnever\n===\n"
    )
    story = StoryState()
    assert texts(run_all(Runner(prog, story), "Start")) == [
        "start",
        "side",
        "back",
        "next",
    ]
    assert story.visits == {"Side": 1, "Start": 1, "Next": 1}


def test_visited_counts_nodes_that_were_left():
    from game.dialogue.program import load_text

    prog = load_text(
        'title: Start\n---\n{visited("Start")} {visited_count("Start")}\n===\n'
    )
    runner = Runner(prog, StoryState())
    assert texts(run_all(runner, "Start")) == ["False 0"]
    assert texts(run_all(runner, "Start")) == ["True 1"]


def test_random_range_is_seeded_and_inclusive():
    prog = program("{random_range(1, 3)}\n")
    rolls = []
    for seed in (1, 1, 2):
        runner = Runner(prog, StoryState(), rng=np.random.default_rng(seed))
        rolls.append(texts(run_all(runner, "Start")))
    assert rolls[0] == rolls[1]
    values = set()
    runner = Runner(prog, StoryState(), rng=np.random.default_rng(5))
    for _ in range(60):
        values.update(texts(run_all(runner, "Start")))
    assert values == {"1", "2", "3"}


def test_minigame_queries_read_the_story_results():
    story = StoryState(minigame={"lvl": {"outcome": "won", "score": 120}})
    body = (
        '{minigame_outcome("lvl")} {minigame_score("lvl")} {minigame_outcome("x")}.\n'
    )
    assert texts(play(body, story=story)) == ["won 120 ."]


def test_seen_flag_marks_lines_seen_in_an_earlier_run():
    prog = program("A #line:a\nB\n")
    seen: set[str] = set()
    first = run_all(Runner(prog, StoryState(), seen), "Start")
    second = run_all(Runner(prog, StoryState(), seen), "Start")
    assert [e.seen for e in first if isinstance(e, Line)] == [False, False]
    assert [e.seen for e in second if isinstance(e, Line)] == [True, True]
    assert "a" in seen and "Start:2" in seen


def test_choose_rejects_an_unavailable_option():
    prog = program("-> A <<if $flag>>\n-> B\n")
    runner = Runner(prog, StoryState())
    runner.start("Start")
    runner.advance()
    with pytest.raises(ValueError):
        runner.choose(0)


def test_starting_an_unknown_node_is_a_dialogue_error():
    from game.dialogue.errors import DialogueError

    with pytest.raises(DialogueError):
        Runner(program("Hi\n"), StoryState()).start("Missing")
