"""Draw a running level: tissue, bots, effects (the HUD is in `hud.py`).

Tissue: when a feed comes on screen its look is worked out once as a
"tone" per cell (shades of the tissue's palette ramp: light from the top
left, darker borders, dentin tubules, pulp vessels, gum stipple, a shadow
and a vignette on the dark background, ordered dither). Each frame a cell's
shade is its tone lowered by lost integrity; decay (ochre to umber pits),
pigment, inflammation and firewalls override it. The codes go into an 8-bit
surface whose palette holds only game palette colours; SDL converts and the
canvas gets a 2x nearest scale.

Bots: a shape per look (healthy plus, glitched X that pulses into a spiky
star, stopped hollow square; hidden bots look healthy, by design) with a
short trail behind moving bots, so state is told by shape as well as colour
and the swarm's flow shows. Small swarms are drawn with one `fblits` per
look fed by nested zips; large ones with a numpy rasteriser (one impulse
image per look, stamped by shift-and-max, into an 8-bit colour-keyed layer),
whose cost barely grows with the bot count.
"""

from __future__ import annotations

import itertools
import math

import numpy as np
import pygame

from game.art.palette import Palette, load_palette
from game.core.paths import assets_dir
from game.minigame.fields import blur_many
from game.minigame.spec import FEED_H, FEED_W, Tissue
from game.minigame.state import Bot, Event, Outcome, SimState

CELL_PX = 2
VIEW_W, VIEW_H = FEED_W * CELL_PX, FEED_H * CELL_PX
FBLITS_MAX = 1500  # above this many visible bots the rasteriser is faster
SPRITE = 5
F32 = np.float32

# -- tissue look ---------------------------------------------------------------
# Ramps of palette names, dark -> bright; a cell's tone picks one.
SHADES = 8
RAMPS = {
    Tissue.VOID: ("ink", "ink", "ink", "night", "night", "night", "slate", "slate"),
    Tissue.ENAMEL: (
        "steel",
        "mist",
        "mist",
        "silver",
        "silver",
        "ice",
        "white",
        "white",
    ),
    Tissue.DENTIN: ("brown", "tan", "tan", "peach", "peach", "cream", "cream", "cream"),
    Tissue.PULP: ("umber", "wine", "wine", "red", "red", "red", "coral", "salmon"),
    Tissue.GUM: ("umber", "umber", "wine", "wine", "wine", "red", "red", "coral"),
}
DECAY_RAMP = ("ochre", "brown", "brown", "umber")
PIGMENT_RAMP = ("lilac", "violet")
HOSTILE_RAMP = ("lilac", "violet")
WALL_COLOUR = "gold"
DECAY_CODE = len(RAMPS) * SHADES
PIGMENT_CODE = DECAY_CODE + len(DECAY_RAMP)
HOSTILE_CODE = PIGMENT_CODE + len(PIGMENT_RAMP)
WALL_CODE = HOSTILE_CODE + len(HOSTILE_RAMP)
DAMAGE_SHADES = F32(4.0)  # a cell at integrity 0 is this many shades darker

# Healthy tone of each tissue (in shades) and how strongly it takes light
# from the top left (negative: a hollow, lit on its far wall), darkens at
# its borders and shows its texture.
BODY = {
    Tissue.VOID: 2.6,
    Tissue.ENAMEL: 5.0,
    Tissue.DENTIN: 4.0,
    Tissue.PULP: 4.0,
    Tissue.GUM: 2.4,
}
LIGHT = {Tissue.ENAMEL: 7.0, Tissue.DENTIN: 2.0, Tissue.PULP: -4.0, Tissue.GUM: 6.0}
BORDER = {Tissue.ENAMEL: 1.4, Tissue.DENTIN: 2.4, Tissue.PULP: 1.6, Tissue.GUM: 2.2}
TEXTURE_SEED = 7  # fixed: the tissue looks the same each run
TUBULES = 64  # dentinal tubules around the pulp
FORM = 1.6  # broad light across the tooth, in shades
PULP_SHADOW = 2.0  # dentin darkens this much next to the pulp
VIGNETTE = 2.2
SHADOW = 2.6  # how dark the tissue's shadow on the background is
BAYER = np.array(
    [[0, 8, 2, 10], [12, 4, 14, 6], [3, 11, 1, 9], [15, 7, 13, 5]], np.float32
) / np.float32(16.0)


