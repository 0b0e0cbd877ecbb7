"""The story search: state carries between conversations, minigames end in
every outcome, hard combinations of choices are found, parts are separate."""

from __future__ import annotations

import sys

import pytest

from game.dialogue.program import load_text
from game.dialogue.reach import _PartSearch, search
from game.dialogue.story_parts import EntryPoint, parts

GAME = (
    "title: GameDeclarations\n---\n"
    '<<declare $minigame_outcome = "">>\n<<declare $minigame_score = 0>>\n'
    "<<declare $minigame_peak_stress = 0>>\n===\n"
)


def test_every_minigame_outcome_and_a_high_peak_stress_are_tried():
    program = load_text(
        GAME + "title: Level\n---\n<<minigame ep9_teach>>\n"
        '<<if $minigame_outcome == "won">>\n    Won. #line:won\n'
        '<<elseif minigame_outcome("ep9_teach") == "lost">>\n    Lost. #line:lost\n'
        "<<else>>\n    Stopped. #line:stopped\n<<endif>>\n"
        "Stress! <<if $minigame_peak_stress >= 80>> #line:stress\n"
        "Calm. <<if $minigame_peak_stress < 80>> #line:calm\n===\n"
    )
    result = search(program, [EntryPoint("Level")])
    assert {"won", "lost", "stopped", "stress", "calm"} <= result.reached


def test_a_choice_in_one_conversation_opens_a_line_in_the_next():
    program = load_text(
        "title: Declarations\n---\n<<declare $asked = false>>\n===\n"
        "title: Ask\n---\n-> Ask her #line:ask\n    <<set $asked = true>>\n"
        "-> Leave #line:leave\n===\n"
        "title: Answer\n---\nShe answers. <<if $asked>> #line:answer\n===\n"
    )
    result = search(program, [EntryPoint("Ask"), EntryPoint("Answer", "$asked")])
    assert "answer" in result.reached and result.finished


def patients(*declared: str) -> list[str]:
    """The declarations (a stage, four answers, a trust and `declared`) and
    four talks, each told the truth or comforted, in stages."""
    out = ["title: Declarations", "---", "<<declare $stage = 0>>"]
    out += [f'<<declare $told{i} = "none">>' for i in range(4)]
    out += ["<<declare $trust = 0>>", *declared, "==="]
    for i in range(4):
        out += [f"title: Patient{i}", "---", f"<<if $stage == {i}>>"]
        out += [f"-> Truth #line:t{i}", f'    <<set $told{i} = "truth">>']
        out += [f"-> Comfort #line:c{i}", f'    <<set $told{i} = "comfort">>']
        out += ["", "<<set $stage += 1>>", "<<endif>>", "==="]
    return out


def four_patients() -> str:
    """Four talks, each told the truth (+1) or comforted (-1), in stages; the
    good ending needs all four truths: one state in 81 at the end."""
    out = patients()
    out += ["title: Ending", "---", "<<set $trust = 0>>"]
    for i in range(4):
        out += [f'<<if $told{i} == "truth">>', "<<set $trust += 1>>"]
        out += ["<<else>>", "<<set $trust -= 1>>", "<<endif>>"]
    out += ["<<if $trust >= 4>>", "Everyone trusts you. #line:best"]
    out += ["<<else>>", "Some doubt remains. #line:rest", "<<endif>>", "==="]
    return "\n".join(out) + "\n"


def test_the_search_finds_a_combination_of_four_choices():
    program = load_text(four_patients())
    points = [EntryPoint(f"Patient{i}") for i in range(4)]
    points.append(EntryPoint("Ending", "$stage == 4"))
    result = search(program, points)
    assert {"best", "rest"} <= result.reached


def test_the_search_is_deterministic():
    program = load_text(four_patients())
    points = [EntryPoint(f"Patient{i}") for i in range(4)]
    points.append(EntryPoint("Ending", "$stage == 4"))
    first, second = search(program, points), search(program, points)
    assert (first.states, first.conversations) == (second.states, second.conversations)


def test_conversations_that_share_no_state_are_searched_apart():
    program = load_text(
        GAME + "title: Declarations\n---\n<<declare $a = 0>>\n<<declare $b = 0>>\n"
        "===\ntitle: A1\n---\n<<set $a = 1>>\n<<minigame l1>>\n"
        "{$minigame_outcome}\n===\ntitle: A2\n---\nA is {$a}. <<if $a == 1>>\n===\n"
        "title: B1\n---\n<<set $b = 1>>\n<<minigame l2>>\n===\n"
        "title: B2\n---\nB. <<if $b == 1>>\n===\n"
    )
    from game.dialogue.story_parts import StoryReach, make_entry

    reach = StoryReach()
    entries = [
        make_entry(program, EntryPoint(n), reach) for n in ("A1", "A2", "B1", "B2")
    ]
    groups = sorted(sorted(e.point.node for e in part) for part in parts(entries))
    assert groups == [["A1", "A2"], ["B1", "B2"]]


