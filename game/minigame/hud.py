"""The minigame HUD: integrity, glitched share, stress or heart rate, energy,
time or beats, firewalls, patient feed tabs, the level's title banner and
the assistant's hint box (portrait, name plate, wrapped text) and the
first-time tip plate.

Drawn with the game's UI kit (panels, bars, icons) and bitmap fonts. Every
meter has an icon, a label and a number; bars carry a marker at their goal
(integrity target, stress limit) and a meter in danger swaps its icon for a
warning sign, so nothing is told by colour alone. Integrity shows its
value rounded down beside the exact win target ("97.9% / 98%"), so a
run just short of the target never reads as reaching it. The strip and the feed
tabs keep normal-size text at every text size (their layout is fixed; the
rects of their labels are kept in `label_rects`); the banner and the hint
box follow the player's text size.
"""

from __future__ import annotations

import functools
import json
import math
from collections.abc import Callable
from dataclasses import dataclass

import pygame

from game.art.palette import Palette
from game.assets.files import load_image
from game.assets.font import BitmapFont, Fonts
from game.assets.uikit import UiKit
from game.core.paths import assets_dir
from game.core.reading import read_text
from game.minigame.state import SimState
from game.minigame.tools import pulse_radius

STRIP_H = 24
SLOT_WIDTHS = (
    136,
    104,
    104,
    104,
)  # integrity (with its target), glitched, stress, energy
SLOT_GAP = 4
RIGHT_X = 484  # time (or beats) and firewalls
RIGHT_BAR = 56  # the time bar's width
BAR_X, BAR_Y, BAR_H = 12, 14, 7
ICON = 9
ICONS = (
    "integrity",
    "glitched",
    "stress",
    "heart",
    "energy",
    "time",
    "walls",
    "pigment",
)
HINT_W = 470
TIP_W = 470
TIP_GAP = 14  # between the tip plate and the hint box's name plate
PIGMENT_SLOT = 136  # the pigment meter's width, under the strip's right end
PORTRAIT_SLOT = 68
CONSOLE_SLOT = 36
ALARM_SHARE = 0.7  # share of the stress limit where the stress meter warns
BLINK = 20  # ticks per half blink of a warning
TABS_AT = (6, STRIP_H + 3)  # the first feed tab's top left
TAB_H = 17
STRIP_PANEL = pygame.Rect(-3, -3, 646, STRIP_H + 3)
SEGMENT_KEY = (255, 0, 255)  # not a palette colour: gaps between bar segments


@dataclass
class Slot:
    """One piece of the strip as last drawn: what it showed (`key`), its
    pixels and the rects of its labels."""

    key: tuple[object, ...]
    pixels: pygame.Surface
    rects: list[pygame.Rect]


@dataclass
class TabRow:
    """The feed tabs as last drawn: what they showed (`key`), their pixels
    on a transparent row (None: drawn tab by tab) and the rects of their
    labels and pieces on the target."""

    key: tuple[object, ...]
    pixels: pygame.Surface | None
    rects: list[pygame.Rect]


def bar_fill(width: int, share: float) -> int:
    """Pixels filled in a bar whose frame is `width` wide, at `share`."""
    return int(max(width - 4, 0) * max(min(share, 1.0), 0.0))


@dataclass
class Meter:
    """One HUD meter; `warn` swaps its icon for the warning sign."""

    icon: str
    label: str
    share: float
    text: str
    colour: str
    mark: float | None = None
    warn: bool = False
    goal: str = ""


def floor_percent(share: float) -> str:
    """`share` as a percentage with one decimal, rounded down: a value just
    under a target never reads as the target (0.9799 -> "97.9")."""
    return f"{math.floor(share * 1000) / 10:.1f}"


def ceil_percent(share: float) -> str:
    """`share` as a percentage with one decimal, rounded up: pigment just over
    its target never reads as the target (0.1001 -> "10.1")."""
    return f"{math.ceil(share * 1000) / 10:.1f}"


