"""Minigame levels from Tiled maps: load, validate, turn into a LevelSpec.

A level is an orthogonal, finite map of 16x16 tiles whose tile layers paint
tissue with tiles from maps/minigame/tissue.tsx (each tile has a `tissue`
property: void, enamel, dentin, pulp, gum or pigment). One tile is 4x4
tissue cells, so one screen (a patient feed) is 80x45 tiles = 320x180 cells.
Painted tiles are blocky; the loader upsamples them and rounds the borders
between tissues with a fixed-seed majority filter, so a tooth painted in
tiles reads as a smooth cross-section. Objects: CavitySeed, GlitchSource,
NervePoint, SabotageWave (points or rects), PatientFeed (rects of one screen).
Map properties override the tuning defaults in maps/minigame/rules.json.

Pure: uses pytmx.TiledMap (no display, no images).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from game.core.findings import Finding, error, warning
from game.core.paths import project_root
from game.minigame.fields import box3
from game.minigame.rules import Rules, load_rules
from game.minigame.spec import (
    CELLS_PER_TILE,
    FEED_H,
    FEED_W,
    CavitySeed,
    GlitchKind,
    GlitchSource,
    Hint,
    LevelSpec,
    NervePoint,
    PatientFeed,
    SabotageWave,
    Tissue,
    Tuning,
)

TISSUE_VALUES = ("void", "enamel", "dentin", "pulp", "gum", "pigment")
OBJECT_CLASSES = (
    "CavitySeed",
    "GlitchSource",
    "NervePoint",
    "SabotageWave",
    "PatientFeed",
)
TEXT_PROPERTIES = ("hints", "hint_speaker", "title", "glitch_kind")
HINT_TRIGGERS = (
    "start",
    "glitch_seen",
    "after_pulse",
    "after_firewall",
    "after_scan",
    "wave",
    "alarm",
)
SMOOTH_PASSES = 2
SHAPE_SEED = 20420  # fixed: a level's shape never depends on the play seed
INTEGER_TUNING = ("bot_count", "firewall_count")


class LevelError(ValueError):
    """A level that cannot be played; `findings` say what and where."""

    def __init__(self, findings: list[Finding]) -> None:
        self.findings = findings
        super().__init__("\n".join(f.format() for f in findings))


@dataclass
class _Reader:
    """Collects findings for one map file."""

    file: str
    findings: list[Finding]

    def error(self, message: str, where: str = "", hint: str = "") -> None:
        self.findings.append(error(self.file, message, where, hint))

    def warn(self, message: str, where: str = "", hint: str = "") -> None:
        self.findings.append(warning(self.file, message, where, hint))


def _display_name(path: Path) -> str:
    try:
        return path.resolve().relative_to(project_root()).as_posix()
    except ValueError:
        return str(path)


def _open_map(path: Path, r: _Reader) -> Any:
    import pytmx  # imported here: checking other content must not need it

    try:
        tmx = pytmx.TiledMap(str(path))
    except ET.ParseError as exc:
        line, col = exc.position
        r.error(
            f"the file is not valid XML ({exc.msg})",
            f"line {line} col {col}",
            "open and re-save it in Tiled",
        )
        return None
    except Exception as exc:  # pytmx raises bare Exception/ValueError for many faults
        r.error(f"Tiled map cannot be read: {exc}", hint="open it in Tiled and re-save")
        return None
    return tmx


def _check_shape(tmx: Any, r: _Reader) -> bool:
    ok = True
    if getattr(tmx, "orientation", "orthogonal") != "orthogonal":
        r.error("map is not orthogonal", hint="Map › Map Properties › Orientation")
        ok = False
    if str(getattr(tmx, "infinite", "0")).lower() in ("1", "true"):
        r.error("map is infinite", hint="untick Map Properties › Infinite")
        ok = False
    tiles_w, tiles_h = FEED_W // CELLS_PER_TILE, FEED_H // CELLS_PER_TILE
    if tmx.width % tiles_w or tmx.height % tiles_h:
        r.error(
            f"map is {tmx.width}x{tmx.height} tiles",
            hint=f"make it a whole number of {tiles_w}x{tiles_h}-tile screens",
        )
        ok = False
    return ok


def _tile_tissue(tmx: Any, gid: int) -> str | None:
    props = tmx.get_tile_properties_by_gid(gid) or {}
    value = props.get("tissue")
    return value if isinstance(value, str) else None


def _paint(tmx: Any, r: _Reader) -> tuple[np.ndarray, np.ndarray]:
    """Tile-resolution tissue and pigment grids from every tile layer, in order."""
    kind = np.zeros((tmx.height, tmx.width), np.uint8)
    pigment = np.zeros((tmx.height, tmx.width), np.float32)
    bad: set[int] = set()
    for layer in tmx.layers:
        if not hasattr(layer, "data"):
            continue
        for x, y, gid in layer.iter_data():
            if not gid:
                continue
            value = _tile_tissue(tmx, gid)
            if value not in TISSUE_VALUES:
                if gid not in bad:
                    bad.add(gid)
                    r.error(
                        f"a tile has tissue {value!r}",
                        f"{layer.name} @ tile {x},{y}",
                        "give the tile in tissue.tsx a tissue of "
                        + ", ".join(TISSUE_VALUES),
                    )
                continue
            pigment[y, x] = value == "pigment"
            kind[y, x] = Tissue.ENAMEL if value == "pigment" else Tissue[value.upper()]
    return kind, pigment


def smooth_tissue(kind: np.ndarray, passes: int = SMOOTH_PASSES) -> np.ndarray:
    """Upsample tiles to cells and round the borders between tissues."""
    cells = np.repeat(np.repeat(kind, CELLS_PER_TILE, 0), CELLS_PER_TILE, 1)
    rng = np.random.default_rng(SHAPE_SEED)
    jitter = rng.random((len(Tissue), *cells.shape), dtype=np.float32) * 0.35
    votes = np.empty((len(Tissue), *cells.shape), np.float32)
    tmp = np.empty(cells.shape, np.float32)
    for _ in range(passes):
        for t in Tissue:
            np.equal(cells, t, out=tmp, casting="unsafe")
            box3(tmp, votes[t], tmp)
            box3(tmp, votes[t], votes[t])
        votes += jitter
        cells = votes.argmax(axis=0).astype(np.uint8)
    return cells


def _smooth_pigment(pigment: np.ndarray, kind: np.ndarray) -> np.ndarray:
    cells = np.repeat(np.repeat(pigment, CELLS_PER_TILE, 0), CELLS_PER_TILE, 1)
    tmp = np.empty_like(cells)
    box3(cells, tmp, cells)
    rng = np.random.default_rng(SHAPE_SEED + 1)
    speckle = rng.random(cells.shape, dtype=np.float32)
    inked = (cells > 0.5) & (speckle < 0.85) & (kind == Tissue.ENAMEL)
    return inked.astype(np.float32)


def _number(name: str, value: Any, rules: Rules, r: _Reader) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        r.error(f"property {name} must be a number, got {value!r}", "map properties")
        return None
    try:
        number = float(value)
    except ValueError:
        r.error(f"property {name} must be a number, got {value!r}", "map properties")
        return None
    low, high = rules.ranges.get(name, (-np.inf, np.inf))
    if not low <= number <= high:
        r.error(
            f"property {name} = {value} is out of range",
            "map properties",
            f"use a value from {low:g} to {high:g}",
        )
        return None
    if name in INTEGER_TUNING and number != int(number):
        r.error(
            f"property {name} must be a whole number, got {value}", "map properties"
        )
        return None
    return int(number) if name in INTEGER_TUNING else number


def _tuning_values(props: dict[str, Any], rules: Rules, r: _Reader) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for name, value in props.items():
        if name == "glitch_kind":
            kinds = [k.value for k in GlitchKind]
            if value not in kinds:
                r.error(
                    f"glitch_kind {value!r} is unknown",
                    "map properties",
                    f"use one of {', '.join(kinds)}",
                )
            else:
                values[name] = value
        elif name in rules.defaults:
            number = _number(name, value, rules, r)
            if number is not None:
                values[name] = number
        elif name not in TEXT_PROPERTIES:
            r.warn(
                f"unknown map property {name!r} is ignored",
                "map properties",
                "check its spelling against maps/minigame/rules.json",
            )
    return values


def _check_pairs(t: Tuning, r: _Reader) -> None:
    where = "map properties"
    if t.integrity_floor >= t.integrity_target:
        r.error("integrity_floor must be below integrity_target", where)
    if t.pulse_radius_min > t.pulse_radius_max:
        r.error("pulse_radius_min must not exceed pulse_radius_max", where)
    if t.heart_rate_limit <= t.heart_rate_base:
        r.error("heart_rate_limit must be above heart_rate_base", where)
    if t.pulse_cost > t.pulse_energy:
        r.error("pulse_cost is more than pulse_energy: no pulse could ever fire", where)


def _hints(props: dict[str, Any], r: _Reader) -> tuple[Hint, ...]:
    text = props.get("hints") or ""
    hints: list[Hint] = []
    for number, line in enumerate(str(text).splitlines(), start=1):
        if not line.strip():
            continue
        trigger, sep, body = line.partition(":")
        trigger = trigger.strip()
        timed = trigger.startswith("t=") and trigger[2:].replace(".", "", 1).isdigit()
        if not sep or not body.strip() or not (timed or trigger in HINT_TRIGGERS):
            r.error(
                f"hint line {number} is not 'trigger: text'",
                "map property hints",
                f"triggers: {', '.join(HINT_TRIGGERS)} or t=SECONDS",
            )
            continue
        hints.append(Hint(trigger, body.strip()))
    return tuple(hints)


def _where(obj: Any, cls: str, scale: float) -> str:
    name = f' "{obj.name}"' if obj.name else ""
    layer = getattr(getattr(obj, "parent_layer", None), "name", "Objects")
    tile = f"{int(obj.x // scale)},{int(obj.y // scale)}"
    return f"{layer} › #{obj.id}{name} ({cls}) @ tile {tile}"


def _prop(
    obj: Any, name: str, kind: type, r: _Reader, where: str, default: Any = None
) -> Any:
    value = obj.properties.get(name, default)
    if value is None:
        r.error(
            f"property {name} is missing",
            where,
            f"add a {kind.__name__} property {name}",
        )
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        r.error(f"property {name} must be a number, got {value!r}", where)
        return None
    if value < 0:
        r.error(f"property {name} must not be negative", where)
        return None
    return kind(value)


def _centre(obj: Any, cell: float) -> tuple[float, float, float]:
    """(x, y, radius) in cells: a point's position, or a rect's centre and half size."""
    w, h = (obj.width or 0) * cell, (obj.height or 0) * cell
    return obj.x * cell + w / 2, obj.y * cell + h / 2, min(w, h) / 2


class _Objects:
    """Reads the map's objects into spec dataclasses."""

    def __init__(self, tmx: Any, r: _Reader) -> None:
        self.tmx, self.r = tmx, r
        self.cell = CELLS_PER_TILE / tmx.tilewidth
        self.size = (tmx.width * CELLS_PER_TILE, tmx.height * CELLS_PER_TILE)
        self.seeds: list[CavitySeed] = []
        self.sources: list[GlitchSource] = []
        self.nerves: list[NervePoint] = []
        self.waves: list[SabotageWave] = []
        self.feeds: list[PatientFeed] = []

    def read(self) -> None:
        for layer in self.tmx.objectgroups:
            for obj in layer:
                obj.parent_layer = layer
                self._one(obj)

    def _radius(self, obj: Any, where: str, fallback: float) -> float | None:
        _, _, size = _centre(obj, self.cell)
        default = size if size > 0 else fallback
        return _prop(obj, "radius", float, self.r, where, default)

    def _one(self, obj: Any) -> None:
        cls = obj.type or ""
        where = _where(obj, cls or "no class", self.tmx.tilewidth)
        if cls not in OBJECT_CLASSES:
            self.r.warn(
                f"object class {cls!r} means nothing in a minigame level",
                where,
                f"use one of {', '.join(OBJECT_CLASSES)}",
            )
            return
        x, y, _ = _centre(obj, self.cell)
        if not (0 <= x <= self.size[0] and 0 <= y <= self.size[1]):
            self.r.error("object lies outside the map", where, "move it onto the tooth")
            return
        getattr(self, f"_{cls}")(obj, x, y, where)

    def _CavitySeed(self, obj: Any, x: float, y: float, where: str) -> None:
        radius = self._radius(obj, where, 8.0)
        if radius is not None:
            self.seeds.append(CavitySeed(x, y, radius))

    def _GlitchSource(self, obj: Any, x: float, y: float, where: str) -> None:
        radius = self._radius(obj, where, 8.0)
        count = _prop(obj, "count", int, self.r, where)
        time = _prop(obj, "time", float, self.r, where, 0.0)
        if None not in (radius, count, time):
            self.sources.append(GlitchSource(x, y, radius, count, time))

    def _NervePoint(self, obj: Any, x: float, y: float, where: str) -> None:
        self.nerves.append(NervePoint(x, y))

    def _SabotageWave(self, obj: Any, x: float, y: float, where: str) -> None:
        radius = self._radius(obj, where, 8.0)
        count = _prop(obj, "count", int, self.r, where)
        time = _prop(obj, "time", float, self.r, where)
        if None not in (radius, count, time):
            self.waves.append(SabotageWave(x, y, radius, count, time))

    def _PatientFeed(self, obj: Any, x: float, y: float, where: str) -> None:
        left, top = round(obj.x * self.cell), round(obj.y * self.cell)
        w, h = round(obj.width * self.cell), round(obj.height * self.cell)
        if (w, h) != (FEED_W, FEED_H) or left % FEED_W or top % FEED_H:
            self.r.error(
                f"a PatientFeed must cover exactly one screen, got {w}x{h} cells",
                where,
                "make it an 80x45-tile rect aligned to a screen",
            )
            return
        name = (
            obj.properties.get("patient") or obj.name or f"Feed {len(self.feeds) + 1}"
        )
        self.feeds.append(PatientFeed(str(name), left, top, w, h))