def test_a_node_that_loops_forever_cannot_end():
    program = load_text("title: Start\n---\nAgain.\n<<jump Start>>\n===\n")
    assert search(program, [EntryPoint("Start")]).cannot_end == {"Start"}


def _growing(name: str) -> str:
    """A node whose counter grows every time: its part never runs dry."""
    return (
        f"title: {name}\n---\n<<set $n_{name} += 1>>\n"
        f"<<if $n_{name} < 0>>\n    Never. #line:never_{name}\n<<endif>>\n===\n"
    )


def _declared(*names: str) -> str:
    decls = "".join(f"<<declare $n_{n} = 0>>\n" for n in names)
    return f"title: Declarations\n---\n{decls}===\n"


def test_a_part_that_spends_its_budget_is_stopped_at_its_busiest_node():
    program = load_text(_declared("Grow") + _growing("Grow"))
    result = search(program, [EntryPoint("Grow")], budget=50)
    assert not result.finished
    assert result.stopped == {"Grow"} and "Grow" in result.unsearched


def test_each_part_has_its_own_budget():
    # One endless part does not use up the budget of another.
    program = load_text(
        _declared("Grow")
        + _growing("Grow")
        + "title: Ask\n---\n-> Yes #line:yes\n-> No #line:no\n===\n"
    )
    result = search(program, [EntryPoint("Grow"), EntryPoint("Ask")], budget=50)
    assert result.stopped == {"Grow"}
    assert {"yes", "no"} <= result.reached and "Ask" not in result.unsearched


def test_a_part_that_spends_its_instruction_budget_is_stopped(monkeypatch):
    monkeypatch.setattr("game.dialogue.reach.STEP_BUDGET", 40)
    program = load_text(_declared("Grow") + _growing("Grow"))
    result = search(program, [EntryPoint("Grow")])
    assert result.stopped == {"Grow"} and result.states < 40


@pytest.mark.skipif(sys.platform != "linux", reason="work is shared on Linux only")
def test_parts_searched_in_two_processes_find_what_one_process_finds(monkeypatch):
    from game.core import shared_work

    program = load_text(
        _declared("Grow")
        + _growing("Grow")
        + "title: Ask\n---\n-> Yes #line:yes\n-> No #line:no\n===\n"
        + four_patients().replace("Declarations", "Patients")
    )
    points = [EntryPoint("Grow"), EntryPoint("Ask"), EntryPoint("Ending")]
    points += [EntryPoint(f"Patient{i}") for i in range(4)]
    monkeypatch.setenv(shared_work.JOBS_ENV, "1")
    alone = search(program, points, budget=300)
    monkeypatch.setenv(shared_work.JOBS_ENV, "2")
    monkeypatch.setattr(shared_work, "_processors", lambda: 2)
    monkeypatch.setattr(shared_work, "FAIR_SHARE", 0.0)
    forks = []
    fork = shared_work._fork
    monkeypatch.setattr(
        shared_work, "_fork", lambda jobs: forks.append(1) or fork(jobs)
    )
    shared = search(program, points, budget=300)
    assert forks and shared == alone
    assert alone.stopped == {"Grow"} and "best" in alone.reached


def two_ways_in(threshold: int) -> str:
    """Four patients told the truth (+1) or comforted (-1), a switch and a
    crisis; Resolve jumps to Middle either when switched off or when the
    crisis was won with a trust of `threshold`, and Middle's second line
    needs the second way (4: every truth; 5: never)."""
    out = patients("<<declare $off = false>>", "<<declare $won = false>>")
    for name, flag in (("Switch", "off"), ("Crisis", "won")):
        out += [f"title: {name}", "---", f"-> Yes #line:{flag}_yes"]
        out += [f"    <<set ${flag} = true>>", f"-> No #line:{flag}_no"]
        out += [f"    <<set ${flag} = false>>", "==="]
    out += ["title: Resolve", "---", "<<set $trust = 0>>"]
    for i in range(4):
        out += [f'<<if $told{i} == "truth">>', "<<set $trust += 1>>"]
        out += [f'<<elseif $told{i} == "comfort">>', "<<set $trust -= 1>>"]
        out += ["<<endif>>"]
    out += ["<<if $off and $trust >= 4>>", "<<jump Good>>"]
    out += ["<<elseif $off>>", "<<jump Middle>>"]
    out += [f"<<elseif $won and $trust >= {threshold}>>", "<<jump Middle>>"]
    out += ["<<else>>", "<<jump Bad>>", "<<endif>>", "==="]
    out += ["title: Good", "---", "Good. #line:good", "==="]
    out += ["title: Bad", "---", "Bad. #line:bad", "==="]
    out += ["title: Middle", "---", "<<if $off>>", "Stopped. #line:stopped"]
    out += ["<<else>>", "Still running. #line:running", "<<endif>>", "==="]
    return "\n".join(out) + "\n"


