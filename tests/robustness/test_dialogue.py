"""Mutated dialogue is refused with findings naming the file, or it plays:
the checker never answers with a raw internal error, and the game plays any
node of a mutated script to its end (or stops it with a message) in time."""

from __future__ import annotations

import shutil
import time

import pygame
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from game.core.findings import Severity
from game.core.paths import dialogue_dir, project_root
from game.core.story import StoryState
from game.dialogue.check import check_files, project_files
from game.dialogue.errors import DialogueError
from game.dialogue.program import read_file
from game.input.actions import IDLE, Action, ActionState
from game.play.conversations import Conversations
from game.play.programs import ProgramCache
from game.tools.screens import headless_context

CASES = settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
SECONDS = 5.0
FRAMES = 240
FILES = ("ep1/main.yarn", "ep1/npcs.yarn", "ep1/endings.yarn")
HOSTILE = [
    "", "===", "---", "title: Ep1_Lobby_Sandra", "<<endif>>", "<<else>>",
    "<<if $ep1_stage > >>", "<<if true>>", "<<once>>", "<<endonce>>",
    "-> ", "    -> A path nobody planned", "<<jump Nowhere>>",
    "<<jump Ep1_Launch>>", "<<detour Ep1_Launch>>", "<<set $ep1_stage = 1/0>>",
    "<<set $ep1_stage = 1e308 * 1e308>>", "<<minigame ../../../etc/passwd>>",
    "<<minigame ep9_nothing>>", "<<sound ../../x>>", "<<music /etc/passwd>>",
    "<<move Nobody 1 2>>", "<<move Ortho nan inf>>", "<<wait 1e308>>",
    "<<wait -1>>", "<<face Ortho sideways>>", "<<fade sideways>>",
    "<<ending no_such_ending>>", "{$undeclared}", "[b]never closed",
    "Iris: " + "word " * 800, "<<declare $ep1_stage = true>>",
    "\t<<else>>", "Nobody: who am I?", "{{{{{{{{{{", "<<<<>>>>",
    "Iris: [wait=999999/]", "<<stop>>", "<<return>>",
]  # fmt: skip
KINDS = ("delete", "duplicate", "replace", "indent", "swap")
mutation = st.tuples(st.integers(0, 10_000), st.sampled_from(KINDS), st.integers(0, 99))
TAPS = [frozenset({Action.CONFIRM}), frozenset({Action.DOWN}), frozenset()]


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    """A copy of dialogue/ beside the project's own maps and assets."""
    root = tmp_path_factory.mktemp("project")
    shutil.copytree(dialogue_dir(), root / "dialogue")
    for name in ("maps", "assets"):
        (root / name).symlink_to(project_root() / name)
    return root


def mutate(lines: list[str], changes: list[tuple[int, str, int]]) -> list[str]:
    lines = list(lines)
    for pick, kind, value in changes:
        at = pick % len(lines)
        if kind == "delete":
            del lines[at]
        elif kind == "duplicate":
            lines.insert(at, lines[at])
        elif kind == "replace":
            lines[at] = HOSTILE[value % len(HOSTILE)]
        elif kind == "indent":
            lines[at] = " " * (value % 9) + lines[at].lstrip()
        else:
            other = value % len(lines)
            lines[at], lines[other] = lines[other], lines[at]
    return lines


def write_mutation(root, name, changes):
    source = dialogue_dir() / name
    lines = source.read_text(encoding="utf-8").splitlines()
    target = root / "dialogue" / name
    target.write_text("\n".join(mutate(lines, changes)) + "\n", encoding="utf-8")
    return target


def restore(root, name):
    shutil.copyfile(dialogue_dir() / name, root / "dialogue" / name)


def node_names(path, root) -> list[str]:
    try:
        return [n.title for n in read_file(path, root).nodes if not n.is_declarations]
    except DialogueError:
        return []


def play(root, node: str) -> list[str]:
    """Play `node` of the project at `root` the way the game does, pressing
    confirm and down in turn; the messages the player was shown."""
    ctx = headless_context(seed=1)
    ctx.story = StoryState()
    ctx.dialogue = ProgramCache(ctx, root / "dialogue")
    talk = Conversations(ctx)
    if node in talk.program.code:
        talk.run_dialogue(node)
    surface = pygame.display.get_surface()
    for frame in range(FRAMES):
        tap = TAPS[frame % len(TAPS)]
        ctx.stack.update(ActionState(held=tap, pressed=tap), 1 / 60, IDLE)
        ctx.stack.draw(surface, 1.0)
        if not ctx.stack.scenes:
            break
    return list(ctx.messages)


@CASES
@given(st.sampled_from(FILES), st.lists(mutation, min_size=1, max_size=4), st.data())
def test_a_mutated_script_is_refused_by_name_or_plays(project, name, changes, data):
    path = write_mutation(project, name, changes)
    try:
        start = time.perf_counter()
        findings = check_files(project_files(project), project, story=False)
        assert all(f.file and "checker failed" not in f.message for f in findings)
        nodes = node_names(path, project)
        if nodes:
            play(project, data.draw(st.sampled_from(nodes)))
        assert time.perf_counter() - start < SECONDS
    finally:
        restore(project, name)
        pygame.display.quit()


def test_an_accepted_script_plays_without_a_runtime_fault(project):
    """The checker and the game agree on the real script: every ep1 node it
    accepts plays with no message for the player."""
    findings = check_files(project_files(project), project, story=False)
    assert not [f for f in findings if f.severity is Severity.ERROR]
    try:
        for node in node_names(project / "dialogue" / "ep1" / "npcs.yarn", project):
            assert play(project, node) == [], node
    finally:
        pygame.display.quit()


def test_deep_nesting_is_a_clear_error(tmp_path):
    depth = 400
    body = "".join(f"{' ' * i}<<if true>>\n" for i in range(depth))
    body += "Iris: deep.\n" + "".join("<<endif>>\n" for _ in range(depth))
    path = tmp_path / "deep.yarn"
    path.write_text(f"title: Deep\n---\n{body}===\n", encoding="utf-8")
    start = time.perf_counter()
    findings = check_files([path], tmp_path, story=False)
    assert findings and findings[0].file.endswith("deep.yarn")
    assert "nest" in findings[0].message
    assert time.perf_counter() - start < SECONDS
