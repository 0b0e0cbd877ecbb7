"""Draw a running level: tissue, bots, effects (the HUD is in `hud.py`).

Tissue: each cell gets a colour code (tissue type x integrity shade, or
decay, pigment, inflammation, firewall) written into an 8-bit surface whose
palette holds only game palette colours; SDL converts and the canvas gets a
2x nearest scale. Bots: a sprite per look (healthy plus, glitched X, stopped
ring; hidden bots look healthy), so state is told by shape as well as colour.
Small swarms are drawn with one `fblits` per look fed by nested zips; large
ones with a numpy rasteriser (one impulse image per look, stamped by
shift-and-max, into an 8-bit colour-keyed layer), whose cost barely grows
with the bot count.
"""

from __future__ import annotations

import itertools

import numpy as np
import pygame

from game.art.palette import Palette, load_palette
from game.minigame.spec import FEED_H, FEED_W, Tissue
from game.minigame.state import Bot, SimState
from game.paths import assets_dir

CELL_PX = 2
VIEW_W, VIEW_H = FEED_W * CELL_PX, FEED_H * CELL_PX
FBLITS_MAX = 6000  # above this many visible bots the rasteriser is faster
SPRITE = 5
LOOKS = ("healthy", "glitched", "stopped")
LOOK_OF_STATE = {Bot.HEALTHY: 0, Bot.HIDDEN: 0, Bot.GLITCHED: 1, Bot.STOPPED: 2}

# Tissue colour ramps (palette names), damaged -> healthy.
RAMPS = {
    Tissue.VOID: ("ink", "ink", "ink", "ink"),
    Tissue.ENAMEL: ("mist", "silver", "silver", "white"),
    Tissue.DENTIN: ("tan", "peach", "peach", "cream"),
    Tissue.PULP: ("wine", "wine", "wine", "red"),
    Tissue.GUM: ("wine", "red", "coral", "salmon"),
}
DECAY_RAMP = ("ochre", "brown", "umber")
PIGMENT_RAMP = ("lilac", "violet")
HOSTILE_RAMP = ("lilac", "violet")
WALL_COLOUR = "gold"
SHADES = 4
GRAIN = 1.3  # healthy cells mix the top two shades of their ramp
DECAY_CODE = len(RAMPS) * SHADES
PIGMENT_CODE = DECAY_CODE + len(DECAY_RAMP)
HOSTILE_CODE = PIGMENT_CODE + len(PIGMENT_RAMP)
WALL_CODE = HOSTILE_CODE + len(HOSTILE_RAMP)


def _grain() -> np.ndarray:
    """Soft fixed noise (0..GRAIN) that mottles each tissue between shades."""
    from game.minigame.fields import blur_many

    rng = np.random.default_rng(7)  # fixed: the tissue looks the same each run
    soft = blur_many(rng.random((FEED_H, FEED_W), dtype=np.float32), 2)
    soft -= soft.min()
    soft *= np.float32(GRAIN) / max(float(soft.max()), 1e-6)
    return soft


def tissue_palette(palette: Palette) -> list[tuple[int, int, int]]:
    colours = [palette.rgb(name) for tissue in Tissue for name in RAMPS[tissue]]
    colours += [palette.rgb(n) for n in (*DECAY_RAMP, *PIGMENT_RAMP, *HOSTILE_RAMP)]
    colours.append(palette.rgb(WALL_COLOUR))
    return colours + [(0, 0, 0)] * (256 - len(colours))