def two_ways_points() -> list[EntryPoint]:
    points = [EntryPoint(f"Patient{i}") for i in range(4)]
    return (
        points
        + [EntryPoint(n) for n in ("Switch", "Crisis")]
        + [EntryPoint("Resolve", "$stage == 4")]
    )


def missing_when_settling(monkeypatch) -> list[int]:
    """What the search still misses each time it starts its last phase."""
    left: list[int] = []
    settle = _PartSearch.settle

    def spy(self: _PartSearch) -> None:
        left.append(self.missing_count)
        settle(self)

    monkeypatch.setattr(_PartSearch, "settle", spy)
    return left


def test_the_hunt_reaches_a_line_through_the_one_way_in_that_allows_it(
    monkeypatch,
):
    left = missing_when_settling(monkeypatch)
    result = search(load_text(two_ways_in(4)), two_ways_points())
    assert "running" in result.reached and result.finished
    assert left == [0]  # the hunts found it: nothing left to settle


def test_a_line_behind_an_impossible_way_in_is_proved_unreachable(monkeypatch):
    left = missing_when_settling(monkeypatch)
    result = search(load_text(two_ways_in(5)), two_ways_points())
    assert "running" not in result.reached and result.finished
    assert {"stopped", "good", "bad"} <= result.reached
    assert left == [1]  # only the last phase could prove it


def three_endings_lines() -> tuple[str, list[EntryPoint]]:
    """Four patients, then an ending whose three lines each need two
    particular truths (only width-2 combinations: the first pass misses
    them)."""
    out = patients()
    out += ["title: Ending", "---"]
    for key, (a, b) in (("first", (0, 1)), ("last", (2, 3)), ("outer", (0, 3))):
        condition = f'$told{a} == "truth" and $told{b} == "truth"'
        out += [f"Both. <<if {condition}>> #line:{key}"]
    out += ["==="]
    points = [EntryPoint(f"Patient{i}") for i in range(4)]
    return "\n".join(out) + "\n", [*points, EntryPoint("Ending", "$stage == 4")]


def hunts_spied(monkeypatch, miss_with_hints: bool = False) -> list[tuple]:
    """The (target, together) of every hunt; with `miss_with_hints`, hunts
    with hints find nothing (as if the hints misled them)."""
    hunted: list[tuple] = []
    hunt = _PartSearch.hunt

    def spy(self: _PartSearch, target: tuple, cap: int, together: bool = True):
        hunted.append((target, together))
        if not (miss_with_hints and together):
            hunt(self, target, cap, together)

    monkeypatch.setattr(_PartSearch, "hunt", spy)
    return hunted


def test_one_hunt_reaches_every_line_of_a_node_its_hints_point_to(monkeypatch):
    hunted = hunts_spied(monkeypatch)
    text, points = three_endings_lines()
    result = search(load_text(text), points)
    assert {"first", "last", "outer"} <= result.reached
    assert len(hunted) == 1


def test_a_hunt_with_hints_that_misses_its_line_is_tried_again_alone(monkeypatch):
    left = missing_when_settling(monkeypatch)
    hunted = hunts_spied(monkeypatch, miss_with_hints=True)
    text, points = three_endings_lines()
    result = search(load_text(text), points)
    assert {"first", "last", "outer"} <= result.reached and left == [0]
    first, again, *rest = hunted
    assert first[1] and (again[0], again[1]) == (first[0], False)
    assert not any(together for _, together in rest)  # the node's next go alone


def test_a_node_a_hunt_missed_is_not_hunted_again_for_its_other_lines(
    monkeypatch,
):
    hunted = hunts_spied(monkeypatch)
    program = load_text(
        "title: Declarations\n---\n<<declare $n = 0>>\n===\n"
        "title: Start\n---\nHello. #line:hello\n<<if $n > 1>>\n<<jump Far>>\n"
        "<<endif>>\n===\ntitle: Far\n---\nOne. #line:one\nTwo. #line:two\n===\n"
    )
    result = search(program, [EntryPoint("Start")])
    assert result.finished and not {"one", "two"} & result.reached
    # one line's hunt, with hints and then alone; none for the other line
    assert hunted == [(("Far", 0, -1), True), (("Far", 0, -1), False)]
