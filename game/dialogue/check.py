"""The dialogue checker: every static check of the writers' contract plus
the story search, reported as Findings (the format of `python -m game.tools.check`).

`check_project(root)` checks `root/dialogue/**/*.yarn` (everything the game
loads, the sample included); `check_files` checks any list of files (a
writer's draft). Entry points are how map objects start conversations
(EntryPoint: node, `requires`, once-trigger key), or bare node names; nodes
tagged `entry` (or `bark`) that no entry point names start unconditionally.
The static checks run beside the story search's parts, shared between two
processes where the system allows (game/core/shared_work.py); the findings
and their order are the same either way.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from functools import partial
from pathlib import Path
from typing import cast

from game.core.findings import Finding, error, warning
from game.core.reading import read_text
from game.core.run_memo import remembered
from game.core.shared_work import run_shared
from game.dialogue.actors import unknown_actors
from game.dialogue.branches import MAX_PATHS, too_branchy
from game.dialogue.cycles import silent_cycles
from game.dialogue.errors import DialogueError, Pos
from game.dialogue.explore import line_positions
from game.dialogue.model import (
    CommandStmt,
    JumpStmt,
    LineContent,
    LineStmt,
    Node,
    OptionGroup,
    SetStmt,
    YarnFile,
    walk_statements,
)
from game.dialogue.program import Program, build_program, read_file
from game.dialogue.reach import PlannedSearch, no_cycle_collection
from game.dialogue.search_memo import Found, PartMemo
from game.dialogue.speakers import SPEAKERS_FILE, Speaker, episode_of, load_speakers
from game.dialogue.story_parts import EntryPoint, StoryReach

ENTRY_TAG = "entry"
BARK_TAG = "bark"  # an NPC's ambient one-liners: a map starts them at any time
FINISHED_NOTE = " (the story search tried every playthrough)"


def project_files(root: Path) -> list[Path]:
    """The game's dialogue files: root/dialogue/**/*.yarn, sorted (the game
    loads them all, so they are checked together)."""
    return sorted((root / "dialogue").rglob("*.yarn"))


def parsed(path: Path, root: Path) -> YarnFile:
    """`read_file(path, root)`, parsed once per `one_read_per_file` block."""
    key = ("yarn", path.resolve(), root.resolve())
    return remembered(key, lambda: read_file(path, root))


def built(files: list[YarnFile]) -> tuple[Program, list[DialogueError]]:
    """`build_program(files)`, built once per `one_read_per_file` block for
    the same parsed files."""
    key = ("program", tuple(id(f) for f in files))
    return remembered(key, lambda: build_program(files))


def node_titles(root: Path) -> set[str]:
    """Every node title in root/dialogue/**/*.yarn (files that fail to parse
    contribute none); Declarations nodes are left out."""
    titles: set[str] = set()
    for path in project_files(root):
        try:
            yarn_file = parsed(path, root)
        except DialogueError:
            continue
        titles.update(n.title for n in yarn_file.nodes if not n.is_declarations)
    return titles


Entries = Iterable[EntryPoint | str]


def check_project(
    root: Path,
    entry_points: Entries | None = None,
    line_ids: bool = False,
    memo: PartMemo | None = None,
) -> list[Finding]:
    """Check root/dialogue/**/*.yarn; `entry_points`: how map objects start
    conversations (EntryPoints, or node names that start unconditionally);
    `line_ids`: warn about lines without a #line: id (`game.tools.check`);
    `memo`: remembers each story part's search between runs."""
    return check_files(
        project_files(root), root, entry_points, line_ids=line_ids, memo=memo
    )