def _shifted(a: np.ndarray, dy: int, dx: int) -> np.ndarray:
    """a[y + dy, x + dx] for every cell, edges replicated."""
    p = max(abs(dy), abs(dx))
    padded = np.pad(a, p, mode="edge")
    h, w = a.shape
    return padded[p + dy : p + dy + h, p + dx : p + dx + w]


def _emboss(mask: np.ndarray, reach: int = 2) -> np.ndarray:
    """> 0 on borders of `mask` facing the top-left light, < 0 facing away."""
    soft = blur_many(mask, 2)
    return _shifted(soft, reach, reach) - _shifted(soft, -reach, -reach)


def _noise(rng: np.random.Generator, shape: tuple[int, int], passes: int) -> np.ndarray:
    """Smooth noise scaled to 0..1."""
    soft = blur_many(rng.random(shape, dtype=np.float32), passes)
    soft -= soft.min()
    return soft / max(float(soft.max()), 1e-6)


def _ridges(noise: np.ndarray, width: float) -> np.ndarray:
    """1 on the thin lines where `noise` crosses its median, 0 elsewhere."""
    distance = np.abs(noise - np.median(noise))
    return np.clip(1.0 - distance / width, 0.0, 1.0)


def _bayer(shape: tuple[int, int]) -> np.ndarray:
    h, w = shape
    return np.tile(BAYER, (h // 4 + 1, w // 4 + 1))[:h, :w]


def _vignette(shape: tuple[int, int]) -> np.ndarray:
    """0 in the middle of the view, 1 in its corners."""
    h, w = shape
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    d = ((xx - w / 2) / (w / 2)) ** 2 + ((yy - h / 2) / (h / 2)) ** 2
    return np.clip(d / 2.0, 0.0, 1.0) ** 1.5


def _tubules(kind: np.ndarray, broad: np.ndarray) -> np.ndarray:
    """1 on fine lines radiating from the pulp (dentinal tubules)."""
    pulp = np.argwhere(kind == Tissue.PULP)
    if not pulp.size:
        pulp = np.argwhere(kind != Tissue.VOID)
    if not pulp.size:
        return np.zeros(kind.shape, np.float32)
    cy, cx = pulp.mean(axis=0)
    yy, xx = np.mgrid[0 : kind.shape[0], 0 : kind.shape[1]].astype(np.float32)
    turn = np.arctan2(yy - cy, xx - cx) / (2 * math.pi) * TUBULES + broad * 2.0
    return ((turn % 1.0) < 0.2).astype(np.float32)


def tissue_tone(
    kind: np.ndarray, nerves: tuple[tuple[float, float], ...] = ()
) -> np.ndarray:
    """The static tone (0..SHADES) of each cell of one feed's tissue `kind`,
    nerve points in feed cells; pure numpy, worked out once per feed."""
    rng = np.random.default_rng(TEXTURE_SEED)
    shape = kind.shape
    fine, broad = _noise(rng, shape, 1), _noise(rng, shape, 5)
    veins = _ridges(_noise(rng, shape, 3), 0.035)
    tissue = (kind != Tissue.VOID).astype(np.float32)
    tooth = np.isin(kind, (Tissue.ENAMEL, Tissue.DENTIN, Tissue.PULP)).astype(F32)
    tone = np.zeros(shape, np.float32)
    for t in Tissue:
        mask = kind == t
        if mask.any():
            tone[mask] = BODY[t]
    light = {
        Tissue.ENAMEL: _emboss(tooth),
        Tissue.DENTIN: _emboss(tooth),
        Tissue.PULP: _emboss((kind == Tissue.PULP).astype(F32)),
        Tissue.GUM: _emboss((kind == Tissue.GUM).astype(F32)),
    }
    for t, gain in LIGHT.items():
        mask = kind == t
        inner = blur_many(mask.astype(F32), 2)
        extra = np.clip(light[t] * gain, -3.0, 3.0) - BORDER[t] * 2 * (1 - inner)
        tone[mask] += extra[mask]
    tone += _textures(kind, fine, broad, veins)
    tone += _form(kind, tooth)
    tone += _nerves(shape, nerves) * (kind == Tissue.PULP)
    shadow = _shifted(blur_many(tissue, 3), -4, -4)
    void = kind == Tissue.VOID
    tone[void] += (0.7 * (broad - 0.5) - SHADOW * shadow)[void]
    tone -= VIGNETTE * _vignette(shape)
    tone += _bayer(shape)
    return np.clip(tone, 0.0, SHADES - 0.01).astype(np.float32)


def _form(kind: np.ndarray, tooth: np.ndarray) -> np.ndarray:
    """Broad shading that rounds the tooth: lighter to the top left and
    towards the enamel, darker towards the pulp."""
    broad = np.clip(
        _shifted(blur_many(tooth, 10), 8, 8) - _shifted(blur_many(tooth, 10), -8, -8),
        -1,
        1,
    )
    near_pulp = blur_many((kind == Tissue.PULP).astype(F32), 6)
    out = FORM * broad - PULP_SHADOW * near_pulp
    return out * tooth


def _textures(
    kind: np.ndarray, fine: np.ndarray, broad: np.ndarray, veins: np.ndarray
) -> np.ndarray:
    """Each tissue's own texture, in shades."""
    out = np.zeros(kind.shape, np.float32)
    enamel, dentin = kind == Tissue.ENAMEL, kind == Tissue.DENTIN
    pulp, gum = kind == Tissue.PULP, kind == Tissue.GUM
    out[enamel] = (0.8 * (fine - 0.5))[enamel]
    tubules = _tubules(kind, broad) * (fine > 0.45)
    out[dentin] = (0.6 * (broad - 0.5) - 1.2 * tubules)[dentin]
    out[pulp] = (2.6 * veins + 0.6 * (broad - 0.5))[pulp]
    stipple = (fine > 0.78).astype(np.float32)
    out[gum] = (1.2 * (broad - 0.5) + 0.9 * stipple)[gum]
    return out


def _nerves(
    shape: tuple[int, int], nerves: tuple[tuple[float, float], ...]
) -> np.ndarray:
    """Bright nodes at the nerve points."""
    out = np.zeros(shape, np.float32)
    yy, xx = np.mgrid[0 : shape[0], 0 : shape[1]]
    for x, y in nerves:
        d2 = (xx - x) ** 2 + (yy - y) ** 2
        out += np.clip(3.5 - d2 / 6.0, 0.0, 3.5)
    return out


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
        self.pits = (
            _noise(np.random.default_rng(TEXTURE_SEED + 1), (FEED_H, FEED_W), 1) - 0.5
        ) * F32(1.2) + _bayer((FEED_H, FEED_W)) * F32(0.6)
        self.looks: dict[int, tuple[np.ndarray, np.ndarray]] = {}
        self.feed = -1

    def _select(self) -> None:
        s = self.state
        index = s.vitals.feed
        feed = s.spec.all_feeds()[index]
        self.rows = slice(feed.y, feed.y + FEED_H)
        self.cols = slice(feed.x, feed.x + FEED_W)
        if index not in self.looks:
            kind = s.grid.kind[self.rows, self.cols]
            nerves = tuple((n.x - feed.x, n.y - feed.y) for n in s.spec.nerves)
            tone = tissue_tone(kind, nerves) - DAMAGE_SHADES
            base = (kind * np.uint8(SHADES)).astype(np.uint8)
            self.looks[index] = (tone.astype(np.float32), base)
        self.tone, self.base = self.looks[index]
        self.feed = index

    def _override(
        self, field: np.ndarray, threshold: float, code: int, steps: int
    ) -> None:
        view = field[self.rows, self.cols]
        np.greater(view, np.float32(threshold), out=self.mask)
        if not self.mask.any():
            return
        np.multiply(view, np.float32(steps), out=self.tmp)
        self.tmp += self.pits
        np.clip(self.tmp, 0.0, steps - 0.01, out=self.tmp)
        self.tmp += np.float32(code)
        np.copyto(self.codes, self.tmp, where=self.mask, casting="unsafe")

    def draw(self, target: pygame.Surface) -> None:
        s = self.state
        if s.vitals.feed != self.feed:
            self._select()
        g = s.grid
        np.multiply(g.integrity[self.rows, self.cols], DAMAGE_SHADES, out=self.level)
        self.level += self.tone
        np.clip(self.level, 0.0, SHADES - 1, out=self.level)
        np.copyto(self.codes, self.level, casting="unsafe")
        self.codes += self.base
        self._override(g.decay, 0.15, DECAY_CODE, len(DECAY_RAMP))
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


# -- bots ------------------------------------------------------------------------
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
TRAIL_GAIN = F32(16.0)  # velocity quantisation steps per cell/tick of speed
NEAR_REACH, FAR_REACH = 1.5, 2.9  # px from a body's centre to its trail pixels
PULSE_PERIOD = 16  # ticks of a glitched bot's pulse (two phases)


def load_bot_sprites(palette: Palette) -> list[np.ndarray]:
    """Palette-index pictures of each look (255 = transparent), from bots.txt."""
    from game.art.grid import load_grids

    grids = load_grids(assets_dir() / "src" / "minigame" / "bots.txt", palette)
    return [grids[name] for name in LOOKS]


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


class BotLayer:
    """Draws the current feed's bots; picks fblits or the rasteriser by count.

    Per frame everything is whole-array numpy: a look code per bot, a flat
    pixel index into a padded 8-bit canvas (bots not drawn point at a spot in
    the padding), two trail indices from a table of quantised velocities.
    """

    def __init__(
        self, state: SimState, palette: Palette, reduce_flashes: bool = False
    ) -> None:
        self.state = state
        self.steady = reduce_flashes
        self.pictures = load_bot_sprites(palette)
        self.sprites = [_sprite_surface(p, palette) for p in self.pictures]
        self.colours: list[tuple[int, int, int]] = [(255, 0, 255)]
        self.trail_luts = [np.zeros(256, np.uint8), np.zeros(256, np.uint8)]
        self.trail_sprites: dict[int, pygame.Surface] = {}
        for look, names in TRAIL_COLOURS.items():
            for step, name in enumerate(names):
                self.colours.append(palette.rgb(name))
                code = len(self.colours) - 1
                self._trail_look(step, look, code)
                dot = np.full((1, 1), palette.index(name), np.uint8)
                self.trail_sprites[code] = _sprite_surface(dot, palette)
        self.stamps = [self._stamps(p, palette) for p in self.pictures]
        self._buffers(state.swarm.n)
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
        pad = SPRITE
        self.row = VIEW_W + 2 * pad
        # spare rows at the bottom take the pixels of bots not drawn
        self.canvas8 = np.zeros((VIEW_H + 2 * pad + 8, self.row), np.uint8)
        self.union = self.canvas8[pad : pad + VIEW_H, pad : pad + VIEW_W]
        self.labels = np.zeros_like(self.canvas8)
        self.eq = np.zeros(self.canvas8.shape, bool)
        self.hit = np.zeros((VIEW_H, VIEW_W), np.uint8)
        self.layer = pygame.Surface((VIEW_W, VIEW_H), depth=8)
        self.layer.set_palette(self.colours + [(0, 0, 0)] * (256 - len(self.colours)))
        self.layer.set_colorkey(0)
        self.far, self.near = trail_offsets(self.row)
        self.dummy = (VIEW_H + 2 * pad + 2) * self.row + self.row // 2
        self.f = np.zeros(n, np.float32)
        self.q = np.zeros(n, np.intp)
        self.qy = np.zeros(n, np.intp)
        self.flat = np.zeros(n, np.intp)
        self.tmp = np.zeros(n, np.intp)
        self.tflat = np.zeros((2, n), np.intp)
        self.tcode = np.zeros((2, n), np.uint8)
        self.code = np.zeros(n, np.uint8)
        self.label = np.zeros(n, np.uint8)
        self.hidden = np.zeros(n, bool)

    def _stamps(self, picture: np.ndarray, palette: Palette) -> list:
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

    def _codes(self) -> None:
        """Look per bot; glitched bots in one half of the swarm (a random
        half: bots are placed at random) show the pulse frame in turn."""
        s = self.state
        state = s.swarm.state
        half = state.size // 2
        phase = 0 if self.steady else (s.vitals.tick // (PULSE_PERIOD // 2)) % 2
        np.take(self.looks[phase], state[:half], out=self.code[:half])
        np.take(self.looks[1 - phase], state[half:], out=self.code[half:])

    def _pixels(self) -> None:
        """flat = padded-canvas index of each bot's sprite top-left corner;
        bots not drawn point at the padding."""
        s = self.state
        sw = s.swarm
        feed = s.spec.all_feeds()[s.vitals.feed]
        lift = SPRITE - SPRITE // 2  # padding less half a sprite
        np.multiply(sw.y, F32(CELL_PX), out=self.f)
        self.f += F32(lift - feed.y * CELL_PX)
        np.copyto(self.qy, self.f, casting="unsafe")
        np.multiply(sw.x, F32(CELL_PX), out=self.f)
        self.f += F32(lift - feed.x * CELL_PX)
        np.copyto(self.flat, self.f, casting="unsafe")
        np.multiply(self.qy, self.row, out=self.tmp)
        self.flat += self.tmp
        np.equal(self.code, 255, out=self.hidden)
        if len(s.spec.all_feeds()) > 1:
            self.hidden |= sw.feed != s.vitals.feed
        np.copyto(self.flat, self.dummy, where=self.hidden)

    def _trails(self) -> None:
        """Flat indices and codes of the two trail pixels behind each bot."""
        sw = self.state.swarm
        for vel, out in ((sw.vx, self.q), (sw.vy, self.qy)):
            np.multiply(vel, TRAIL_GAIN, out=self.f)
            self.f += F32(4.0)
            np.clip(self.f, 0.0, 7.0, out=self.f)
            np.copyto(out, self.f, casting="unsafe")
        self.qy *= 8
        self.q += self.qy
        centre = SPRITE // 2
        for step, table in enumerate((self.far, self.near)):
            np.take(table, self.q, out=self.tflat[step])
            self.tflat[step] += self.flat
            self.tflat[step] += centre * self.row + centre
            np.take(self.trail_luts[step], self.code, out=self.tcode[step])

    def draw(self, target: pygame.Surface) -> None:
        self._codes()
        self._pixels()
        self._trails()
        shown = self.code.size - int(np.count_nonzero(self.hidden))
        if shown <= FBLITS_MAX:
            self.method = "fblits"
            self._fblits(target)
        else:
            self.method = "raster"
            self._raster(target)

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

    def _raster(self, target: pygame.Surface) -> None:
        canvas = self.canvas8.ravel()
        self.canvas8.fill(0)
        for step in (0, 1):
            canvas[self.tflat[step]] = self.tcode[step]
        self.canvas8[:SPRITE, :] = 0  # the padding where hidden bots landed
        np.add(self.code, np.uint8(1), out=self.label)  # 255 wraps to 0: nothing
        self.labels.fill(0)
        self.labels.ravel()[self.flat] = self.label
        present = self._present()
        for look, stamps in enumerate(self.stamps):
            if not present[look]:
                continue
            np.equal(self.labels, look + 1, out=self.eq)
            for code, offsets in stamps:
                self._stamp(code, offsets)
        pixels = pygame.surfarray.pixels2d(self.layer)
        pixels[...] = self.union.T
        del pixels
        target.blit(self.layer, (0, 0))

    def _present(self) -> tuple[bool, ...]:
        """Which looks may be on screen, from the sim's counters (no pass over
        the swarm): glitched looks only while glitches exist, stopped only
        after a shutdown."""
        s = self.state
        glitched = s.swarm.glitched_count > 0 or s.vitals.glitched > 0
        stopped = s.vitals.outcome is Outcome.SHUTDOWN
        return (True, glitched, glitched, stopped)

    def _stamp(self, code: int, offsets: list) -> None:
        """OR the look's impulses shifted by each offset, then max in `code`."""
        pad, hit, eq = SPRITE, self.hit, self.eq.view(np.uint8)
        hit.fill(0)
        for dy, dx in offsets:
            src = eq[pad - dy : pad - dy + VIEW_H, pad - dx : pad - dx + VIEW_W]
            np.maximum(hit, src, out=hit)
        hit *= np.uint8(code)
        np.maximum(self.union, hit, out=self.union)


# -- effects -----------------------------------------------------------------
def _ease_out(p: float) -> float:
    return 1.0 - (1.0 - min(max(p, 0.0), 1.0)) ** 2


def _circle_points(
    centre: tuple[int, int], radius: float, count: int, turn: float = 0.0
) -> list[tuple[int, int]]:
    cx, cy = centre
    return [
        (
            int(cx + radius * math.cos(turn + 2 * math.pi * k / count)),
            int(cy + radius * math.sin(turn + 2 * math.pi * k / count)),
        )
        for k in range(count)
    ]


def _edge_bands(thickness: int) -> np.ndarray:
    """Codes of an alarm frame: 1 solid edge, 2 checker band, 3 sparse dots."""
    yy, xx = np.mgrid[0:VIEW_H, 0:VIEW_W]
    edge = np.minimum(np.minimum(xx, yy), np.minimum(VIEW_W - 1 - xx, VIEW_H - 1 - yy))
    codes = np.zeros((VIEW_H, VIEW_W), np.uint8)
    codes[edge < thickness] = 1
    checker = (xx + yy) % 2 == 0
    codes[(edge >= thickness) & (edge < 2 * thickness + 1) & checker] = 2
    sparse = (xx % 3 == 0) & (yy % 3 == 0)
    codes[(edge >= 2 * thickness + 1) & (edge < 3 * thickness + 4) & sparse] = 3
    return codes


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
        self.prev_feed = -1
        self.last_tick = -1
        self.alarm_frames: list[pygame.Surface] = []

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
        for p in _circle_points(centre, r, 40):
            target.set_at(p, self.rgb("sky"))
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
        rising = np.flatnonzero((view - self.prev) > self.SPARKLE_RISE)
        np.copyto(self.prev, view)
        room = self.SPARKLES_MAX - len(self.sparkles)
        if rising.size and room > 0:
            for cell in self.rng.choice(rising, size=min(2, room, rising.size)):
                y, x = divmod(int(cell), FEED_W)
                self.sparkles.append((x * CELL_PX + 1, y * CELL_PX + 1, tick))

    def _sparkles(self, target: pygame.Surface) -> None:
        tick = self.state.vitals.tick
        for x, y, born in self.sparkles:
            age = tick - born
            if age < 5:
                arm, colour = 2, "butter"
            elif age < 10:
                arm, colour = 1, "butter"
            else:
                arm, colour = 0, "mint"
            rgb = self.rgb(colour)
            if arm:
                target.fill(rgb, (x - arm, y, 2 * arm + 1, 1))
                target.fill(rgb, (x, y - arm, 1, 2 * arm + 1))
            target.set_at((x, y), self.rgb("white") if arm else rgb)

    # -- alarm ------------------------------------------------------------------
    def _frames(self) -> list[pygame.Surface]:
        if not self.alarm_frames:
            colours = [(255, 0, 255)] + [self.rgb(n) for n in ("coral", "red", "wine")]
            for thickness in (1, 2, 3):
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
            target.blit(frames[level - 1], (0, 0))
            return
        period = 30 if level == 1 else 16
        phase = (self.state.vitals.tick % period) / period
        strength = 0.5 - 0.5 * math.cos(2 * math.pi * phase)
        target.blit(frames[min(int(strength * 3), 2)], (0, 0))

    # -- aiming -------------------------------------------------------------------
    def reticle(self, target: pygame.Surface, x: float, y: float, mode: str) -> None:
        """The aiming ring at view cell (x, y): the pulse's charge while held."""
        s = self.state
        centre = (int(x * CELL_PX), int(y * CELL_PX))
        if s.vitals.charging:
            self._charge(target, centre)
        elif mode == "scan":
            for p in _circle_points(centre, s.tuning.scan_radius * CELL_PX, 32):
                target.set_at(p, self.rgb("sky"))
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
        for p in _circle_points(centre, t.pulse_radius_max * CELL_PX, 48):
            target.set_at(p, self.rgb("steel"))
        r = paid * CELL_PX
        if paid < wanted - 0.5:
            for p in _circle_points(centre, wanted * CELL_PX, 36, v.tick * 0.05):
                target.fill(self.rgb("coral"), (p[0], p[1], 2, 1))
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
        self.bots = BotLayer(state, palette, reduce_flashes)
        self.effects = Effects(state, palette, reduce_flashes)

    def draw(self, target: pygame.Surface) -> None:
        self.tissue.draw(target)
        self.effects.draw_walls(target)
        self.bots.draw(target)
        self.effects.draw(target)
