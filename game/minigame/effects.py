"""Draw the minigame's effects: everything that is neither tissue nor bot.

Contract: `Effects(state, palette, reduce_flashes)` draws the firewall glow
(`draw_walls`, under the bots, in WALL_COLOURS only), then (`draw`) the
pulse shockwave, scan sweep, sabotage rings, repair sparkles and the
stress alarm at the screen's edge, and on request the reticle and the
firewall preview. It keeps its own random generator for sparkles (never the
sim's) and reads the state without changing it. `reduce_flashes` holds
blinking and pulsing still.
"""

from __future__ import annotations

import functools
import itertools
import math

import numpy as np
import pygame

from game.art.palette import Palette
from game.minigame.spec import FEED_H, FEED_W
from game.minigame.state import Event, SimState
from game.minigame.view import CELL_PX, VIEW_H, VIEW_W

F32 = np.float32


def _ease_out(p: float) -> float:
    return 1.0 - (1.0 - min(max(p, 0.0), 1.0)) ** 2


@functools.lru_cache(maxsize=512)
def _circle_points(
    centre: tuple[int, int], radius: float, count: int, turn: float = 0.0
) -> tuple[tuple[int, int], ...]:
    """`count` points on a circle (cached: the reticle's rings repeat)."""
    cx, cy = centre
    return tuple(
        (
            int(cx + radius * math.cos(turn + 2 * math.pi * k / count)),
            int(cy + radius * math.sin(turn + 2 * math.pi * k / count)),
        )
        for k in range(count)
    )


def _edge_bands(thickness: int) -> np.ndarray:
    """Codes of an alarm frame: 1 solid edge, 2 checker band, 3 sparse dots."""
    yy, xx = np.ogrid[0:VIEW_H, 0:VIEW_W]
    edge = np.minimum(np.minimum(xx, yy), np.minimum(VIEW_W - 1 - xx, VIEW_H - 1 - yy))
    codes = np.zeros((VIEW_H, VIEW_W), np.uint8)
    codes[edge < thickness] = 1
    checker = (xx + yy) % 2 == 0
    codes[(edge >= thickness) & (edge < 2 * thickness + 1) & checker] = 2
    sparse = (xx % 3 == 0) & (yy % 3 == 0)
    codes[(edge >= 2 * thickness + 1) & (edge < 3 * thickness + 4) & sparse] = 3
    return codes


# The firewall glow's colours: an 8-bit target's palette must hold them.
WALL_COLOURS = ("ochre", "gold", "butter", "ink")
SPARKLE_KEY = (255, 0, 255)  # not a palette colour: a sparkle's background
ALARM_THICKNESS = (1, 2, 3)
# Alarm frames draw only this close to the view's edge (_edge_bands' reach).
ALARM_BAND = 3 * max(ALARM_THICKNESS) + 4


