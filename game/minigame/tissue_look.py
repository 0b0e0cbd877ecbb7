"""The static look of one feed's tissue, worked out once when it comes on screen.

Contract: `tissue_tone(kind, nerves)` maps a grid of `Tissue` codes to a
float32 "tone" per cell in 0..SHADES: shades of the tissue's palette ramp
with light from the top left, darker borders, dentin tubules, pulp vessels,
gum stipple, a shadow and a vignette on the dark background, and an ordered
dither. Pure numpy, no pygame; the same input gives the same tone every run
(the texture noise has a fixed seed).
"""

from __future__ import annotations

import math

import numpy as np

from game.minigame.fields import blur_many
from game.minigame.spec import Tissue

F32 = np.float32
SHADES = 8  # tones per tissue ramp

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


def smooth_noise(
    rng: np.random.Generator, shape: tuple[int, int], passes: int
) -> np.ndarray:
    """Smooth noise scaled to 0..1."""
    soft = blur_many(rng.random(shape, dtype=np.float32), passes)
    soft -= soft.min()
    return soft / max(float(soft.max()), 1e-6)


def _ridges(noise: np.ndarray, width: float) -> np.ndarray:
    """1 on the thin lines where `noise` crosses its median, 0 elsewhere."""
    distance = np.abs(noise - np.median(noise))
    return np.clip(1.0 - distance / width, 0.0, 1.0)


def bayer_dither(shape: tuple[int, int]) -> np.ndarray:
    """The 4x4 ordered dither threshold (0..1) tiled over `shape`."""
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
    fine, broad = smooth_noise(rng, shape, 1), smooth_noise(rng, shape, 5)
    veins = _ridges(smooth_noise(rng, shape, 3), 0.035)
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
    tone += bayer_dither(shape)
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
