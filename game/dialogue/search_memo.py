"""What the story search found in each part of the story, remembered
between runs: editing one episode searches that episode again, not all.

Contract: `PartMemo(folder)` stores one small JSON file per searched part,
named by `part_key(program, part, code)`: a hash of the part's entry
points, the text of every file holding one of its nodes or a declaration,
and `code` (a hash of the checker's own source). `Found` is what one part
added to the StoryReach (lines, nodes, dead ends, errors, whether it
finished and where it stopped, states, conversations); `Found.whole` takes
it from a part's own StoryReach and `Found.add_to` replays it. A file that cannot be
read counts as absent; one that cannot be written is skipped.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from game.core.reading import read_text
from game.dialogue.errors import DialogueError, Pos
from game.dialogue.program import Program
from game.dialogue.story_parts import Entry, StoryReach


@dataclass
class Found:
    reached: set[str] = field(default_factory=set)
    entered: set[str] = field(default_factory=set)
    cannot_end: set[str] = field(default_factory=set)
    errors: list[DialogueError] = field(default_factory=list)
    finished: bool = True
    states: int = 0
    conversations: int = 0
    stopped: set[str] = field(default_factory=set)
    unsearched: set[str] = field(default_factory=set)

    @staticmethod
    def whole(reach: StoryReach) -> Found:
        """Everything one part's search put in its own `reach`."""
        return Found(
            reach.reached,
            reach.entered,
            reach.cannot_end,
            reach.errors,
            reach.finished,
            reach.states,
            reach.conversations,
            reach.stopped,
            reach.unsearched,
        )

    def add_to(self, reach: StoryReach) -> None:
        reach.reached |= self.reached
        reach.entered |= self.entered
        reach.cannot_end |= self.cannot_end
        reach.errors.extend(self.errors)
        reach.finished &= self.finished
        reach.states += self.states
        reach.conversations += self.conversations
        reach.stopped |= self.stopped
        reach.unsearched |= self.unsearched


def part_key(program: Program, part: list[Entry], code: str) -> str:
    digest = hashlib.sha256(code.encode())
    digest.update(repr(sorted(repr(e.point) for e in part)).encode())
    titles = set().union(*(e.nodes for e in part))
    files = {program.nodes[t].pos.file for t in titles if t in program.nodes}
    files |= {d.pos.file for d in program.declarations.values()}
    for yarn in program.files:
        if yarn.name in files:
            digest.update(yarn.name.encode())
            digest.update("\n".join(yarn.lines).encode())
    return digest.hexdigest()


class PartMemo:
    """Found per part key, one JSON file each in `folder`."""

    def __init__(self, folder: Path, code: str) -> None:
        self.folder = folder
        self.code = code

    def key(self, program: Program, part: list[Entry]) -> str:
        return part_key(program, part, self.code)

    def get(self, key: str) -> Found | None:
        try:
            data = json.loads(read_text(self.folder / f"{key}.json"))
            errors = [
                DialogueError(Pos(e[0], e[1], e[2]), e[3], e[4]) for e in data["errors"]
            ]
            return Found(
                set(data["reached"]),
                set(data["entered"]),
                set(data["cannot_end"]),
                errors,
                bool(data["finished"]),
                int(data["states"]),
                int(data["conversations"]),
                set(data["stopped"]),
                set(data["unsearched"]),
            )
        except (OSError, ValueError, KeyError, TypeError, IndexError):
            return None

    def put(self, key: str, found: Found) -> None:
        data = {
            "reached": sorted(found.reached),
            "entered": sorted(found.entered),
            "cannot_end": sorted(found.cannot_end),
            "errors": [
                [e.pos.file, e.pos.line, e.pos.col, e.message, e.source_line]
                for e in found.errors
            ],
            "finished": found.finished,
            "states": found.states,
            "conversations": found.conversations,
            "stopped": sorted(found.stopped),
            "unsearched": sorted(found.unsearched),
        }
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            (self.folder / f"{key}.json").write_text(json.dumps(data), "utf-8")
        except OSError:
            return
