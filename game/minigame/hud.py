"""The minigame HUD: integrity, glitched share, stress or heart rate, energy,
time or beats, firewalls, patient feed tabs, and the assistant's hint box.

Bars carry a marker for their goal (integrity target, stress limit) and a
number beside them, so nothing is told by colour alone.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

import pygame

from game.art.palette import Palette
from game.minigame.state import SimState
from game.minigame.tools import pulse_radius
from game.paths import assets_dir
from game.ui.font import Fonts

BAR_W, BAR_H = 56, 5
STRIP_H = 20
HINT_W = 420


@dataclass
class Bar:
    label: str
    share: float
    text: str
    colour: str
    mark: float | None = None


def load_words() -> dict[str, str]:
    """The minigame's screen words (assets/minigame/text.json)."""
    path = assets_dir() / "minigame" / "text.json"
    return json.loads(path.read_text(encoding="utf-8"))


def _clock(seconds: float) -> str:
    seconds = max(int(seconds), 0)
    return f"{seconds // 60}:{seconds % 60:02d}"


class Hud:
    """Draws the HUD of one run onto the 640x360 canvas."""

    def __init__(
        self, state: SimState, fonts: Fonts, palette: Palette, words: dict[str, str]
    ) -> None:
        self.state = state
        self.fonts = fonts
        self.palette = palette
        self.words = words

    def rgb(self, name: str) -> tuple[int, int, int]:
        return self.palette.rgb(name)

    def bars(self) -> list[Bar]:
        s = self.state
        v, t = s.vitals, s.tuning
        share = v.glitched / max(v.active, 1)
        w = self.words
        bars = [
            Bar(
                w["integrity"],
                v.integrity,
                f"{v.integrity * 100:.0f}%",
                "lime",
                t.integrity_target,
            ),
            Bar(w["glitched"], min(share * 4, 1.0), f"{share * 100:.1f}%", "coral"),
        ]
        if s.spec.behaviour.stress == "heart":
            span = t.heart_rate_limit
            bars.append(
                Bar(
                    w["heart"], v.heart_rate / span, f"{v.heart_rate:.0f}", "coral", 1.0
                )
            )
        else:
            stress = v.stress / t.stress_limit
            bars.append(
                Bar(w["stress"], min(stress, 1.0), f"{v.stress:.0f}", "gold", 1.0)
            )
        bars.append(
            Bar(w["energy"], v.energy / t.pulse_energy, f"{v.energy:.0f}", "sky")
        )
        return bars

    def _bar(self, target: pygame.Surface, bar: Bar, x: int) -> None:
        font = self.fonts.regular
        font.draw(target, bar.label, (x, 0), "mist")
        frame = pygame.Rect(x, 12, BAR_W, BAR_H)
        pygame.draw.rect(target, self.rgb("night"), frame)
        fill = int((BAR_W - 2) * max(min(bar.share, 1.0), 0.0))
        pygame.draw.rect(target, self.rgb(bar.colour), (x + 1, 13, fill, BAR_H - 2))
        pygame.draw.rect(target, self.rgb("steel"), frame, 1)
        if bar.mark is not None:
            mx = x + int((BAR_W - 1) * bar.mark)
            pygame.draw.line(target, self.rgb("white"), (mx, 10), (mx, 12 + BAR_H), 1)
        font.draw(target, bar.text, (x + BAR_W + 3, 6), "white")

    def _right(self, target: pygame.Surface) -> None:
        s = self.state
        v = s.vitals
        if s.spec.behaviour.stress == "heart":
            clock = f"{self.words['beats']} {max(v.beats_left, 0):.0f}"
        else:
            clock = _clock(v.max_ticks / 60 - s.time)
        bold = self.fonts.bold
        bold.draw(target, clock, (634, 1), "white", align="right")
        self.fonts.regular.draw(
            target,
            f"{self.words['walls']} {v.firewalls_left}",
            (634, 9),
            "gold",
            align="right",
        )

    def _tabs(self, target: pygame.Surface) -> None:
        s = self.state
        feeds = s.spec.all_feeds()
        if len(feeds) < 2:
            return
        x = 6
        for i, feed in enumerate(feeds):
            alarm = s.feed_glitched[i] > 0
            label = f"{'! ' if alarm else ''}{feed.name}"
            width = self.fonts.regular.measure(label)[0] + 10
            rect = pygame.Rect(x, STRIP_H + 2, width, 13)
            current = i == s.vitals.feed
            pygame.draw.rect(target, self.rgb("tealdark" if current else "night"), rect)
            pygame.draw.rect(target, self.rgb("coral" if alarm else "steel"), rect, 1)
            colour = "white" if current else "mist"
            self.fonts.regular.draw(target, label, (x + 5, STRIP_H + 2), colour)
            x += width + 4

    def draw(self, target: pygame.Surface) -> None:
        pygame.draw.rect(target, self.rgb("ink"), (0, 0, 640, STRIP_H))
        pygame.draw.line(target, self.rgb("slate"), (0, STRIP_H), (639, STRIP_H))
        x = 6
        for bar in self.bars():
            self._bar(target, bar, x)
            x += BAR_W + 62
        self._right(target)
        self._tabs(target)

    def hint(self, target: pygame.Surface, speaker: str, text: str) -> None:
        """A hint box along the bottom: speaker in bold, text wrapped."""
        font = self.fonts.regular
        lines = font.wrap(text, HINT_W - 16)
        height = 8 + font.line_height * (len(lines) + (1 if speaker else 0))
        box = pygame.Rect((640 - HINT_W) // 2, 356 - height, HINT_W, height)
        pygame.draw.rect(target, self.rgb("ink"), box)
        pygame.draw.rect(target, self.rgb("teal"), box, 1)
        y = box.top + 4
        if speaker:
            self.fonts.bold.draw(target, speaker, (box.left + 8, y), "teallite")
            y += font.line_height
        for line in lines:
            font.draw(target, line, (box.left + 8, y), "white")
            y += font.line_height

    def charge_label(self, target: pygame.Surface, x: int, y: int) -> None:
        s = self.state
        if s.vitals.charging:
            self.fonts.regular.draw(
                target, f"{pulse_radius(s):.0f}", (x + 10, y - 14), "mint"
            )
