"""Who `<<move>>`, `<<face>>` and `<<camera>>` act on: an npc id or a speaker.

Contract: a command's ACTOR is `player`, a character id (the NPC's npc_id
on the map, one of assets/characters/*.json, e.g. `ortho`) or a speaker's
name from dialogue/speakers.json with a portrait (e.g. `Ortho`), which
stands for the character of that portrait. `actor_keys(name, speakers)` lists
the keys the world tries, in order (the name itself first, so an NPC's
object name on the map works too); `unknown_actors(program, root)` is the
checker's error for each literal ACTOR that is none of those.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from game.core.findings import Finding, error
from game.dialogue.model import CommandStmt, walk_statements
from game.dialogue.program import Program
from game.dialogue.speakers import Speaker, load_speakers

ACTOR_COMMANDS = ("move", "face", "camera")
PLAYER = "player"
CHARACTERS = ("assets", "characters")


def actor_keys(name: str, speakers: dict[str, Speaker]) -> tuple[str, ...]:
    """`name`, then the character its speaker's portrait shows (if other)."""
    speaker = speakers.get(name)
    portrait = speaker.portrait if speaker is not None else None
    return (name, portrait) if portrait and portrait != name else (name,)


def character_ids(root: Path) -> set[str]:
    """The character ids an NPC's npc_id may take (assets/characters)."""
    return {p.stem for p in root.joinpath(*CHARACTERS).glob("*.json")}


def known_actors(root: Path, speakers: dict[str, Speaker]) -> set[str]:
    """Every ACTOR the checker accepts: player, character ids, and the
    speakers with a portrait (its id is the character's)."""
    named = {name for name, speaker in speakers.items() if speaker.portrait}
    return character_ids(root) | {PLAYER} | named


def _actor_commands(program: Program) -> Iterator[CommandStmt]:
    for node in program.nodes.values():
        for stmt in walk_statements(node.body):
            if isinstance(stmt, CommandStmt) and stmt.name in ACTOR_COMMANDS:
                yield stmt


def unknown_actors(program: Program, root: Path) -> list[Finding]:
    """An error (file:line) for each literal ACTOR no character answers to."""
    speakers, _problems = load_speakers(root)  # the speaker check reports those
    known = known_actors(root, speakers)
    findings = []
    for stmt in _actor_commands(program):
        if not stmt.args or stmt.args[0].expr is not None:
            continue  # a {expression} actor is known only when it runs
        actor = str(stmt.args[0].value)
        if actor not in known:
            findings.append(
                error(
                    stmt.pos.file,
                    f"<<{stmt.name}>> names an unknown actor {actor!r}",
                    f"line {stmt.pos.line} col {stmt.pos.col}",
                    "use player, a character's npc_id (e.g. ortho) or a "
                    "speaker's name from dialogue/speakers.json (e.g. Ortho)",
                )
            )
    return findings
