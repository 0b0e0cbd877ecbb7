"""Draw the current feed's bots with short trails, by shape and colour.

Contract: `BotLayer(state, palette, reduce_flashes, colourblind).draw(target)`
draws every bot of the current feed over the view area of `target`
(`colourblind`: blue healthy and orange-gold glitched looks, same shapes).
A shape per look (healthy plus, glitched X that pulses into a spiky star, stopped hollow
square; hidden bots look healthy, by design) with a short trail behind moving
bots, so state is told by shape as well as colour and the swarm's flow shows.
`paint(canvas)` writes the bots' codes (from BOT_BASE up) over what a
`ViewCanvas` holds, the renderer's shared one; it returns False, painting
nothing, for small swarms, which `draw_few` then draws with one `fblits` per
look fed by nested zips after the canvas is shown. Larger swarms go through
a numpy rasteriser: up to SCATTER_MAX shown bots each sprite pixel is
written by index ("scatter"), beyond it one impulse image per look is
stamped by shift-and-max ("stamp"), whose cost barely grows with the bot
count. `draw` does the same over a canvas of its own, shown colour-keyed.
Every path draws the same pixels; `method` tells which ran. Reads the
state, never changes it.
"""

from __future__ import annotations

import itertools
import math

import numpy as np
import pygame

from game.art.palette import Palette
from game.core.paths import assets_dir
from game.minigame.state import Bot, Outcome, SimState
from game.minigame.view import CELL_PX, VIEW_H
from game.minigame.view_canvas import BOT_BASE, PAD, ROW, ROWS, ViewCanvas

# A look's pixels of one colour: (code in the layer, [(dy, dx), ...]).
Stamp = tuple[int, list[tuple[int, int]]]
FBLITS_MAX = 1500  # above this many visible bots the rasteriser is faster
SCATTER_MAX = 25_000  # above this many, stamping whole images is faster
SPRITE = 5
F32 = np.float32

# Looks, in drawing order (later looks are drawn over earlier ones).
LOOKS = ("healthy", "glitched", "glitched_pulse", "stopped")
HEALTHY_LOOK, GLITCHED_LOOK, PULSE_LOOK, STOPPED_LOOK = range(4)
LOOK_OF_STATE = {
    Bot.HEALTHY: HEALTHY_LOOK,
    Bot.HIDDEN: HEALTHY_LOOK,  # hidden glitches look healthy until scanned
    Bot.GLITCHED: GLITCHED_LOOK,
    Bot.STOPPED: STOPPED_LOOK,
}
# Trail colours of moving looks: (far pixel, near pixel); drawn under bodies.
TRAIL_COLOURS = {HEALTHY_LOOK: ("tealdark", "teal"), GLITCHED_LOOK: ("wine", "red")}
# The colour-blind palette: blue for healthy, orange-gold for glitched; the
# sprites of these looks are the `<look>_cb` pictures in bots.txt.
CB_LOOKS = ("healthy", "glitched", "glitched_pulse")
CB_TRAIL_COLOURS = {
    HEALTHY_LOOK: ("bluedark", "blue"),
    GLITCHED_LOOK: ("ochre", "gold"),
}
TRAIL_GAIN = F32(16.0)  # velocity quantisation steps per cell/tick of speed
NEAR_REACH, FAR_REACH = 1.5, 2.9  # px from a body's centre to its trail pixels
PULSE_PERIOD = 16  # ticks of a glitched bot's pulse (two phases)
LOOKUP_MIN = 30_000  # keys from which table lookups are worked arithmetically
# Bots index a flat run of the canvas that starts here, where the view's top
# left is (SPRITE, SPRITE): the float sums that place a bot keep the same
# constants (so the same rounding) whatever the canvas's padding.
BOT_ORIGIN = (PAD - SPRITE) * (ROW + 1)


def look_names(colourblind: bool = False) -> list[str]:
    """bots.txt picture names of each look, in LOOKS order."""
    suffix = "_cb" if colourblind else ""
    return [name + suffix if name in CB_LOOKS else name for name in LOOKS]


def load_bot_sprites(palette: Palette, colourblind: bool = False) -> list[np.ndarray]:
    """Palette-index pictures of each look (255 = transparent), from bots.txt."""
    from game.art.grid import load_grids

    grids = load_grids(assets_dir() / "src" / "minigame" / "bots.txt", palette)
    return [grids[name] for name in look_names(colourblind)]