def check_files(
    paths: Iterable[Path],
    root: Path,
    entry_points: Entries | None = None,
    story: bool = True,
    line_ids: bool = False,
    memo: PartMemo | None = None,
) -> list[Finding]:
    """All findings for these files, checked together as one project;
    `story=False` leaves out what needs the maps (unreachable nodes, the
    story search); `line_ids=True` warns about lines without a #line: id
    (the project check and `check FILE.yarn` do)."""
    files: list[YarnFile] = []
    findings: list[Finding] = []
    for path in paths:
        try:
            files.append(parsed(path, root))
        except DialogueError as err:
            findings.append(_from_error(err))
    if findings:
        return findings  # fix the syntax first: later checks would mislead
    program, errors = built(files)
    findings.extend(_from_error(err) for err in errors)
    lint = partial(_lint, program, root, line_ids)
    branchy = _too_branchy(program)
    if errors or branchy or not story:
        return findings + lint() + branchy
    points = entry_point_list(program, entry_points or ())
    linked = reachable_nodes(program, {p.node for p in points if p.node})
    planned = PlannedSearch(program, points, memo=memo)
    # the lint runs beside the search's parts (about half a part's work)
    jobs: list[Callable[[], object]] = [lint, *planned.jobs]
    with no_cycle_collection():
        done = run_shared(jobs, [_half_a_part(planned.weights), *planned.weights])
    findings += cast(list[Finding], done[0])
    findings.extend(_unreachable_nodes(program, linked))
    found = cast(list[Found], done[1:])
    findings.extend(_explored(program, planned.finish(found), linked))
    return findings


def _lint(program: Program, root: Path, line_ids: bool) -> list[Finding]:
    """What the program's text and tables say, the story search apart."""
    findings = [_as_warning(note) for note in program.warnings]
    findings.extend(_unused_variables(program))
    findings.extend(_speakers(program, root))
    findings.extend(unknown_actors(program, root))
    findings.extend(_hideable_groups(program))
    findings.extend(_bark_bodies(program))
    if line_ids:
        findings.extend(_missing_line_ids(program))
    findings.extend(_silent_cycles(program))
    return findings


def _half_a_part(weights: list[float]) -> float:
    return sum(weights) / (2 * len(weights)) if weights else 0.0


def check_single_file(path: Path, root: Path) -> list[Finding]:
    """One file's findings, for `check FILE.yarn`: a file under
    root/dialogue/ is checked with the whole project (its declarations and
    nodes), a draft elsewhere on its own; the story search needs the maps,
    so it is left to the full check."""
    project = [p.resolve() for p in project_files(root)]
    path = path.resolve()
    files = project if path in project else [path]
    shown = _display(path, root)
    found = check_files(files, root, story=False, line_ids=True)
    return [f for f in found if f.file == shown]


