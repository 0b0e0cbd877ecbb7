"""The five episodes as data (assets/data/episodes.json); no pygame."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from game.core.paths import assets_dir, project_root
from game.core.reading import read_text


@dataclass(frozen=True)
class Ending:
    """An ending; `summary` names the summary rows its card shows, in order;
    `mood` is the protagonist's portrait mood on the card, `music` its track."""

    id: str
    title: str
    summary: tuple[str, ...] = ()
    mood: str = "neutral"
    music: str = "ending"


@dataclass(frozen=True)
class SummaryRow:
    """One row of the ending card: a story variable and how to read its value."""

    variable: str
    label: str
    answers: dict[str, str]


@dataclass(frozen=True)
class Episode:
    """One episode: who plays, where it starts, which endings it has."""

    number: int
    title: str
    year: int
    protagonist: str
    portrait: str
    character: str
    logline: str
    start_map: str
    start_spawn: str
    music: str
    endings: tuple[Ending, ...]
    summary: tuple[SummaryRow, ...] = ()

    @property
    def start_map_path(self) -> Path:
        return project_root() / self.start_map

    def ending(self, ending_id: str) -> Ending | None:
        return next((e for e in self.endings if e.id == ending_id), None)


def episodes_path() -> Path:
    return assets_dir() / "data" / "episodes.json"


def load_episodes(path: Path | None = None) -> tuple[Episode, ...]:
    """All episodes in number order."""
    raw = json.loads(read_text(path or episodes_path()))
    episodes = []
    for entry in raw["episodes"]:
        endings = tuple(
            Ending(
                e["id"],
                e["title"],
                tuple(e.get("summary", ())),
                e.get("mood", "neutral"),
                e.get("music", "ending"),
            )
            for e in entry.pop("endings")
        )
        summary = tuple(SummaryRow(**row) for row in entry.pop("summary", []))
        episodes.append(Episode(**entry, endings=endings, summary=summary))
    return tuple(sorted(episodes, key=lambda e: e.number))


def episode(number: int, path: Path | None = None) -> Episode:
    """The episode with this number; KeyError if there is none."""
    for candidate in load_episodes(path):
        if candidate.number == number:
            return candidate
    raise KeyError(f"no episode {number} in {path or episodes_path()}")
