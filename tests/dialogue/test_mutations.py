"""The checker never hangs: randomly mutated episode-1 scripts and files
built to explode the story search each get findings or a clean bill within
a time limit, never an exception."""

from __future__ import annotations

import random
import shutil
import time
from pathlib import Path

import pytest

from game.core.paths import project_root
from game.dialogue.check import check_project
from game.dialogue.story_parts import EntryPoint
from game.tiled.project import load_project
from game.tools import check as tool

LIMIT_S = 2.0  # processor seconds for the whole dialogue check of one project
EP1 = ("main.yarn", "npcs.yarn", "endings.yarn")
BOOLS = ("true", "false")


@pytest.fixture(scope="module")
def entry_points() -> list[EntryPoint]:
    """How the real maps start conversations (read once for the module)."""
    root = project_root()
    project = load_project(root / "maps" / "smile.tiled-project")
    know = tool.knowledge(root, project)
    worlds: list = []
    for path in tool.content_files(root):
        tool.check_file(path, know, worlds)
    return tool.story_entry_points(root, worlds, know.variables)


def indent(line: str) -> str:
    return line[: len(line) - len(line.lstrip())]


def body_lines(lines: list[str]) -> list[int]:
    heads = ("title:", "tags:", "---", "===", "//")
    return [i for i, s in enumerate(lines) if s.strip() and not s.startswith(heads)]


def mutate(lines: list[str], rng: random.Random) -> list[str]:
    """One to five edits a hurried writer (or a bad merge) might make."""
    lines = list(lines)
    for _ in range(rng.randrange(1, 6)):
        body = body_lines(lines)
        if body:
            edit = rng.choice(EDITS)
            edit(lines, rng.choice(body), rng)
    return lines


def delete(lines: list[str], at: int, rng: random.Random) -> None:
    del lines[at]


def duplicate(lines: list[str], at: int, rng: random.Random) -> None:
    start = rng.choice(body_lines(lines))
    lines[at:at] = lines[start : start + rng.randrange(1, 8)]


def swap_blocks(lines: list[str], at: int, rng: random.Random) -> None:
    marks = [i for i, s in enumerate(lines) if "<<if" in s or "<<endif" in s]
    if len(marks) >= 2:
        a, b = rng.sample(marks, 2)
        lines[a], lines[b] = lines[b], lines[a]


def jump(lines: list[str], at: int, rng: random.Random) -> None:
    titles = [s.split(":", 1)[1].strip() for s in lines if s.startswith("title:")]
    lines.insert(at, f"{indent(lines[at])}<<jump {rng.choice(titles)}>>")


def variables(lines: list[str], at: int, rng: random.Random) -> None:
    count = rng.randrange(5, 30)
    sets = [
        f"{indent(lines[at])}<<set $m{k} = {rng.random() < 0.5}>>" for k in range(count)
    ]
    lines[at:at] = [s.replace("True", "true").replace("False", "false") for s in sets]


def conditional_options(lines: list[str], at: int, rng: random.Random) -> None:
    pad = indent(lines[at])
    for k in range(rng.randrange(5, 40)):
        lines[at:at] = [f"{pad}-> Choice {k} <<if $m{k % 7}>>", f"{pad}    Said {k}."]


def if_chain(lines: list[str], at: int, rng: random.Random) -> None:
    pad = indent(lines[at])
    for k in range(rng.randrange(5, 25)):
        lines[at:at] = [
            f"{pad}<<if $x{k}>>",
            f"{pad}    <<set $y{k} = true>>",
            f"{pad}<<else>>",
            f"{pad}    <<set $x{k} = true>>",
            f"{pad}<<endif>>",
        ]


EDITS = (delete, duplicate, swap_blocks, jump, variables, conditional_options, if_chain)


def project_with(tmp_path: Path, name: str, text: str) -> Path:
    root = tmp_path / "root"
    # Episode 1 and the shared files only: the other episodes are searched
    # apart from it, and without their maps' entry points here they would
    # only add time unrelated to the mutation.
    others = shutil.ignore_patterns("ep[2-9]*")
    shutil.copytree(project_root() / "dialogue", root / "dialogue", ignore=others)
    (root / "assets").symlink_to(project_root() / "assets")
    (root / "dialogue" / "ep1" / name).write_text(text, encoding="utf-8")
    return root


def timed_check(root: Path, points: list[EntryPoint]) -> tuple[float, list]:
    start = time.process_time()
    findings = check_project(root, points, line_ids=True)
    return time.process_time() - start, findings


# Seeds 6 and 10 once kept the search busy for seconds (a jump that makes an
# ending unreachable, so the search tries to prove it over every state).
@pytest.mark.parametrize("seed", [6, 10, 19, 28, 54, 101, 146, 174])
def test_a_mutated_episode_script_is_checked_within_the_limit(
    tmp_path, entry_points, seed
):
    rng = random.Random(seed)
    name = rng.choice(EP1)
    source = (project_root() / "dialogue" / "ep1" / name).read_text(encoding="utf-8")
    text = "\n".join(mutate(source.splitlines(), rng)) + "\n"
    took, findings = timed_check(project_with(tmp_path, name, text), entry_points)
    assert took < LIMIT_S, f"seed {seed}: {took:.2f} s"
    assert all(f.message and f.file for f in findings)


def test_choices_that_multiply_across_talks_get_the_split_finding(
    tmp_path, entry_points
):
    # Twenty talks each set one flag either way: 2**20 story states, and a
    # line that needs all of them, so the search cannot prove it either way.
    decls = "".join(f"<<declare $f{i} = false>>\n" for i in range(20))
    talks = "".join(
        f"title: Flag{i}\ntags: entry\n---\n-> On #line:on{i}\n"
        f"    <<set $f{i} = true>>\n-> Off #line:off{i}\n    <<set $f{i} = false>>\n"
        "===\n"
        for i in range(20)
    )
    # ... and a line no playthrough reaches, which only trying them all proves
    never = " and ".join(f"$f{i}" for i in range(20)) + " and not $f0"
    last = f"title: All\ntags: entry\n---\nNever. <<if {never}>> #line:all\n===\n"
    text = f"title: FlagDeclarations\n---\n{decls}===\n{talks}{last}"
    root = project_with(tmp_path, "flags.yarn", text)
    took, findings = timed_check(root, [])
    assert took < LIMIT_S
    stopped = [f for f in findings if f.message.startswith("too many branches in")]
    assert stopped and "split it" in stopped[0].hint