def _display(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def entry_point_list(program: Program, given: Entries) -> list[EntryPoint]:
    """The given entry points (names become unconditional ones), plus an
    unconditional one for each node tagged `entry` or `bark` that none of
    them names."""
    points = [p if isinstance(p, EntryPoint) else EntryPoint(p) for p in given]
    named = {p.node for p in points}
    points += [EntryPoint(t) for t in sorted(_tagged_entries(program) - named)]
    return points


def _where(pos: Pos) -> str:
    return f"line {pos.line} col {pos.col}"


def _from_error(err: DialogueError) -> Finding:
    return error(err.file, err.message, _where(err.pos))


def _as_warning(note: DialogueError) -> Finding:
    return warning(note.file, note.message, _where(note.pos))


def _too_branchy(program: Program) -> list[Finding]:
    return [
        error(
            node.pos.file,
            f"too many branches in {node.title} ({node.pos.file}:{node.pos.line}): "
            f"more than {MAX_PATHS} routes through one node",
            _where(node.pos),
            "split it into nodes joined by <<jump>>, each choice settling "
            "before the next (the story search is skipped until then)",
        )
        for node in too_branchy(program)
    ]


def _silent_cycles(program: Program) -> list[Finding]:
    findings = []
    for cycle in silent_cycles(program):
        route = " -> ".join(cycle.nodes + cycle.nodes[:1])
        what = (
            f"node {cycle.nodes[0]} jumps to itself"
            if len(cycle.nodes) == 1
            else f"nodes {route} jump in a cycle"
        )
        findings.append(
            error(
                cycle.pos.file,
                f"{what} without showing a line or a choice: the game would stop it",
                _where(cycle.pos),
                "show a line or offer a choice on the way, or <<stop>>",
            )
        )
    return findings


def _tagged_entries(program: Program) -> set[str]:
    """Nodes tagged `entry` or `bark`: both may start at any time."""
    tags = {ENTRY_TAG, BARK_TAG}
    return {t for t, n in program.nodes.items() if tags & set(n.tags)}


def _unused_variables(program: Program) -> list[Finding]:
    return [
        warning(
            d.var_pos.file,
            f"${name} is declared but never used",
            _where(d.var_pos),
            "use it or remove the <<declare>>",
        )
        for name, d in program.declarations.items()
        if name not in program.used_variables
    ]


def _portrait_moods(root: Path, portrait: str) -> set[str] | None:
    path = root / "assets" / "portraits" / f"{portrait}.json"
    try:
        data = json.loads(read_text(path))
        return set(data["moods"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _speakers(program: Program, root: Path) -> list[Finding]:
    """Each line's speaker and mood, against its episode's speakers table."""
    tables: dict[int | None, dict[str, Speaker]] = {}
    findings: list[Finding] = []
    moods_cache: dict[str, set[str] | None] = {}
    episodes: dict[str, int | None] = {}  # file -> its episode
    for content in _contents(program):
        file = content.pos.file
        if file not in episodes:
            episodes[file] = episode_of(file)
        episode = episodes[file]
        if episode not in tables:
            tables[episode], problems = load_speakers(root, episode)
            findings.extend(problems)
        if tables[episode]:  # an unreadable table is reported, not each line
            speakers = tables[episode]
            findings.extend(_speaker_findings(content, speakers, moods_cache, root))
    return findings


def _speaker_findings(
    content: LineContent,
    speakers: dict[str, Speaker],
    cache: dict[str, set[str] | None],
    root: Path,
) -> list[Finding]:
    pos = content.pos
    name = content.speaker
    mood = content.mood
    if name is None:
        if mood is None:
            return []
        return [
            warning(pos.file, f"#mood:{mood} on a line with no speaker", _where(pos))
        ]
    speaker = speakers.get(name)
    if speaker is None:
        return [
            error(
                pos.file,
                f"unknown speaker {name!r}",
                _where(pos),
                f"add {name!r} to dialogue/{SPEAKERS_FILE} (or to this episode's "
                f"dialogue/epN/{SPEAKERS_FILE}); if this is narration, "
                "the colon made the words before it a speaker: write \\: instead",
            )
        ]
    if speaker.portrait is None:
        if mood is None:
            return []
        return [
            error(pos.file, f"{name} has no portrait, so no #mood:{mood}", _where(pos))
        ]
    if speaker.portrait not in cache:
        cache[speaker.portrait] = _portrait_moods(root, speaker.portrait)
    moods = cache[speaker.portrait]
    if moods is None:
        cache[speaker.portrait] = set()  # report a missing portrait once
        return [
            error(
                pos.file,
                f"{name}'s portrait {speaker.portrait!r} is missing",
                _where(pos),
                f"add assets/portraits/{speaker.portrait}.json",
            )
        ]
    if mood is not None and moods and mood not in moods:
        known = ", ".join(sorted(moods))
        return [
            error(
                pos.file,
                f"{name} has no mood {mood!r}",
                _where(pos),
                f"use one of {known}",
            )
        ]
    return []


def _missing_line_ids(program: Program) -> list[Finding]:
    return [
        warning(
            content.pos.file,
            "this line has no #line: id",
            _where(content.pos),
            "run `python -m game.tools.lines` to add the missing ids (seen "
            "lines and translations are remembered by them)",
        )
        for content in _contents(program)
        if content.line_id is None
    ]


def _contents(program: Program) -> Iterable[LineContent]:
    for node in _run_nodes(program):
        for stmt in walk_statements(node.body):
            if isinstance(stmt, LineStmt):
                yield stmt.content
            elif isinstance(stmt, OptionGroup):
                yield from (option.content for option in stmt.options)


def _run_nodes(program: Program) -> list[Node]:
    return [n for n in program.nodes.values() if not n.is_declarations]


def _hideable_groups(program: Program) -> list[Finding]:
    findings = []
    for node in _run_nodes(program):
        for stmt in walk_statements(node.body):
            if isinstance(stmt, OptionGroup) and all(
                o.content.condition is not None for o in stmt.options
            ):
                findings.append(
                    warning(
                        stmt.pos.file,
                        "every option in this group can be hidden",
                        _where(stmt.pos),
                        "add one option without a condition so the player "
                        "always has a choice",
                    )
                )
    return findings


def _bark_bodies(program: Program) -> list[Finding]:
    """A bark node only shows lines: choices, commands and `<<set>>` in it
    never run (the bubble reads its lines and changes nothing)."""
    findings = []
    for node in program.nodes.values():
        if BARK_TAG not in node.tags:
            continue
        for stmt in walk_statements(node.body):
            if isinstance(stmt, OptionGroup | CommandStmt | SetStmt):
                findings.append(
                    warning(
                        stmt.pos.file,
                        f"bark node {node.title} shows only its lines: this never runs",
                        _where(stmt.pos),
                        "keep bark nodes to one-liners (conditions are fine)",
                    )
                )
    return findings


def _links(node: Node) -> set[str]:
    return {s.target for s in walk_statements(node.body) if isinstance(s, JumpStmt)}


def reachable_nodes(program: Program, entries: set[str]) -> set[str]:
    """Nodes reachable through jumps and detours from `entries`."""
    reached: set[str] = set()
    frontier = [e for e in entries if e in program.nodes]
    while frontier:
        title = frontier.pop()
        if title in reached:
            continue
        reached.add(title)
        frontier.extend(_links(program.nodes[title]) - reached)
    return reached


def _unreachable_nodes(program: Program, linked: set[str]) -> list[Finding]:
    """`linked`: the nodes jumps and detours reach from the entry points."""
    return [
        warning(
            node.pos.file,
            f"node {node.title} is never run: no map object or node leads to it",
            _where(node.pos),
            "jump to it, use it from a map object, or tag it `entry`",
        )
        for node in _run_nodes(program)
        if node.title not in linked
    ]


def _explored(program: Program, result: StoryReach, linked: set[str]) -> list[Finding]:
    """What the story search found, as findings."""
    findings = [_requires_error(p, err) for p, err in result.condition_errors]
    findings += [_from_error(err) for err in result.errors]
    findings += _stopped(program, result)
    static = linked - result.unsearched
    for title in sorted(static - result.entered):
        node = program.nodes[title]
        findings.append(
            warning(
                node.pos.file,
                f"node {title} is never entered in any playthrough{FINISHED_NOTE}",
                _where(node.pos),
                "check the conditions and map `requires` that lead to it",
            )
        )
    findings += _unreached_lines(program, result)
    for title in sorted(result.cannot_end):
        node = program.nodes[title]
        findings.append(
            error(
                node.pos.file,
                f"node {title} cannot end: every path loops forever",
                _where(node.pos),
                "give the loop an option or a condition that leaves it",
            )
        )
    return findings


def _unreached_lines(program: Program, result: StoryReach) -> list[Finding]:
    searched = result.entered - result.unsearched
    return [
        warning(
            pos.file,
            f"this line is never reached in any playthrough{FINISHED_NOTE}",
            _where(pos),
            "check its conditions and what sets their variables "
            "(try it with python -m game.tools.talk)",
        )
        for key, (title, pos) in sorted(line_positions(program).items(), key=_by_pos)
        if title in searched and key not in result.reached
    ]


def _stopped(program: Program, result: StoryReach) -> list[Finding]:
    """One finding per part of the story the search could not finish, at
    the node it spent most of its work in, naming the first line left
    unchecked."""
    if not result.stopped:
        return []
    unchecked = [
        pos
        for key, (title, pos) in sorted(line_positions(program).items(), key=_by_pos)
        if title in result.unsearched and key not in result.reached
    ]
    first = f" (first: {unchecked[0].file}:{unchecked[0].line})" if unchecked else ""
    findings = []
    for title in sorted(result.stopped):
        node = program.nodes.get(title)
        if node is None:
            continue
        findings.append(
            warning(
                node.pos.file,
                f"too many branches in {title} ({node.pos.file}:{node.pos.line}): "
                "the story search stopped at its budget there, leaving "
                f"{len(unchecked)} line(s) of this part of the story unchecked"
                f"{first}",
                _where(node.pos),
                "split it: smaller nodes joined by <<jump>>, each choice settling "
                "before the next, and counters that stop growing",
            )
        )
    return findings


def _requires_error(point: EntryPoint, err: DialogueError) -> Finding:
    return error(
        point.where or "maps",
        f"`requires` of the object running {point.node or point.level}: {err.message}",
        f"col {err.pos.col}",
        "use the dialogue's expression language and declared variables",
    )


def _by_pos(item: tuple[str, tuple[str, Pos]]) -> tuple[str, int, int]:
    pos = item[1][1]
    return pos.file, pos.line, pos.col