def _sprite_surface(picture: np.ndarray, palette: Palette) -> pygame.Surface:
    h, w = picture.shape
    surface = pygame.Surface((w, h), pygame.SRCALPHA)
    for (y, x), index in np.ndenumerate(picture):
        if index != 255:
            surface.set_at((x, y), (*palette.colors[index], 255))
    if pygame.display.get_surface() is not None:
        surface = surface.convert_alpha()
    return surface


def trail_offsets(row: int) -> tuple[np.ndarray, np.ndarray]:
    """Flat offsets (far, near) from a 2x2 body's top-left pixel to the two
    trail pixels behind it, for each of the 8x8 quantised velocities (index
    qy * 8 + qx; 3.5 is still). Slow bots get one trail pixel, still ones none
    (offset 0 lies under the body)."""
    far = np.zeros(64, np.intp)
    near = np.zeros(64, np.intp)
    for qy, qx in itertools.product(range(8), range(8)):
        vx, vy = qx - 3.5, qy - 3.5
        speed = math.hypot(vx, vy)
        if speed < 1.2:
            continue
        ux, uy = -vx / speed, -vy / speed
        reaches = (NEAR_REACH, FAR_REACH if speed >= 2.6 else NEAR_REACH)
        near[qy * 8 + qx], far[qy * 8 + qx] = (
            math.floor(1.0 + uy * r) * row + math.floor(1.0 + ux * r) for r in reaches
        )
    return far, near


def _run_of(indices: np.ndarray) -> slice | None:
    """The slice equal to `indices` (ascending) if they are one unbroken run."""
    if indices.size and int(indices[-1]) - int(indices[0]) == indices.size - 1:
        return slice(int(indices[0]), int(indices[-1]) + 1)
    return None