class Effects:
    """Firewall glow, pulse charge and shockwave, scan sweep, sabotage rings,
    repair sparkles, the stress alarm at the screen's edge, the reticle."""

    SHOCK = 20  # ticks a pulse's shockwave lasts
    SWEEP = 32  # ticks of a scan's sweep
    RING = 40  # ticks of an alarm or sabotage ring
    FIZZLE = 14
    SPARKLE_LIFE = 14
    SPARKLES_MAX = 28
    SPARKLE_RISE = F32(0.0004)  # integrity gain per tick that counts as a repair
    ALARM_AT = 0.7  # share of the stress limit that sounds the alarm

    def __init__(self, state: SimState, palette: Palette, reduce_flashes: bool) -> None:
        self.state = state
        self.palette = palette
        self.reduce_flashes = reduce_flashes
        self.rng = np.random.default_rng(11)  # the renderer's own: never the sim's
        self.sparkles: list[tuple[int, int, int]] = []
        self.prev: np.ndarray | None = None
        self.diff = np.zeros((FEED_H, FEED_W), F32)
        self.rose = np.zeros((FEED_H, FEED_W), bool)
        self.prev_feed = -1
        self.last_tick = -1
        self.alarm_frames: list[pygame.Surface] = []
        self.sparkle_stages = self._sparkle_stages()
        self.dot_pictures: dict[tuple[str, int], pygame.Surface] = {}
        self._frames()  # built now: building them on the first alarm stalls a frame

    def rgb(self, name: str) -> tuple[int, int, int]:
        return self.palette.rgb(name)

    def origin(self) -> tuple[int, int]:
        feed = self.state.spec.all_feeds()[self.state.vitals.feed]
        return feed.x, feed.y

    def draw(self, target: pygame.Surface) -> None:
        s = self.state
        if s.vitals.tick != self.last_tick:
            self._spawn_sparkles()
            self.last_tick = s.vitals.tick
        for event in s.events:
            self._event(target, event)
        self._sparkles(target)
        self._alarm(target)

    # -- firewalls ------------------------------------------------------------
    def draw_walls(self, target: pygame.Surface) -> None:
        """The glowing firewall segments (drawn under the bots)."""
        ox, oy = self.origin()
        glow = 5 if self.reduce_flashes or (self.state.vitals.tick // 12) % 2 else 7
        for x0, y0, x1, y1 in self.state.segments:
            a = (int((x0 - ox) * CELL_PX), int((y0 - oy) * CELL_PX))
            b = (int((x1 - ox) * CELL_PX), int((y1 - oy) * CELL_PX))
            pygame.draw.line(target, self.rgb("ochre"), a, b, glow)
            pygame.draw.line(target, self.rgb("gold"), a, b, 3)
            pygame.draw.line(target, self.rgb("butter"), a, b, 1)
            for end in (a, b):
                pygame.draw.rect(
                    target, self.rgb("ink"), (end[0] - 2, end[1] - 2, 5, 5)
                )
                pygame.draw.rect(
                    target, self.rgb("butter"), (end[0] - 1, end[1] - 1, 3, 3)
                )

    # -- events ---------------------------------------------------------------
    def _event(self, target: pygame.Surface, event: Event) -> None:
        age = self.state.vitals.tick - event.tick
        if age < 0:
            return
        if event.kind in ("wave", "alarm"):
            ox, oy = self.origin()
            centre = (int((event.x - ox) * CELL_PX), int((event.y - oy) * CELL_PX))
            if age <= self.RING and target.get_rect().collidepoint(centre):
                self._sabotage(target, centre, event.radius, age)
            return
        if event.feed != self.state.vitals.feed:
            return
        centre = (int(event.x * CELL_PX), int(event.y * CELL_PX))
        if event.kind == "pulse" and age <= self.SHOCK:
            self._shockwave(target, centre, event.radius, age)
        elif event.kind == "scan" and age <= self.SWEEP:
            self._sweep(target, centre, event.radius, age)
        elif event.kind == "fizzle" and age <= self.FIZZLE:
            radius = max(event.radius, 6) * CELL_PX
            for p in _circle_points(centre, radius, 12, age * 0.2):
                pygame.draw.rect(target, self.rgb("steel"), (p[0] - 1, p[1], 2, 1))

    def _shockwave(
        self, target: pygame.Surface, centre: tuple[int, int], radius: float, age: int
    ) -> None:
        p = age / self.SHOCK
        r = radius * CELL_PX * (0.3 + 0.75 * _ease_out(p))
        rings = (("white", 0, 2 if p < 0.4 else 1), ("mint", 4, 1), ("teal", 9, 1))
        for colour, back, width in rings:
            if r - back > 2 and p < 1.0 - back / 20:
                pygame.draw.circle(
                    target, self.rgb(colour), centre, int(r - back), width
                )
        if p < 0.6:
            for a, b in zip(
                _circle_points(centre, r + 2, 10, p),
                _circle_points(centre, r + 6, 10, p),
                strict=True,
            ):
                pygame.draw.line(target, self.rgb("mint"), a, b)

    def _sweep(
        self, target: pygame.Surface, centre: tuple[int, int], radius: float, age: int
    ) -> None:
        r = radius * CELL_PX
        turn = -math.pi / 2 + 2 * math.pi * age / self.SWEEP
        self._dots(target, "sky", _circle_points(centre, r, 40))
        for lag, colour in ((0.32, "bluedark"), (0.16, "blue"), (0.0, "ice")):
            end = (
                int(centre[0] + r * math.cos(turn - lag)),
                int(centre[1] + r * math.sin(turn - lag)),
            )
            pygame.draw.line(target, self.rgb(colour), centre, end, 1)
        if age < self.SWEEP // 2:
            inner = int(r * _ease_out(age / (self.SWEEP / 2)))
            if inner > 1:
                pygame.draw.circle(target, self.rgb("ice"), centre, inner, 1)

    def _sabotage(
        self, target: pygame.Surface, centre: tuple[int, int], radius: float, age: int
    ) -> None:
        p = age / self.RING
        base = max(radius, 6) * CELL_PX
        for k, colour in enumerate(("coral", "red")):
            r = int(base * (0.5 + 1.6 * _ease_out(max(p - 0.15 * k, 0.0))))
            pygame.draw.circle(target, self.rgb(colour), centre, max(r, 2), 1)
        if self.reduce_flashes or (age // 6) % 2 == 0:
            cx, cy = centre
            pygame.draw.polygon(
                target,
                self.rgb("coral"),
                ((cx, cy - 6), (cx - 5, cy + 4), (cx + 5, cy + 4)),
            )
            pygame.draw.line(target, self.rgb("ink"), (cx, cy - 2), (cx, cy + 1))
            target.set_at((cx, cy + 3), self.rgb("ink"))

    # -- repairs ----------------------------------------------------------------
    def _spawn_sparkles(self) -> None:
        s = self.state
        tick = s.vitals.tick
        self.sparkles = [p for p in self.sparkles if tick - p[2] < self.SPARKLE_LIFE]
        ox, oy = self.origin()
        view = s.grid.integrity[oy : oy + FEED_H, ox : ox + FEED_W]
        if self.prev is None or self.prev_feed != s.vitals.feed:
            self.prev = view.copy()
            self.prev_feed = s.vitals.feed
            return
        room = self.SPARKLES_MAX - len(self.sparkles)
        if room > 0:  # when full (often, in a busy swarm) no search is needed
            np.subtract(view, self.prev, out=self.diff)
            np.greater(self.diff, self.SPARKLE_RISE, out=self.rose)
            rising = np.flatnonzero(self.rose)
            if rising.size:
                for cell in self.rng.choice(rising, size=min(2, room, rising.size)):
                    y, x = divmod(int(cell), FEED_W)
                    self.sparkles.append((x * CELL_PX + 1, y * CELL_PX + 1, tick))
        np.copyto(self.prev, view)

    def _sparkles(self, target: pygame.Surface) -> None:
        """Each sparkle as the picture of its age, in one fblits (in order:
        a later sparkle covers an earlier one)."""
        tick = self.state.vitals.tick
        stages = self.sparkle_stages
        target.fblits(
            (stages[min(max(tick - born, 0) // 5, 2)], (x - 2, y - 2))
            for x, y, born in self.sparkles
        )

    def _sparkle_stages(self) -> list[pygame.Surface]:
        """A sparkle at ages 0-4, 5-9 and 10 on: a butter cross of arm 2, then
        1, with a white heart, then one mint pixel; 5x5, centred, colour key."""
        stages = []
        for arm, colour in ((2, "butter"), (1, "butter"), (0, "mint")):
            picture = pygame.Surface((5, 5))
            picture.fill(SPARKLE_KEY)
            picture.set_colorkey(SPARKLE_KEY)
            rgb = self.rgb(colour)
            if arm:
                picture.fill(rgb, (2 - arm, 2, 2 * arm + 1, 1))
                picture.fill(rgb, (2, 2 - arm, 1, 2 * arm + 1))
            picture.set_at((2, 2), self.rgb("white") if arm else rgb)
            stages.append(picture)
        return stages

    # -- alarm ------------------------------------------------------------------
    def _frames(self) -> list[pygame.Surface]:
        if not self.alarm_frames:
            colours = [(255, 0, 255)] + [self.rgb(n) for n in ("coral", "red", "wine")]
            for thickness in ALARM_THICKNESS:
                frame = pygame.Surface((VIEW_W, VIEW_H), depth=8)
                frame.set_palette(colours + [(0, 0, 0)] * (256 - len(colours)))
                frame.set_colorkey(0)
                pixels = pygame.surfarray.pixels2d(frame)
                pixels[...] = _edge_bands(thickness).T
                del pixels
                self.alarm_frames.append(frame)
        return self.alarm_frames

    def alarm_level(self) -> int:
        """0 calm, 1 stress past the alarm share, 2 close to the limit."""
        v, t = self.state.vitals, self.state.tuning
        share = v.stress / max(t.stress_limit, 1e-6)
        return 0 if share < self.ALARM_AT else (1 if share < 0.9 else 2)

    def _alarm(self, target: pygame.Surface) -> None:
        level = self.alarm_level()
        if not level:
            return
        frames = self._frames()
        if self.reduce_flashes:
            self._edges(target, frames[level - 1])
            return
        period = 30 if level == 1 else 16
        phase = (self.state.vitals.tick % period) / period
        strength = 0.5 - 0.5 * math.cos(2 * math.pi * phase)
        self._edges(target, frames[min(int(strength * 3), 2)])

    @staticmethod
    def _edges(target: pygame.Surface, frame: pygame.Surface) -> None:
        """Blit the alarm `frame` band by band: inside ALARM_BAND of the edges
        it is colour key only, so the whole-view blit's pixels are the same."""
        band = ALARM_BAND
        for area in (
            (0, 0, VIEW_W, band),
            (0, VIEW_H - band, VIEW_W, band),
            (0, band, band, VIEW_H - 2 * band),
            (VIEW_W - band, band, band, VIEW_H - 2 * band),
        ):
            target.blit(frame, area[:2], area)

    # -- aiming -------------------------------------------------------------------
    def _dots(
        self,
        target: pygame.Surface,
        colour: str,
        points: tuple[tuple[int, int], ...],
        width: int = 1,
    ) -> None:
        """A `width` x 1 dot of `colour` at each point, in one fblits (the
        pixels of a set_at or fill per point)."""
        key = (colour, width)
        dot = self.dot_pictures.get(key)
        if dot is None:
            dot = self.dot_pictures[key] = pygame.Surface((width, 1))
            dot.fill(self.rgb(colour))
        target.fblits(zip(itertools.repeat(dot), points))

    def reticle(self, target: pygame.Surface, x: float, y: float, mode: str) -> None:
        """The aiming ring at view cell (x, y): the pulse's charge while held."""
        s = self.state
        centre = (int(x * CELL_PX), int(y * CELL_PX))
        if s.vitals.charging:
            self._charge(target, centre)
        elif mode == "scan":
            ring = _circle_points(centre, s.tuning.scan_radius * CELL_PX, 32)
            self._dots(target, "sky", ring)
        else:
            radius = int(s.tuning.pulse_radius_min * CELL_PX)
            pygame.draw.circle(target, self.rgb("silver"), centre, radius, 1)
        self._cross(target, centre)

    def _cross(self, target: pygame.Surface, centre: tuple[int, int]) -> None:
        cx, cy = centre
        for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            for colour, shift in (("ink", 1), ("white", 0)):
                start = (cx + dx * 3 + shift, cy + dy * 3 + shift)
                end = (cx + dx * 7 + shift, cy + dy * 7 + shift)
                pygame.draw.line(target, self.rgb(colour), start, end, 1)
        target.set_at(centre, self.rgb("white"))

    def _charge(self, target: pygame.Surface, centre: tuple[int, int]) -> None:
        from game.minigame.tools import pulse_radius

        s = self.state
        t, v = s.tuning, s.vitals
        wanted = pulse_radius(s)
        cost = t.pulse_cost * wanted / max(t.pulse_radius_max, 1e-6)
        paid = wanted * min(v.energy / cost, 1.0) if cost > 0 else wanted
        ring = _circle_points(centre, t.pulse_radius_max * CELL_PX, 48)
        self._dots(target, "steel", ring)
        r = paid * CELL_PX
        if paid < wanted - 0.5:
            dashes = _circle_points(centre, wanted * CELL_PX, 36, v.tick * 0.05)
            self._dots(target, "coral", dashes, 2)
        pygame.draw.circle(target, self.rgb("mint"), centre, max(int(r), 2), 1)
        turn = v.tick * 0.12
        for a, b in zip(
            _circle_points(centre, r - 3, 12, turn),
            _circle_points(centre, r, 12, turn),
            strict=True,
        ):
            pygame.draw.line(target, self.rgb("teallite"), a, b)

    def firewall_preview(
        self,
        target: pygame.Surface,
        anchor: tuple[float, float],
        cursor: tuple[float, float],
    ) -> None:
        """The wall the second FIREWALL press would place, clamped to its length."""
        (x0, y0), (x1, y1) = anchor, cursor
        length = math.hypot(x1 - x0, y1 - y0)
        limit = self.state.tuning.firewall_length
        if length > limit:
            x1 = x0 + (x1 - x0) * limit / length
            y1 = y0 + (y1 - y0) * limit / length
        steps = max(int(max(length, 1.0) * CELL_PX / 3), 1)
        ax, ay = x0 * CELL_PX, y0 * CELL_PX
        bx, by = x1 * CELL_PX, y1 * CELL_PX
        for i in range(0, steps + 1, 2):
            f = i / steps
            if f > 1.0:
                break
            p = (int(ax + (bx - ax) * f), int(ay + (by - ay) * f))
            target.fill(self.rgb("gold"), (p[0] - 1, p[1] - 1, 2, 2))
        target.fill(self.rgb("butter"), (int(ax) - 2, int(ay) - 2, 4, 4))