class TissueLayer:
    """The tissue of one feed as codes in an 8-bit surface, scaled to the view."""

    def __init__(self, state: SimState, palette: Palette) -> None:
        self.state = state
        self.surface8 = pygame.Surface((FEED_W, FEED_H), depth=8)
        self.surface8.set_palette(tissue_palette(palette))
        self.surface32 = pygame.Surface((FEED_W, FEED_H))
        self.codes = np.zeros((FEED_H, FEED_W), np.uint8)
        self.level = np.zeros((FEED_H, FEED_W), np.float32)
        self.tmp = np.zeros((FEED_H, FEED_W), np.float32)
        self.mask = np.zeros((FEED_H, FEED_W), bool)
        self.grain = _grain()
        self.feed = -1

    def _select(self) -> None:
        s = self.state
        feed = s.spec.all_feeds()[s.vitals.feed]
        self.rows = slice(feed.y, feed.y + FEED_H)
        self.cols = slice(feed.x, feed.x + FEED_W)
        self.base = (s.grid.kind[self.rows, self.cols] * np.uint8(SHADES)).astype(
            np.uint8
        )
        self.feed = s.vitals.feed

    def _override(
        self, field: np.ndarray, threshold: float, code: int, steps: int
    ) -> None:
        view = field[self.rows, self.cols]
        np.greater(view, np.float32(threshold), out=self.mask)
        if not self.mask.any():
            return
        np.multiply(view, np.float32(steps - 0.01), out=self.tmp)
        self.tmp += np.float32(code)
        np.copyto(self.codes, self.tmp, where=self.mask, casting="unsafe")

    def draw(self, target: pygame.Surface) -> None:
        s = self.state
        if s.vitals.feed != self.feed:
            self._select()
        g = s.grid
        np.multiply(
            g.integrity[self.rows, self.cols],
            np.float32(SHADES - GRAIN),
            out=self.level,
        )
        self.level += self.grain
        np.minimum(self.level, np.float32(SHADES - 1), out=self.level)
        np.copyto(self.codes, self.level, casting="unsafe")
        self.codes += self.base
        self._override(g.decay, 0.2, DECAY_CODE, len(DECAY_RAMP))
        if g.pigment_start > 0.0:
            self._override(g.pigment, 0.2, PIGMENT_CODE, len(PIGMENT_RAMP))
        if s.spec.behaviour.hostile_gain > 0.0:
            self._override(g.hostile, 0.15, HOSTILE_CODE, len(HOSTILE_RAMP))
        if s.segments:
            np.greater(g.wall[self.rows, self.cols], 0, out=self.mask)
            self.codes[self.mask] = WALL_CODE
        pixels = pygame.surfarray.pixels2d(self.surface8)
        pixels[...] = self.codes.T
        del pixels
        self.surface32.blit(self.surface8, (0, 0))
        pygame.transform.scale(self.surface32, (VIEW_W, VIEW_H), target)


def load_bot_sprites(palette: Palette) -> list[np.ndarray]:
    """Palette-index pictures of each look (255 = transparent), from bots.png."""
    from game.art.grid import load_grids

    grids = load_grids(assets_dir() / "src" / "minigame" / "bots.txt", palette)
    return [grids[name] for name in LOOKS]