class BotLayer:
    """Draws the current feed's bots; picks fblits or the rasteriser by count.

    Per frame everything is whole-array numpy: a look code per bot, a flat
    pixel index into a padded 8-bit canvas (bots not drawn point at a spot in
    the padding), two trail indices from a table of quantised velocities.
    """

    def __init__(
        self,
        state: SimState,
        palette: Palette,
        reduce_flashes: bool = False,
        colourblind: bool = False,
    ) -> None:
        self.state = state
        self.steady = reduce_flashes
        self.pictures = load_bot_sprites(palette, colourblind)
        self.sprites = [_sprite_surface(p, palette) for p in self.pictures]
        self.colours: list[tuple[int, int, int]] = []  # of codes BOT_BASE up
        self.trail_luts = np.zeros((2, 256), np.uint8)  # (far, near) per look
        self.trail_sprites: dict[int, pygame.Surface] = {}
        trails = CB_TRAIL_COLOURS if colourblind else TRAIL_COLOURS
        for look, names in trails.items():
            for step, name in enumerate(names):
                self.colours.append(palette.rgb(name))
                code = BOT_BASE + len(self.colours) - 1
                self._trail_look(step, look, code)
                dot = np.full((1, 1), palette.index(name), np.uint8)
                self.trail_sprites[code] = _sprite_surface(dot, palette)
        far, near = self.trail_luts
        self.trailless = [not far[look] for look in range(len(LOOKS))]
        self.near_follows_far = bool(np.array_equal(near, np.where(far, far + 1, 0)))
        self.stamps = [self._stamps(p, palette) for p in self.pictures]
        self._buffers(state.swarm.n)
        self.own = ViewCanvas([(0, 0, 0)] * BOT_BASE + self.colours)  # for draw()
        # stamps' codes rise through LOOKS: written in order, the highest is on top
        self.shifts = [
            [(code, [dy * self.row + dx for dy, dx in offsets]) for code, offsets in st]
            for st in self.stamps
        ]
        self.looks = [np.full(256, 255, np.uint8), np.full(256, 255, np.uint8)]
        for bot_state, look in LOOK_OF_STATE.items():
            for phase, table in enumerate(self.looks):
                pulse = look == GLITCHED_LOOK and phase == 1
                table[bot_state] = PULSE_LOOK if pulse else look
        self.method = "none"

    def _trail_look(self, step: int, look: int, code: int) -> None:
        self.trail_luts[step][look] = code
        if look == GLITCHED_LOOK:
            self.trail_luts[step][PULSE_LOOK] = code

    def _buffers(self, n: int) -> None:
        self.row = ROW
        self.labels = np.zeros((ROWS, ROW), np.uint8)
        self.eq = np.zeros(self.labels.shape, bool)
        self.painted = np.zeros_like(self.labels)
        centre = SPRITE // 2 * self.row + SPRITE // 2  # trails start mid-sprite
        self.offsets = np.stack(trail_offsets(self.row)) + centre  # (far, near)
        # the canvas's spare rows take the pixels of bots not drawn
        self.dummy = (VIEW_H + 2 * SPRITE + 2) * self.row + self.row // 2
        self.full: dict[str, np.ndarray] = {
            "f": np.zeros(n, F32),
            "ix": np.zeros(n, np.int32),  # float -> int32 is the cheap conversion
            "iy": np.zeros(n, np.int32),
            "q": np.zeros(n, np.intp),
            "flat": np.zeros(n, np.intp),
            "tflat": np.zeros(2 * n, np.intp),
            "tcode": np.zeros(2 * n, np.uint8),
            "blank": np.zeros(2 * n, bool),
            "code": np.zeros(n, np.uint8),
            "label": np.zeros(n, np.uint8),
            "hidden": np.zeros(n, bool),
            "other": np.zeros(n, bool),
            "spot": np.zeros(n, np.uint8),
            "wins": np.zeros(n, bool),
            "state": np.zeros(n, np.uint8),  # the current feed's, when several
        }
        self.chosen: tuple[int, int] = (-1, -1)  # (feed, swarm feed_version)
        self.states = self.full["state"]  # states of the bots drawn
        self.cut = 0
        self.several = False  # more than one feed: draw a gathered subset
        self.subset = np.arange(n)
        self.run: slice | None = None  # the subset, when one contiguous run
        self._views(n)

    def _views(self, k: int) -> None:
        """Point the per-bot buffers at their first k entries."""
        full = self.full
        self.f, self.ix, self.iy = full["f"][:k], full["ix"][:k], full["iy"][:k]
        self.q, self.flat = full["q"][:k], full["flat"][:k]
        self.tflat = full["tflat"][: 2 * k].reshape(2, k)
        self.tcode = full["tcode"][: 2 * k].reshape(2, k)
        self.blank = full["blank"][: 2 * k].reshape(2, k)
        self.code, self.label = full["code"][:k], full["label"][:k]
        self.hidden, self.other = full["hidden"][:k], full["other"][:k]
        self.spot, self.wins = full["spot"][:k], full["wins"][:k]

    def _select(self) -> None:
        """The bots to draw: the whole swarm with one feed, else the current
        feed's bots (in swarm order) gathered into buffers, or read through
        slices when they are one contiguous run of the swarm (as spawned);
        `cut` is where the second half of the swarm starts among them."""
        s = self.state
        sw = s.swarm
        self.several = len(s.spec.all_feeds()) > 1
        if not self.several:
            self._views(sw.n)
            self.states = sw.state
            self.cut = sw.n // 2
            return
        if self.chosen != (s.vitals.feed, sw.feed_version):
            self.chosen = (s.vitals.feed, sw.feed_version)
            self.subset = np.flatnonzero(sw.feed == s.vitals.feed)
            self.run = _run_of(self.subset)
            self.cut = int(np.searchsorted(self.subset, sw.n // 2))
        k = self.subset.size
        self._views(k)
        if self.run is not None:
            self.states = sw.state[self.run]
            return
        self.states = self.full["state"][:k]
        np.take(sw.state, self.subset, out=self.states)

    def _scaled(self, values: np.ndarray, scale: np.float32) -> np.ndarray:
        """f = the drawn bots' `values` (a swarm array) times `scale`."""
        if self.run is not None:
            np.multiply(values[self.run], scale, out=self.f)
        elif self.several:
            np.take(values, self.subset, out=self.f)
            self.f *= scale
        else:
            np.multiply(values, scale, out=self.f)
        return self.f

    def _stamps(self, picture: np.ndarray, palette: Palette) -> list[Stamp]:
        """[(code, [(dy, dx), ...])]: pixels of a look grouped by colour; codes
        rise with look, so glitched bots are drawn over healthy ones."""
        groups: dict[int, list[tuple[int, int]]] = {}
        for (y, x), index in np.ndenumerate(picture):
            if index != 255:
                groups.setdefault(int(index), []).append((y, x))
        stamps: list[Stamp] = []
        for index, offsets in groups.items():
            self.colours.append(palette.colors[index])
            stamps.append((BOT_BASE + len(self.colours) - 1, offsets))
        return stamps

    def _codes(self) -> None:
        """Look per bot; glitched bots in one half of the swarm (a random
        half: bots are placed at random) show the pulse frame in turn."""
        s, state, cut = self.state, self.states, self.cut
        phase = 0 if self.steady else (s.vitals.tick // (PULSE_PERIOD // 2)) % 2
        first, second = slice(0, cut), slice(cut, None)
        self._lookup(self.looks[phase], state[first], self.code[first], first)
        self._lookup(self.looks[1 - phase], state[second], self.code[second], second)

    def _lookup(
        self, table: np.ndarray, keys: np.ndarray, out: np.ndarray, part: slice
    ) -> None:
        """out = table[keys] (uint8 keys into a 256-entry uint8 table). From
        LOOKUP_MIN keys on, by a compare and a wrapping subtract per entry
        unlike table[255] (a byte take costs ~1 ns a key, these passes a few
        hundredths each); `part` of the bot scratch buffers is free to use."""
        if keys.size < LOOKUP_MIN:
            np.take(table, keys, out=out)
            return
        default = int(table[255])
        mask, step = self.other[part], self.spot[part]
        out.fill(default)
        for key in np.flatnonzero(table != default).tolist():
            np.equal(keys, key, out=mask)
            # at most one key matches: default - (default - value) = value
            np.multiply(
                mask.view(np.uint8), (default - int(table[key])) % 256, out=step
            )
            np.subtract(out, step, out=out)

    def _pixels(self) -> None:
        """flat = index of each bot's sprite top-left corner in the canvas's
        run from BOT_ORIGIN; bots not drawn point at the spare rows."""
        s = self.state
        feed = s.spec.all_feeds()[s.vitals.feed]
        lift = SPRITE - SPRITE // 2  # padding less half a sprite
        self._scaled(s.swarm.y, F32(CELL_PX))
        self.f += F32(lift - feed.y * CELL_PX)
        np.copyto(self.iy, self.f, casting="unsafe")
        self._scaled(s.swarm.x, F32(CELL_PX))
        self.f += F32(lift - feed.x * CELL_PX)
        np.copyto(self.ix, self.f, casting="unsafe")
        self.iy *= self.row
        self.ix += self.iy
        np.copyto(self.flat, self.ix)
        np.equal(self.code, 255, out=self.hidden)
        # by index: a where= copy costs 1-4x more, the more bots hide
        self.flat[np.flatnonzero(self.hidden)] = self.dummy

    def _trails(self) -> None:
        """Flat indices and codes of the two trail pixels behind each bot."""
        sw = self.state.swarm
        for vel, out in ((sw.vx, self.ix), (sw.vy, self.iy)):
            self._scaled(vel, TRAIL_GAIN)
            self.f += F32(4.0)
            np.clip(self.f, F32(0.0), F32(7.0), out=self.f)
            np.copyto(out, self.f, casting="unsafe")
        self.iy *= 8
        self.ix += self.iy
        np.copyto(self.q, self.ix)
        for step in (0, 1):  # row by row with clip: twice as fast as axis=1
            np.take(self.offsets[step], self.q, out=self.tflat[step], mode="clip")
        self.tflat += self.flat
        far, near = self.tcode
        self._lookup(self.trail_luts[0], self.code, far, slice(None))
        if self.near_follows_far:  # two cheap passes instead of a lookup
            np.not_equal(far, 0, out=self.other)
            np.add(far, self.other, out=near)
        else:
            np.take(self.trail_luts[1], self.code, out=near, mode="clip")

    def _prepare(self) -> int:
        """Work out looks, pixels and trails; returns how many bots show."""
        self._select()
        self._codes()
        self._pixels()
        self._trails()
        return self.code.size - int(np.count_nonzero(self.hidden))

    def draw(self, target: pygame.Surface) -> None:
        """The bots alone over `target`."""
        self.own.codes.fill(0)
        if self.paint(self.own):
            self.own.present(target, keyed=True)
        else:
            self.draw_few(target)

    def paint(self, canvas: ViewCanvas) -> bool:
        """The bots' codes over what `canvas` holds; False, painting nothing,
        when so few show that `draw_few` (fblits) must draw them after the
        canvas is presented."""
        shown = self._prepare()
        if shown <= FBLITS_MAX:
            self.method = "fblits"
            return False
        self._raster(canvas.codes, shown)
        return True

    def draw_few(self, target: pygame.Surface) -> None:
        """The bots of the last `paint` that painted nothing, by fblits."""
        self._fblits(target)

    def _fblits(self, target: pygame.Surface) -> None:
        pad, row = SPRITE, self.row
        drawn = ~self.hidden
        for step in (0, 1):
            for code, dot in self.trail_sprites.items():
                chosen = drawn & (self.tcode[step] == code)
                ys, xs = np.divmod(self.tflat[step][chosen] - pad * row - pad, row)
                target.fblits(
                    zip(
                        itertools.repeat(dot),
                        zip(xs.tolist(), ys.tolist(), strict=True),
                    )
                )
        for look, sprite in enumerate(self.sprites):
            chosen = drawn & (self.code == look)
            ys, xs = np.divmod(self.flat[chosen] - pad * row - pad, row)
            target.fblits(
                zip(
                    itertools.repeat(sprite), zip(xs.tolist(), ys.tolist(), strict=True)
                )
            )

    def _raster(self, codes: np.ndarray, shown: int) -> None:
        self.method = "scatter" if shown <= SCATTER_MAX else "stamp"
        canvas = codes.ravel()[BOT_ORIGIN:]
        self._write_trails(canvas)
        np.add(self.code, np.uint8(1), out=self.label)  # 255 wraps to 0: nothing
        if self.method == "scatter":  # reads labels only where this frame wrote
            self.labels.ravel()[self.flat] = self.label
            self._scatter(canvas)
        else:  # reads every label: clear last frame's first
            self.labels.fill(0)
            self.labels.ravel()[self.flat] = self.label
            self._stamp_all(canvas)

    def _write_trails(self, canvas: np.ndarray) -> None:
        """Write the trail pixels, later writes winning; a pixel whose last
        write is code 0 (no trail) shows what lay under the trails."""
        # Hidden bots' blank trails fall in the spare rows, never shown: only
        # a trailless look on screen (stopped bots) needs the pixels under.
        if any(itertools.compress(self._present(), self.trailless)):
            np.equal(self.tcode, 0, out=self.blank)
            spots = self.tflat[self.blank]
        else:
            spots = self.tflat[0, :0]
        under = canvas[spots]
        for step in (0, 1):
            canvas[self.tflat[step]] = self.tcode[step]
        if spots.size:
            now = canvas[spots]
            np.copyto(now, under, where=now == 0)
            canvas[spots] = now

    def _present(self) -> tuple[bool, ...]:
        """Which looks may be on screen, from the sim's counters (no pass over
        the swarm): glitched looks only while glitches exist, stopped only
        after a shutdown."""
        s = self.state
        glitched = s.swarm.glitched_count > 0 or s.vitals.glitched > 0
        stopped = s.vitals.outcome is Outcome.SHUTDOWN
        return (True, glitched, glitched, stopped)

    def _scatter(self, canvas: np.ndarray) -> None:
        """Write every sprite pixel of the bots whose look holds their spot in
        `labels` (the later of two bots on one spot wins, as in stamping)."""
        np.take(self.labels.ravel(), self.flat, out=self.spot)
        np.equal(self.spot, self.label, out=self.wins)
        for look, present in enumerate(self._present()):
            if not present:
                continue
            np.equal(self.code, look, out=self.other)
            self.other &= self.wins
            corners = self.flat[self.other]
            for code, shifts in self.shifts[look]:
                for shift in shifts:
                    canvas[corners + shift] = code

    def _stamp_all(self, canvas: np.ndarray) -> None:
        """Per look, its spots in `labels` times each colour's code, shifted
        by each pixel offset and maxed into the layer, from the look's first
        spot on (nothing of it lies before; a look with no spot costs one
        scan). The rows are worked as one flat run: a shift wraps only
        within the side padding."""
        eq = self.eq.ravel()
        for look, present in enumerate(self._present()):
            if not present:
                continue
            np.equal(self.labels, look + 1, out=self.eq)
            first = int(np.argmax(eq))  # stops at the first spot
            if eq[first]:
                self._stamp_look(canvas, look, first)

    def _stamp_look(self, canvas: np.ndarray, look: int, first: int) -> None:
        """Stamp the spots in `eq` of `look`, whose first spot is `first`."""
        start = max(SPRITE * self.row, first)
        hi = (SPRITE + VIEW_H) * self.row
        rows, painted = canvas[start:hi], self.painted.ravel()
        # shifts reach back less than SPRITE rows: nothing before is read
        below = max(0, first - SPRITE * self.row)
        spots = self.eq.ravel()[below:].view(np.uint8)
        for code, shifts in self.shifts[look]:
            np.multiply(spots, np.uint8(code), out=painted[below:])
            for shift in shifts:
                np.maximum(rows, painted[start - shift : hi - shift], out=rows)
