"""The whole content check at one and at five episodes (targets: whole
check <= 0.5 s and its dialogue part <= 0.15 s at five episodes, no
warnings), a file with 300 conditional options (target < 0.2 s) and a
pathological file whose story states multiply (target: the "too many
branches ... split it" finding within a second).

    python benchmarks/dialogue_check.py [--runs 5]
    BENCH_CLOCK=cpu python benchmarks/dialogue_check.py   # processor time
    python benchmarks/dialogue_check.py --project   # this project only

First, this project's own check with an empty cache, in process, whole
and by part: maps (which parse and build the dialogue for node titles and
variables, timed apart; the dialogue part reuses that parse), minigame
levels, dialogue. With --project, only that and the cold
`python -m game.tools.check` follow.

Five episodes are made from episode 1: its maps and dialogue copied four
times under a temporary project root with nodes, variables and line ids
renamed (Ep1_ -> EpN_, ep1_ -> epN_); tilesets, templates, minigame levels
and assets are linked. Each figure is the median of runs of
`run_checks([], root)` in one process (imports are not timed; a cold
`python -m game.tools.check` adds them), the dialogue part timed apart,
with a cold cache, a warm one, and one episode edited between runs
(game/dialogue/check_cache.py, game/dialogue/search_memo.py). Then a cold
process: a new Python that imports the checker and checks the five-episode
root with an empty cache, and `python -m game.tools.check` on the project
itself, imports included, each with compiled bytecode cached (one untimed
launch fills a scratch cache) and with none (every module compiled from
source, as PYTHONDONTWRITEBYTECODE=1 does). BENCH_CLOCK=cpu times
processor seconds (the process's own and its children's, or the child's)
instead of the wall clock, for a loaded machine. The story search shares
its parts with one forked child where the system allows: wall time shows
the gain, processor time the work; `--jobs 1` keeps it in one process.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import io
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

# Run from a checkout without installing: put the project root on the path.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

from game.core.paths import project_root
from game.dialogue import check as dialogue_check
from game.dialogue import check_cache
from game.minigame import levels
from game.tools import check, sync_tiled_types
from game.tools.check import run_checks

LINKED = ("tilesets", "templates", "minigame", "sample")
CPU = os.environ.get("BENCH_CLOCK") == "cpu"


def clock() -> float:
    """Seconds on the chosen clock: wall, or (BENCH_CLOCK=cpu) the processor
    time of this process and of the children it has waited for (the story
    search's share of the parts, game/core/shared_work.py)."""
    if CPU:
        return time.process_time() + _children_cpu()
    return time.perf_counter()


COLD_CHECK = (
    "import sys; from pathlib import Path; "
    "from game.tools.check import run_checks, summary; "
    "print(summary(run_checks([], Path(sys.argv[1]))))"
)


def renamed(text: str, n: int) -> str:
    return re.sub(r"(E|e)p1_", rf"\g<1>p{n}_", text)


def make_project(root: Path, into: Path, episodes: int) -> Path:
    """A project root under `into` holding `episodes` copies of episode 1."""
    (into / "assets").symlink_to(root / "assets")
    maps, dialogue = into / "maps", into / "dialogue"
    maps.mkdir()
    dialogue.mkdir()
    for name in LINKED:
        (maps / name).symlink_to(root / "maps" / name)
    project = (root / "maps" / "smile.tiled-project").read_text(encoding="utf-8")
    (maps / "smile.tiled-project").write_text(project, encoding="utf-8")
    for name in ("speakers.json", "game.yarn", "commands.ysls.json"):
        shutil.copy(root / "dialogue" / name, dialogue)
    for n in range(1, episodes + 1):
        _copy_episode(root, into, n)
    with contextlib.redirect_stdout(io.StringIO()):
        sync_tiled_types.main(["--root", str(into)])  # the new nodes' dropdown
    return into


def _copy_episode(root: Path, into: Path, n: int) -> None:
    for kind, suffix in (("maps", "*.tmx"), ("dialogue", "*.yarn")):
        folder = into / kind / f"ep{n}"
        folder.mkdir()
        for path in sorted((root / kind / "ep1").glob(suffix)):
            text = renamed(path.read_text(encoding="utf-8"), n)
            (folder / path.name).write_text(text, encoding="utf-8")


def conditional_options(count: int) -> str:
    """One node with `count` options, each behind its own condition."""
    decls = "".join(f"<<declare $c{i} = {i % 3}>>\n" for i in range(count))
    options = "".join(
        f"-> Option {i} <<if $c{i} >= 1>> #line:opt{i}\n    Answer {i}. #line:ans{i}\n"
        for i in range(count)
    )
    return (
        f"title: Declarations\n---\n{decls}===\n"
        f"title: Many\ntags: entry\n---\n{options}===\n"
    )


def multiplying_flags(count: int) -> str:
    """A pathological file: `count` talks each set one flag either way
    (2**count story states) and a line that needs every flag and one of
    them false, which only trying every state could prove unreachable."""
    decls = "".join(f"<<declare $f{i} = false>>\n" for i in range(count))
    talks = "".join(
        f"title: Flag{i}\ntags: entry\n---\n-> On #line:on{i}\n"
        f"    <<set $f{i} = true>>\n-> Off #line:off{i}\n"
        f"    <<set $f{i} = false>>\n===\n"
        for i in range(count)
    )
    never = " and ".join(f"$f{i}" for i in range(count)) + " and not $f0"
    last = f"title: All\ntags: entry\n---\nNever. <<if {never}>> #line:all\n===\n"
    return f"title: Declarations\n---\n{decls}===\n{talks}{last}"


def timed(run: Callable[[], object], runs: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(runs):
        start = clock()
        result = run()
        times.append(clock() - start)
    return statistics.median(times), result


MODES = ("cold", "warm", "one episode edited")


def measure(label: str, root: Path, runs: int, mode: str) -> None:
    """The whole check and its dialogue part. Modes: `cold` (empty cache),
    `warm` (nothing changed since a run filled the cache), `one episode
    edited` (a comment added to the last episode's file before each run:
    only that episode's part of the story search runs again)."""
    spent: list[float] = []
    original = check_cache.cached_check_project
    warm = mode != "cold"
    edited = sorted((root / "dialogue").rglob("main.yarn"))[-1]

    def clocked(root: Path, entry_points=None):
        if not warm:
            os.environ[check_cache.CACHE_ENV] = tempfile.mkdtemp()
        if mode == MODES[2]:
            with edited.open("a", encoding="utf-8") as out:
                out.write(f"// edit {time.perf_counter()}\n")
        start = clock()
        try:
            return original(root, entry_points=entry_points)
        finally:
            spent.append(clock() - start)

    os.environ[check_cache.CACHE_ENV] = tempfile.mkdtemp()
    check_cache.cached_check_project = clocked  # type: ignore[assignment]
    try:
        if warm:
            run_checks([], root)
        whole, findings = timed(lambda: run_checks([], root), runs)
    finally:
        check_cache.cached_check_project = original
    assert isinstance(findings, list)
    yarn = sum(
        len(p.read_text(encoding="utf-8").splitlines())
        for p in (root / "dialogue").rglob("*.yarn")
    )
    maps = len(list((root / "maps").rglob("*.tmx")))
    print(f"{label}, {mode}: {yarn} dialogue lines, {maps} episode maps")
    print(f"  whole check     median {whole * 1000:7.1f} ms")
    print(f"  dialogue part   median {statistics.median(spent[-runs:]) * 1000:7.1f} ms")
    print(f"  findings        {len(findings)}")
    for finding in findings[:5]:
        print("   ", finding.format().splitlines()[0])


# (module, function, label): the parts of the project check timed apart
PARTS = (
    (check, "_map_part", "maps part"),
    (check, "_names", "  of it, dialogue parse"),
    (levels, "check_levels", "level part"),
    (check_cache, "cached_check_project", "dialogue part"),
)


def measure_project(root: Path, runs: int) -> None:
    """`run_checks` on this project's own content with an empty cache, the
    whole and by part. The maps part includes the dialogue parse and build
    (for node titles and variables), which the dialogue part then reuses."""
    spent: dict[str, list[float]] = {label: [] for _m, _n, label in PARTS}
    originals = [(module, name, getattr(module, name)) for module, name, _ in PARTS]

    def clocked(run: Callable, label: str) -> Callable:
        @functools.wraps(run)  # keeps the signature check.py inspects
        def timed_part(*args, **kwargs):
            start = clock()
            try:
                return run(*args, **kwargs)
            finally:
                spent[label].append(clock() - start)

        return timed_part

    def cold() -> list:
        os.environ[check_cache.CACHE_ENV] = tempfile.mkdtemp()
        return run_checks([], root)

    for (module, name, run), (_m, _n, label) in zip(originals, PARTS, strict=True):
        setattr(module, name, clocked(run, label))
    try:
        whole, findings = timed(cold, runs)
    finally:
        for module, name, run in originals:
            setattr(module, name, run)
    assert isinstance(findings, list)
    print(f"this project, cold, in process: {len(findings)} findings")
    print(f"  {'whole check':<24}median {whole * 1000:7.1f} ms")
    for label, times in spent.items():
        print(f"  {label:<24}median {statistics.median(times) * 1000:7.1f} ms")


def measure_options(root: Path, runs: int, count: int = 300) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "many.yarn"
        path.write_text(conditional_options(count), encoding="utf-8")
        took, findings = timed(lambda: dialogue_check.check_files([path], root), runs)
    assert isinstance(findings, list)
    print(f"{count} conditional options in one node: median {took * 1000:.1f} ms")


def measure_pathological(root: Path, runs: int, count: int = 20) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "flags.yarn"
        path.write_text(multiplying_flags(count), encoding="utf-8")
        took, findings = timed(lambda: dialogue_check.check_files([path], root), runs)
    assert isinstance(findings, list)
    said = next(
        (f.message for f in findings if f.message.startswith("too many branches")),
        "no 'too many branches' finding",
    )
    print(f"{count} multiplying flags (pathological): median {took * 1000:.1f} ms")
    print(f"  {said[:100]}")


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def process_env(bytecode: bool) -> dict[str, str]:
    """A child's environment: `bytecode` True keeps compiled modules in a
    scratch folder (as an installed game or a normal checkout has them;
    one untimed launch fills it), False compiles every module from source
    each launch (this machine's PYTHONDONTWRITEBYTECODE=1)."""
    project = Path(__file__).resolve().parent.parent
    env = dict(os.environ, PYTHONPATH=str(project), PYGAME_HIDE_SUPPORT_PROMPT="1")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if bytecode:
        env["PYTHONPYCACHEPREFIX"] = tempfile.mkdtemp()
    else:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def run_process(args: list[str], runs: int, bytecode: bool) -> tuple[float, str]:
    """The median time of a new Python running `args` (from the project
    root, with an empty check cache each time), and its last output line."""
    project = Path(__file__).resolve().parent.parent
    env = process_env(bytecode)
    command = [sys.executable, *args]
    if bytecode:  # fill the bytecode cache, untimed
        subprocess.run(command, cwd=project, env=env, capture_output=True)
    times, last = [], ""
    for _ in range(runs):
        env["SMILE_PROTOCOL_CACHE_DIR"] = tempfile.mkdtemp()
        start, cpu = time.perf_counter(), _children_cpu()
        done = subprocess.run(command, cwd=project, env=env, capture_output=True)
        took = _children_cpu() - cpu if CPU else time.perf_counter() - start
        times.append(took)
        last = (done.stdout.decode().strip().splitlines() or [""])[-1]
    return statistics.median(times), last


def measure_processes(five: Path, runs: int) -> None:
    for bytecode, how in ((True, "bytecode cached"), (False, "no bytecode")):
        took, said = run_process(["-c", COLD_CHECK, str(five)], runs, bytecode)
        print(f"cold process, 5 episodes, {how}: median {took * 1000:7.1f} ms ({said})")
        took, said = run_process(["-m", "game.tools.check"], runs, bytecode)
        print(
            f"cold check of this project, {how}: median {took * 1000:7.1f} ms ({said})"
        )


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--project",
        action="store_true",
        help="only this project's own check, by part (in process and cold)",
    )
    parser.add_argument(
        "--jobs",
        choices=("1", "2"),
        help="1: every check in one process (sets SMILE_PROTOCOL_JOBS)",
    )
    args = parser.parse_args()
    if args.jobs:
        os.environ["SMILE_PROTOCOL_JOBS"] = args.jobs
    root = project_root()
    measure_project(root, args.runs)
    if args.project:
        for bytecode, how in ((True, "bytecode cached"), (False, "no bytecode")):
            took, said = run_process(["-m", "game.tools.check"], args.runs, bytecode)
            print(f"cold check of this project, {how}: median {took * 1000:7.1f} ms")
            print(f"  {said}")
        return
    for episodes in (1, 5):
        with tempfile.TemporaryDirectory() as tmp:
            made = make_project(root, Path(tmp), episodes)
            for mode in MODES:
                measure(f"{episodes} episode(s)", made, args.runs, mode)
            if episodes == 5:
                measure_processes(made, args.runs)
    measure_options(root, args.runs)
    measure_pathological(root, args.runs)


if __name__ == "__main__":
    main()