def _check_content(spec: LevelSpec, r: _Reader) -> None:
    if not spec.sources and not spec.waves:
        r.warn(
            "no GlitchSource or SabotageWave: there is nothing to patch",
            hint="add a GlitchSource object",
        )
    h, w = spec.tissue.shape
    if len(spec.feeds) > 1 or w > FEED_W or h > FEED_H:
        names = {(f.x, f.y) for f in spec.feeds}
        screens = (w // FEED_W) * (h // FEED_H)
        if len(names) != screens:
            r.error(
                f"map has {screens} screens but {len(names)} PatientFeed rects",
                hint="cover every screen with one PatientFeed",
            )
    for src in spec.sources:
        if spec.tissue[min(int(src.y), h - 1), min(int(src.x), w - 1)] == Tissue.VOID:
            r.warn(f"GlitchSource at cell {src.x:.0f},{src.y:.0f} is not on tissue")


def parse_level(
    path: Path, rules: Rules | None = None
) -> tuple[LevelSpec | None, list[Finding]]:
    """Read and check one level map; the spec is None when there are errors."""
    r = _Reader(_display_name(path), [])
    tmx = _open_map(path, r)
    if tmx is None or not _check_shape(tmx, r):
        return None, r.findings
    rules = rules or load_rules()
    props = dict(tmx.properties)
    kind_tiles, pigment_tiles = _paint(tmx, r)
    values = _tuning_values(props, rules, r)
    tuning = rules.tuning(values)
    _check_pairs(tuning, r)
    objects = _Objects(tmx, r)
    objects.read()
    kind = smooth_tissue(kind_tiles)
    spec = LevelSpec(
        name=path.stem,
        source=r.file,
        tissue=kind,
        pigment=_smooth_pigment(pigment_tiles, kind),
        tuning=tuning,
        swarm=rules.swarm,
        behaviour=rules.kinds[tuning.glitch_kind],
        seeds=tuple(objects.seeds),
        sources=tuple(objects.sources),
        nerves=tuple(objects.nerves),
        waves=tuple(objects.waves),
        feeds=tuple(sorted(objects.feeds, key=lambda f: (f.y, f.x))),
        hints=_hints(props, r),
        hint_speaker=str(props.get("hint_speaker") or ""),
        title=str(props.get("title") or path.stem),
    )
    _check_content(spec, r)
    if any(f.is_error for f in r.findings):
        return None, r.findings
    return spec, r.findings


def load_level(path: Path) -> LevelSpec:
    """The level at `path`; raises LevelError (with findings) if it is broken."""
    spec, findings = parse_level(Path(path))
    if spec is None:
        raise LevelError(findings)
    return spec


def levels_dir(root: Path) -> Path:
    """`root` may be the project root or the levels folder itself."""
    nested = root / "maps" / "minigame"
    return nested if nested.is_dir() else root


def check_levels(root: Path) -> list[Finding]:
    """Findings for every level map under maps/minigame (for game.tools.check)."""
    folder = levels_dir(Path(root))
    try:
        rules = load_rules(folder / "rules.json")
    except ValueError as exc:
        return [error(_display_name(folder / "rules.json"), str(exc))]
    findings: list[Finding] = []
    for path in sorted(folder.glob("*.tmx")):
        findings += parse_level(path, rules)[1]
    return findings