class BotLayer:
    """Draws the current feed's bots; picks fblits or the rasteriser by count."""

    def __init__(self, state: SimState, palette: Palette) -> None:
        self.state = state
        self.pictures = load_bot_sprites(palette)
        self.sprites = [self._surface(p, palette) for p in self.pictures]
        self.colours: list[tuple[int, int, int]] = [(255, 0, 255)]
        self.stamps = [self._stamps(i, p, palette) for i, p in enumerate(self.pictures)]
        pad = SPRITE
        self.labels = [
            np.zeros((VIEW_H + 2 * pad, VIEW_W + 2 * pad), np.uint8) for _ in LOOKS
        ]
        self.union = np.zeros((VIEW_H, VIEW_W), np.uint8)
        self.hit = np.zeros((VIEW_H, VIEW_W), np.uint8)
        self.layer = pygame.Surface((VIEW_W, VIEW_H), depth=8)
        self.layer.set_palette(self.colours + [(0, 0, 0)] * (256 - len(self.colours)))
        self.layer.set_colorkey(0)
        n = state.swarm.n
        self.px = np.zeros(n, np.intp)
        self.py = np.zeros(n, np.intp)
        self.code = np.zeros(n, np.uint8)
        self.look = np.full(256, 255, np.uint8)
        for bot_state, look in LOOK_OF_STATE.items():
            self.look[bot_state] = look
        self.method = "none"

    @staticmethod
    def _surface(picture: np.ndarray, palette: Palette) -> pygame.Surface:
        h, w = picture.shape
        surface = pygame.Surface((w, h), pygame.SRCALPHA)
        for (y, x), index in np.ndenumerate(picture):
            if index != 255:
                surface.set_at((x, y), (*palette.colors[index], 255))
        if pygame.display.get_surface() is not None:
            surface = surface.convert_alpha()
        return surface

    def _stamps(self, look: int, picture: np.ndarray, palette: Palette) -> list:
        """[(code, [(dy, dx), ...])]: pixels of a look grouped by colour; codes
        rise with look, so glitched bots are drawn over healthy ones."""
        groups: dict[int, list[tuple[int, int]]] = {}
        for (y, x), index in np.ndenumerate(picture):
            if index != 255:
                groups.setdefault(int(index), []).append((y, x))
        stamps = []
        for index, offsets in groups.items():
            self.colours.append(palette.colors[index])
            stamps.append((len(self.colours) - 1, offsets))
        return stamps

    def _positions(self) -> np.ndarray:
        """Pixel positions (top-left of the sprite) and looks of the feed's bots;
        returns the mask of bots to draw."""
        s = self.state
        sw = s.swarm
        feed = s.spec.all_feeds()[s.vitals.feed]
        np.take(self.look, sw.state, out=self.code)
        visible = self.code != 255
        if len(s.spec.all_feeds()) > 1:
            visible &= sw.feed == s.vitals.feed
        half = SPRITE // 2
        np.copyto(self.px, (sw.x - feed.x) * CELL_PX - half, casting="unsafe")
        np.copyto(self.py, (sw.y - feed.y) * CELL_PX - half, casting="unsafe")
        return visible

    def draw(self, target: pygame.Surface) -> None:
        visible = self._positions()
        if int(np.count_nonzero(visible)) <= FBLITS_MAX:
            self.method = "fblits"
            self._fblits(target, visible)
        else:
            self.method = "raster"
            self._raster(target, visible)

    def _fblits(self, target: pygame.Surface, visible: np.ndarray) -> None:
        for look, sprite in enumerate(self.sprites):
            chosen = visible & (self.code == look)
            xs, ys = self.px[chosen].tolist(), self.py[chosen].tolist()
            target.fblits(zip(itertools.repeat(sprite), zip(xs, ys, strict=True)))

    def _raster(self, target: pygame.Surface, visible: np.ndarray) -> None:
        pad = SPRITE
        self.union.fill(0)
        for look, labels in enumerate(self.labels):
            labels.fill(0)
            chosen = visible & (self.code == look)
            labels[self.py[chosen] + pad, self.px[chosen] + pad] = 1
            for code, offsets in self.stamps[look]:
                self._stamp(labels, code, offsets)
        pixels = pygame.surfarray.pixels2d(self.layer)
        pixels[...] = self.union.T
        del pixels
        target.blit(self.layer, (0, 0))

    def _stamp(self, labels: np.ndarray, code: int, offsets: list) -> None:
        pad, hit = SPRITE, self.hit
        hit.fill(0)
        for dy, dx in offsets:
            src = labels[pad - dy : pad - dy + VIEW_H, pad - dx : pad - dx + VIEW_W]
            np.maximum(hit, src, out=hit)
        hit *= np.uint8(code)
        np.maximum(self.union, hit, out=self.union)


def pulse_colour(kind: str) -> str:
    return {"pulse": "mint", "scan": "sky", "fizzle": "steel", "wave": "coral"}.get(
        kind, "gold"
    )