def exact_percent(share: float) -> str:
    """A target as a percentage with only the decimals it has (0.975 -> "97.5")."""
    return f"{round(share * 100, 2):g}"


def load_words() -> dict[str, str]:
    """The minigame's screen words (assets/minigame/text.json)."""
    path = assets_dir() / "minigame" / "text.json"
    words: dict[str, str] = json.loads(read_text(path))
    return words


def load_icons() -> dict[str, pygame.Surface]:
    """The HUD icons from assets/minigame/hud.png, by name."""
    sheet = load_image(assets_dir() / "minigame" / "hud.png")
    return {
        name: sheet.subsurface((i * ICON, 0, ICON, ICON))
        for i, name in enumerate(ICONS)
    }


def load_console_picture() -> pygame.Surface:
    """The picture shown for a hint speaker that has no portrait."""
    return load_image(assets_dir() / "minigame" / "console.png")


def _clock(seconds: float) -> str:
    seconds = max(int(seconds), 0)
    return f"{seconds // 60}:{seconds % 60:02d}"


class Hud:
    """Draws the HUD of one run onto the 640x360 canvas."""

    def __init__(
        self,
        state: SimState,
        fonts: Fonts,
        palette: Palette,
        words: dict[str, str],
        ui: UiKit,
        reduce_flashes: bool = False,
    ) -> None:
        self.state = state
        self.fonts = fonts
        self.palette = palette
        self.words = words
        self.ui = ui
        self.steady = reduce_flashes
        self.icons = load_icons()
        self.console = load_console_picture()
        self._strip_fonts = fonts.at_normal_size()
        self.label_rects: list[pygame.Rect] = []
        self.slots: dict[int, Slot] = {}  # the strip's pieces as last drawn
        self.cache_strip = True  # False: draw the whole strip every frame
        self.bar_segments: dict[tuple[str, tuple[int, int]], pygame.Surface] = {}
        self.widths: dict[tuple[object, ...], int] = {}
        self.tab_row: TabRow | None = None

    def strip_fonts(self) -> Fonts:
        """Normal-size fonts for the strip, remade when the contrast changes."""
        if self._strip_fonts.regular.style.high_contrast != (
            self.fonts.regular.style.high_contrast
        ):
            self._strip_fonts = self.fonts.at_normal_size()
        return self._strip_fonts

    def rgb(self, name: str) -> tuple[int, int, int]:
        return self.palette.rgb(name)

    # -- meters -------------------------------------------------------------------
    def meters(self) -> list[Meter]:
        """The four meters, left to right."""
        s = self.state
        v, t, w = s.vitals, s.tuning, self.words
        share = v.glitched / max(v.active, 1)
        meters = [
            Meter(
                "integrity",
                w["integrity"],
                v.integrity,
                f"{floor_percent(v.integrity)}%",
                "lime",
                t.integrity_target,
                v.integrity < t.integrity_floor + 0.02,
                w["goal"].format(target=exact_percent(t.integrity_target)),
            ),
            Meter(
                "glitched",
                w["glitched"],
                min(share * 4, 1.0),
                f"{share * 100:.1f}%",
                "coral",
                None,
                share > 0.15,
            ),
            self._stress_meter(),
            Meter(
                "energy",
                w["energy"],
                v.energy / max(t.pulse_energy, 1e-6),
                f"{v.energy:.0f}",
                "sky",
                None,
                v.energy < t.pulse_cost * 0.3,
            ),
        ]
        return meters

    def _stress_meter(self) -> Meter:
        s = self.state
        v, t, w = s.vitals, s.tuning, self.words
        warn = v.stress >= ALARM_SHARE * t.stress_limit
        if s.spec.behaviour.stress == "heart":
            share = v.heart_rate / max(t.heart_rate_limit, 1e-6)
            return Meter(
                "heart", w["heart"], share, f"{v.heart_rate:.0f}", "coral", 1.0, warn
            )
        share = v.stress / max(t.stress_limit, 1e-6)
        return Meter(
            "stress", w["stress"], min(share, 1.0), f"{v.stress:.0f}", "gold", 1.0, warn
        )

    def _blink_on(self) -> bool:
        return self.steady or (self.state.vitals.tick // BLINK) % 2 == 0

    def _meter(self, target: pygame.Surface, meter: Meter, x: int, width: int) -> None:
        fonts = self.strip_fonts()
        if meter.warn and self._blink_on():
            target.blit(self.ui.icon("warning"), (x - 1, 1))
        else:
            target.blit(self.icons[meter.icon], (x, 3))
        label = fonts.regular.draw(target, meter.label, (x + BAR_X, 1), "mist")
        right = x + width - 4
        if meter.goal:
            goal = fonts.regular.draw(target, meter.goal, (right, 1), "mist", "right")
            self.label_rects.append(goal)
            right = goal.left - 3
        value = "coral" if meter.warn else "white"
        number = fonts.bold.draw(target, meter.text, (right, 1), value, align="right")
        self.label_rects += [label, number]
        bar = pygame.Rect(x + BAR_X, BAR_Y, width - BAR_X - 4, BAR_H)
        self._bar(target, bar, meter)

    def _bar(self, target: pygame.Surface, frame: pygame.Rect, meter: Meter) -> None:
        """A segmented gauge in the kit's bar frame, with its goal marker."""
        self.ui.draw_panel(target, frame, "bar")
        inner = frame.inflate(-4, -4)
        fill = bar_fill(frame.width, meter.share)
        segments = self._segments(meter.colour, inner.size)
        target.blit(segments, inner.topleft, (0, 0, fill, inner.height))
        if meter.mark is not None:
            mx = frame.left + 1 + int((frame.width - 3) * meter.mark)
            target.fill(self.rgb("ink"), (mx - 1, frame.top - 1, 3, frame.height + 2))
            target.fill(self.rgb("white"), (mx, frame.top - 1, 1, frame.height + 2))

    def _segments(self, colour: str, size: tuple[int, int]) -> pygame.Surface:
        """A full bar's fill: 3-pixel segments 4 apart in `colour` over colour
        key (cached); a bar shows its first `fill` columns."""
        key = (colour, size)
        segments = self.bar_segments.get(key)
        if segments is None:
            segments = pygame.Surface(size)
            segments.fill(SEGMENT_KEY)
            segments.set_colorkey(SEGMENT_KEY)
            for sx in range(0, size[0], 4):
                segments.fill(self.rgb(colour), (sx, 0, 3, size[1]))
            self.bar_segments[key] = segments
        return segments

    def _right_values(self) -> tuple[str, str, float]:
        """Icon, text and bar share of the time (or heart beats) left."""
        s = self.state
        v, t = s.vitals, s.tuning
        if s.spec.behaviour.stress == "heart":
            text = f"{self.words['beats']} {max(v.beats_left, 0):.0f}"
            return "heart", text, max(v.beats_left, 0.0) / max(t.heart_beats, 1e-6)
        left = v.max_ticks / 60 - s.time
        return "time", _clock(left), left / max(v.max_ticks / 60, 1e-6)

    def _right(self, target: pygame.Surface) -> None:
        """Time (or heart beats) left and the firewalls left, as pips."""
        s = self.state
        v, t, fonts = s.vitals, s.tuning, self.strip_fonts()
        x = RIGHT_X
        icon, text, share = self._right_values()
        target.blit(self.icons[icon], (x, 3))
        self.label_rects.append(fonts.bold.draw(target, text, (x + 12, 1), "white"))
        self._bar(
            target,
            pygame.Rect(x + 12, BAR_Y, RIGHT_BAR, BAR_H),
            Meter("", "", share, "", "silver"),
        )
        wx = x + 76
        target.blit(self.icons["walls"], (wx, 3))
        self.label_rects += [
            fonts.bold.draw(
                target, f"{v.firewalls_left}", (636, 1), "gold", align="right"
            ),
            fonts.regular.draw(target, self.words["walls"], (wx + 12, 1), "mist"),
        ]
        for i in range(t.firewall_count):
            pip = pygame.Rect(wx + 12 + i * 7, BAR_Y, 5, BAR_H)
            if i < v.firewalls_left:
                target.fill(self.rgb("ochre"), pip)
                target.fill(self.rgb("gold"), pip.inflate(-2, -2))
            else:
                pygame.draw.rect(target, self.rgb("slate"), pip, 1)

    def _tabs(self, target: pygame.Surface) -> None:
        """The patient feed tabs under the strip: one blit of the row as last
        drawn while the tabs show the same (an opaque target only, as the
        strip's pieces), else drawn tab by tab."""
        feeds = self.state.spec.all_feeds()
        if len(feeds) < 2:
            return
        if target.get_flags() & pygame.SRCALPHA:
            self.label_rects += self._draw_tabs(target, TABS_AT)[0]
            return
        key = self._tabs_key()
        if self.tab_row is None or self.tab_row.key != key:
            self.tab_row = self._tab_row(key)
        if self.tab_row.pixels is None:  # not cacheable: see _tab_row
            self.label_rects += self._draw_tabs(target, TABS_AT)[0]
            return
        target.blit(self.tab_row.pixels, TABS_AT)
        self.label_rects += self.tab_row.rects

    def _tabs_key(self) -> tuple[object, ...]:
        """What the tabs show: names, alarms, the current feed, the font."""
        s = self.state
        font = self.strip_fonts().regular
        names = tuple(feed.name for feed in s.spec.all_feeds())
        alarms = tuple(bool(g > 0) for g in s.feed_glitched[: len(names)])
        return (names, alarms, s.vitals.feed, font, font.style, self.ui)

    def _tab_row(self, key: tuple[object, ...]) -> TabRow:
        """The tabs drawn onto a transparent row. Kept as pixels only when
        every pixel is opaque or clear and inside the row: then blitting the
        row puts exactly what drawing tab by tab puts."""
        width = 640 - TABS_AT[0]
        row = pygame.Surface((width, TAB_H), pygame.SRCALPHA)
        labels, pieces = self._draw_tabs(row, (0, 0))
        alphas = pygame.surfarray.array_alpha(row)
        inside = all(row.get_rect().contains(r) for r in pieces)
        binary = bool(((alphas == 0) | (alphas == 255)).all())
        moved = [r.move(TABS_AT) for r in labels]
        if not (inside and binary):
            return TabRow(key, None, moved)
        used = (0, 0, max(r.right for r in pieces), TAB_H)  # blit no clear tail
        return TabRow(key, row.subsurface(used).copy(), moved)

    def _draw_tabs(
        self, target: pygame.Surface, at: tuple[int, int]
    ) -> tuple[list[pygame.Rect], list[pygame.Rect]]:
        """Draw the tabs with the first one's top left at `at`; returns the
        rects of their labels, and of every piece drawn (labels too)."""
        s = self.state
        x, y = at
        font = self.strip_fonts().regular
        labels, pieces = [], []
        for i, feed in enumerate(s.spec.all_feeds()):
            alarm = s.feed_glitched[i] > 0
            current = i == s.vitals.feed
            style = "button_focused" if current else "button"
            width = self._width(font, feed.name) + 12 + (14 if alarm else 0)
            rect = pygame.Rect(x, y, width, TAB_H)
            pieces.append(self.ui.draw_panel(target, rect, style))
            tx = x + 6
            if alarm:
                pieces.append(target.blit(self.ui.icon("warning"), (x + 3, y + 2)))
                tx += 14
            colour = "coral" if alarm and not current else self.ui.text_colour(style)
            labels.append(font.draw(target, feed.name, (tx, y + 2), colour))
            x += width + 4
        return labels, labels + pieces

    def _width(self, font: BitmapFont, text: str) -> int:
        """`text`'s width in `font` (cached: the tabs measure every frame)."""
        key = (font, font.style.scale, text)
        width = self.widths.get(key)
        if width is None:
            width = self.widths[key] = font.measure(text)[0]
        return width

    def draw(self, target: pygame.Surface) -> None:
        self.label_rects = []
        opaque = not target.get_flags() & pygame.SRCALPHA
        if self.cache_strip and opaque and target.get_width() == 640:
            self._strip_pieces(target)
        else:
            self.ui.draw_panel(target, STRIP_PANEL, "panel")
            x = 4
            for meter, width in zip(self.meters(), SLOT_WIDTHS, strict=True):
                self._meter(target, meter, x, width)
                x += width + SLOT_GAP
            self._right(target)
        self._tabs(target)
        self._pigment(target)

    def _strip_pieces(self, target: pygame.Surface) -> None:
        """The strip as five pieces (four meters, then time and firewalls),
        each redrawn only when what it shows changed, else copied from its
        last drawing. The strip's panel is opaque, so a piece's pixels do not
        depend on what lies under it (the HUD tests compare both ways)."""
        fonts = self.strip_fonts()
        common = (fonts, fonts.regular.style, fonts.bold.style, self.ui)
        blink = self._blink_on()
        x = 4
        for i, (meter, width) in enumerate(
            zip(self.meters(), SLOT_WIDTHS, strict=True)
        ):
            fill = bar_fill(width - BAR_X - 4, meter.share)
            key: tuple[object, ...] = (*common, meter.warn and blink, fill)
            key += (
                meter.icon,
                meter.label,
                meter.text,
                meter.colour,
                meter.mark,
                meter.warn,
                meter.goal,
            )
            last = i == len(SLOT_WIDTHS) - 1
            right = RIGHT_X if last else x + width + SLOT_GAP - 1
            left = 0 if i == 0 else x - 1
            area = pygame.Rect(left, 0, right - left, STRIP_H)
            paint = functools.partial(self._meter, target, meter, x, width)
            self._piece(target, i, area, key, paint)
            x += width + SLOT_GAP
        v, t = self.state.vitals, self.state.tuning
        icon, text, share = self._right_values()
        fill = bar_fill(RIGHT_BAR, share)
        key = (*common, icon, text, fill, v.firewalls_left, t.firewall_count)
        key += (self.words["walls"],)
        area = pygame.Rect(RIGHT_X, 0, 640 - RIGHT_X, STRIP_H)
        self._piece(target, len(SLOT_WIDTHS), area, key, lambda: self._right(target))

    def _piece(
        self,
        target: pygame.Surface,
        index: int,
        area: pygame.Rect,
        key: tuple[object, ...],
        paint: Callable[[], None],
    ) -> None:
        key = (*key, target.get_bitsize(), target.get_masks())
        slot = self.slots.get(index)
        if slot is not None and slot.key == key:
            target.blit(slot.pixels, area)
            self.label_rects += slot.rects
            return
        panel = self.ui.panel("panel", STRIP_PANEL.size)
        target.blit(panel, area, area.move(-STRIP_PANEL.x, -STRIP_PANEL.y))
        first = len(self.label_rects)
        paint()
        pixels = target.subsurface(area).copy()
        self.slots[index] = Slot(key, pixels, self.label_rects[first:])

    def _pigment(self, target: pygame.Surface) -> None:
        """Pigment left against its target, on a plate under the strip's right
        end (only on levels with pigment to clear)."""
        s = self.state
        if s.grid.pigment_start <= 0.0:
            return
        v, t, w = s.vitals, s.tuning, self.words
        x = target.get_width() - PIGMENT_SLOT - 4
        plate = (x - 4, STRIP_H - 3, PIGMENT_SLOT + 11, STRIP_H + 3)
        self.ui.draw_panel(target, plate, "panel")
        meter = Meter(
            "pigment",
            w["pigment"],
            v.pigment_left,
            f"{ceil_percent(v.pigment_left)}%",
            "lilac",
            t.pigment_target,
            v.pigment_left > 0.5,
            w["goal"].format(target=exact_percent(t.pigment_target)),
        )
        first = len(self.label_rects)
        row = target.subsurface((0, STRIP_H, target.get_width(), STRIP_H))
        self._meter(row, meter, x, PIGMENT_SLOT)
        moved = [r.move(0, STRIP_H) for r in self.label_rects[first:]]
        self.label_rects[first:] = moved

    # -- messages -------------------------------------------------------------------
    def banner(self, target: pygame.Surface, text: str) -> None:
        """The level's title on a plate under the HUD strip."""
        width = self.fonts.bold.measure(text)[0] + 24
        rect = pygame.Rect((640 - width) // 2, STRIP_H + 26, width, 20)
        self.ui.draw_panel(target, rect, "panel")
        self.fonts.bold.draw(target, text, (320, rect.y + 4), "white", align="center")

    def tip(
        self, target: pygame.Surface, title: str, text: str, bottom: int = 356
    ) -> None:
        """A first-time tip on a plate whose bottom edge is at `bottom` (above
        the hint box when one shows): a bold title line, then wrapped text."""
        fonts = self.fonts
        lines = fonts.regular.wrap(text, TIP_W - 20)
        height = 10 + fonts.line_height * (len(lines) + 1)
        box = pygame.Rect((640 - TIP_W) // 2, bottom - height, TIP_W, height)
        self.ui.draw_panel(target, box, "panel")
        y = box.y + 5
        fonts.bold.draw(target, title, (box.x + 10, y), "gold")
        for line in lines:
            y += fonts.line_height
            fonts.regular.draw(target, line, (box.x + 10, y), "white")

    def hint(
        self,
        target: pygame.Surface,
        speaker: str,
        text: str,
        portrait: pygame.Surface | None = None,
        colour: str = "teallite",
    ) -> int:
        """A dialogue-style hint box along the bottom: the speaker's portrait
        (or the console picture), a name plate in `colour`, wrapped text.
        Returns the y just clear of the box (for a tip above it)."""
        picture = portrait if portrait is not None else self.console
        return self._box(target, speaker, text, picture, colour) - TIP_GAP

    def confirm(self, target: pygame.Surface, title: str, text: str) -> int:
        """The shutdown question, in the hint box with a warning sign; returns
        the y just clear of it."""
        return (
            self._box(target, title, text, self.ui.icon("warning"), "coral") - TIP_GAP
        )

    def _box(
        self,
        target: pygame.Surface,
        name: str,
        text: str,
        picture: pygame.Surface,
        colour: str,
    ) -> int:
        """Draws the box; returns its top edge."""
        fonts = self.fonts
        slot_size = PORTRAIT_SLOT if picture.get_width() > 40 else CONSOLE_SLOT
        text_x = 12 + slot_size + 10
        lines = fonts.regular.wrap(text, HINT_W - text_x - 10)
        height = max(slot_size + 12, 18 + fonts.line_height * len(lines))
        box = pygame.Rect((640 - HINT_W) // 2, 356 - height, HINT_W, height)
        self.ui.draw_panel(target, box, "panel")
        slot = pygame.Rect(box.x + 8, box.y + 6, slot_size, slot_size)
        self.ui.draw_panel(target, slot, "inset")
        target.blit(picture, picture.get_rect(center=slot.center))
        left = box.x + text_x
        if name:
            plate = pygame.Rect(
                left - 8, box.y - 11, fonts.bold.measure(name)[0] + 16, 18
            )
            self.ui.draw_panel(target, plate, "panel")
            fonts.bold.draw(target, name, (plate.x + 8, plate.y + 3), colour)
        y = box.y + 10
        for line in lines:
            fonts.regular.draw(target, line, (left, y), "white")
            y += fonts.line_height
        return box.y

    def charge_label(self, target: pygame.Surface, x: int, y: int) -> None:
        """The charging pulse's radius beside the reticle at canvas (x, y)."""
        s = self.state
        if s.vitals.charging:
            text = f"{pulse_radius(s):.0f}"
            bold = self.strip_fonts().bold
            bold.draw(target, text, (x + 11, y - 15), "ink")
            bold.draw(target, text, (x + 10, y - 16), "mint")
