"""StoryState: everything an episode's story remembers (no pygame).

The dialogue runner reads and writes it, map `requires` conditions read it,
the minigame writes its results into it, and saves persist it. Values are
Yarn's three types: bool, float (numbers) and str.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

Value = bool | float | str


@dataclass
class StoryState:
    """The story's memory for one playthrough of one episode.

    variables   -- `$name` (without the `$`) -> value; declared in dialogue.
    visits      -- node title -> times the node was entered (visited_count).
    once        -- keys of `<<once>>` blocks and lines already used.
    minigame    -- level id -> its last result record (outcome, score, ...).
    endings     -- ending names reached in this playthrough, in order.
    play_time   -- seconds of play in this playthrough.
    objective   -- the current objective line (`<<objective>>`), "" for none.
    """

    episode: int = 1
    variables: dict[str, Value] = field(default_factory=dict)
    visits: dict[str, int] = field(default_factory=dict)
    once: set[str] = field(default_factory=set)
    minigame: dict[str, dict[str, Value]] = field(default_factory=dict)
    endings: list[str] = field(default_factory=list)
    play_time: float = 0.0
    objective: str = ""

    def visit(self, node: str) -> None:
        self.visits[node] = self.visits.get(node, 0) + 1

    def visited_count(self, node: str) -> int:
        return self.visits.get(node, 0)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict; `from_dict(to_dict())` gives an equal state."""
        return {
            "episode": self.episode,
            "variables": dict(self.variables),
            "visits": dict(self.visits),
            "once": sorted(self.once),
            "minigame": {k: dict(v) for k, v in self.minigame.items()},
            "endings": list(self.endings),
            "play_time": self.play_time,
            "objective": self.objective,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> StoryState:
        """Rebuild from `to_dict` output (a story saved before objectives
        existed has none); raises KeyError/TypeError on bad shape."""
        return cls(
            episode=int(data["episode"]),
            variables=dict(data["variables"]),
            visits={str(k): int(v) for k, v in data["visits"].items()},
            once=set(data["once"]),
            minigame={str(k): dict(v) for k, v in data["minigame"].items()},
            endings=list(data["endings"]),
            play_time=float(data["play_time"]),
            objective=str(data.get("objective", "")),
        )