class Effects:
    """Rings for pulses and scans, alarm frames, firewall lines, the reticle."""

    LIFE = 24  # ticks a ring stays on screen

    def __init__(self, state: SimState, palette: Palette, reduce_flashes: bool) -> None:
        self.state = state
        self.palette = palette
        self.reduce_flashes = reduce_flashes

    def rgb(self, name: str) -> tuple[int, int, int]:
        return self.palette.rgb(name)

    def draw(self, target: pygame.Surface) -> None:
        s = self.state
        feed = s.spec.all_feeds()[s.vitals.feed]
        for x0, y0, x1, y1 in s.segments:
            a = ((x0 - feed.x) * CELL_PX, (y0 - feed.y) * CELL_PX)
            b = ((x1 - feed.x) * CELL_PX, (y1 - feed.y) * CELL_PX)
            pygame.draw.line(target, self.rgb("gold"), a, b, 3)
            pygame.draw.line(target, self.rgb("butter"), a, b, 1)
        for event in s.events:
            self._ring(target, event)
        self._alarm(target)

    def _ring(self, target: pygame.Surface, event) -> None:
        age = self.state.vitals.tick - event.tick
        if (
            event.kind not in ("pulse", "scan", "fizzle", "wave", "alarm")
            or age > self.LIFE
        ):
            return
        if event.feed != self.state.vitals.feed and event.kind in (
            "pulse",
            "scan",
            "fizzle",
        ):
            return
        centre = (int(event.x * CELL_PX), int(event.y * CELL_PX))
        if event.kind in ("wave", "alarm"):
            feed = self.state.spec.all_feeds()[self.state.vitals.feed]
            centre = (
                int((event.x - feed.x) * CELL_PX),
                int((event.y - feed.y) * CELL_PX),
            )
        grow = 0.6 + 0.4 * age / self.LIFE
        radius = max(int(max(event.radius, 6) * CELL_PX * grow), 2)
        width = 2 if age < self.LIFE // 2 else 1
        pygame.draw.circle(
            target, self.rgb(pulse_colour(event.kind)), centre, radius, width
        )

    def _alarm(self, target: pygame.Surface) -> None:
        v, t = self.state.vitals, self.state.tuning
        if v.stress < 0.7 * t.stress_limit:
            return
        on = self.reduce_flashes or (v.tick // 15) % 2 == 0
        if on:
            pygame.draw.rect(target, self.rgb("coral"), (0, 0, VIEW_W, VIEW_H), 2)

    def reticle(self, target: pygame.Surface, x: float, y: float, mode: str) -> None:
        """The aiming ring at view cell (x, y): pulse radius while charging."""
        from game.minigame.tools import pulse_radius

        s = self.state
        centre = (int(x * CELL_PX), int(y * CELL_PX))
        if s.vitals.charging:
            radius = pulse_radius(s) * CELL_PX
            colour = "mint" if s.vitals.energy >= s.tuning.pulse_cost * 0.3 else "steel"
        elif mode == "scan":
            radius, colour = s.tuning.scan_radius * CELL_PX, "sky"
        else:
            radius, colour = s.tuning.pulse_radius_min * CELL_PX, "white"
        pygame.draw.circle(target, self.rgb(colour), centre, int(radius), 1)
        arm = 4
        for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            start = (centre[0] + dx * 2, centre[1] + dy * 2)
            end = (centre[0] + dx * (2 + arm), centre[1] + dy * (2 + arm))
            pygame.draw.line(target, self.rgb("white"), start, end, 1)


class MinigameRenderer:
    """Tissue, bots and effects of `state` onto a 640x360 canvas."""

    def __init__(
        self,
        state: SimState,
        palette: Palette | None = None,
        reduce_flashes: bool = False,
    ) -> None:
        palette = palette or load_palette()
        self.state = state
        self.tissue = TissueLayer(state, palette)
        self.bots = BotLayer(state, palette)
        self.effects = Effects(state, palette, reduce_flashes)

    def draw(self, target: pygame.Surface) -> None:
        self.tissue.draw(target)
        self.bots.draw(target)
        self.effects.draw(target)
