"""Minigame levels from Tiled maps: load, validate, turn into a LevelSpec.

A level is an orthogonal, finite map of 16x16 tiles whose tile layers paint
tissue with tiles from maps/minigame/tissue.tsx (game.minigame.level_tissue).
One tile is 4x4 tissue cells, so one screen (a patient feed) is 80x45 tiles
= 320x180 cells. Objects: CavitySeed, GlitchSource, NervePoint,
SabotageWave, PatientFeed (game.minigame.level_objects). Map properties
override the tuning defaults in maps/minigame/rules.json
(game.minigame.level_tuning).

The map is read by game.tiled (the one Tiled front end); this module only
builds and checks the spec. Pure: no pygame, no pytmx.
"""

from __future__ import annotations

from pathlib import Path

from game.core.findings import Finding, error
from game.minigame.level_objects import LevelObjects
from game.minigame.level_report import Report
from game.minigame.level_tissue import TissueProbe, paint, smooth_pigment
from game.minigame.level_tuning import check_pairs, hints, tuning_values
from game.minigame.rules import Rules, load_rules
from game.minigame.spec import CELLS_PER_TILE, FEED_H, FEED_W, LevelSpec
from game.tiled.errors import MapLoadError, display_path
from game.tiled.model import TiledMap
from game.tiled.project import Project, ProjectError, load_project
from game.tiled.reader import read_map


class LevelError(ValueError):
    """A level that cannot be played; `findings` say what and where."""

    def __init__(self, findings: list[Finding]) -> None:
        self.findings = findings
        super().__init__("\n".join(f.format() for f in findings))


def _read(path: Path, project: Project | None, r: Report) -> TiledMap | None:
    """The level's Tiled document, or None (with findings) if unreadable.
    The tissue tileset's picture is Tiled's only: it is not checked."""
    try:
        project = project if project is not None else load_project()
        return read_map(path, project, images=False)
    except MapLoadError as exc:
        r.findings += exc.findings
    except ProjectError as exc:
        r.error(str(exc), hint="fix or restore maps/smile.tiled-project")
    return None


def _check_size(doc: TiledMap, r: Report) -> bool:
    tiles_w, tiles_h = FEED_W // CELLS_PER_TILE, FEED_H // CELLS_PER_TILE
    if doc.width % tiles_w or doc.height % tiles_h:
        r.error(
            f"map is {doc.width}x{doc.height} tiles",
            hint=f"make it a whole number of {tiles_w}x{tiles_h}-tile screens",
        )
        return False
    return True


def _check_content(spec: LevelSpec, probe: TissueProbe, r: Report) -> None:
    if not spec.sources and not spec.waves:
        r.warn(
            "no GlitchSource or SabotageWave: there is nothing to patch",
            hint="add a GlitchSource object",
        )
    h, w = probe.shape
    if len(spec.feeds) > 1 or w > FEED_W or h > FEED_H:
        names = {(f.x, f.y) for f in spec.feeds}
        screens = (w // FEED_W) * (h // FEED_H)
        if len(names) != screens:
            r.error(
                f"map has {screens} screens but {len(names)} PatientFeed rects",
                hint="cover every screen with one PatientFeed",
            )
    for src in spec.sources:
        if probe.is_void(min(int(src.y), h - 1), min(int(src.x), w - 1)):
            r.warn(f"GlitchSource at cell {src.x:.0f},{src.y:.0f} is not on tissue")
    _check_feeds_have_tissue(spec, probe, r)


def _check_feeds_have_tissue(spec: LevelSpec, probe: TissueProbe, r: Report) -> None:
    """Every feed needs tissue cells: the swarm is spread over them."""
    for feed in spec.all_feeds():
        y0, x0 = max(feed.y, 0), max(feed.x, 0)
        rows, cols = slice(y0, feed.y + feed.h), slice(x0, feed.x + feed.w)
        if not probe.has_tissue(rows, cols):
            r.error(
                f'PatientFeed "{feed.name}" at cell {feed.x},{feed.y} covers no tissue',
                hint="paint tissue tiles on its screen or move the feed onto them",
            )


def build_spec(path: Path, doc: TiledMap, rules: Rules, r: Report) -> LevelSpec:
    """The spec of a read level; problems go to `r` (the spec may be unusable)."""
    return _build(path, doc, rules, r, smooth=True)[0]


def _build(
    path: Path, doc: TiledMap, rules: Rules, r: Report, smooth: bool
) -> tuple[LevelSpec, TissueProbe]:
    """The spec and a probe of its tissue. `smooth=False` (findings only):
    the spec keeps the painted tiles as its tissue and pigment, unsmoothed;
    the probe smooths only if a check needs it."""
    props = dict(doc.properties)
    kind_tiles, pigment_tiles = paint(doc, r)
    tuning = rules.tuning(tuning_values(props, rules, r))
    check_pairs(tuning, r)
    objects = LevelObjects(doc, r)
    objects.read()
    probe = TissueProbe(kind_tiles)
    kind = probe.cells() if smooth else kind_tiles
    spec = LevelSpec(
        name=path.stem,
        source=r.file,
        tissue=kind,
        pigment=smooth_pigment(pigment_tiles, kind) if smooth else pigment_tiles,
        tuning=tuning,
        swarm=rules.swarm,
        behaviour=rules.kinds[tuning.glitch_kind],
        seeds=tuple(objects.seeds),
        sources=tuple(objects.sources),
        nerves=tuple(objects.nerves),
        waves=tuple(objects.waves),
        feeds=tuple(sorted(objects.feeds, key=lambda f: (f.y, f.x))),
        hints=hints(props, r),
        hint_speaker=str(props.get("hint_speaker") or ""),
        title=str(props.get("title") or path.stem),
    )
    return spec, probe


def parse_level(
    path: Path,
    rules: Rules | None = None,
    project: Project | None = None,
    findings_only: bool = False,
) -> tuple[LevelSpec | None, list[Finding]]:
    """Read and check one level map; the spec is None when there are errors
    (and with `findings_only`, which skips smoothing the check does not need)."""
    r = Report(display_path(path))
    doc = _read(path, project, r)
    if doc is None or not _check_size(doc, r):
        return None, r.findings
    spec, probe = _build(path, doc, rules or load_rules(), r, not findings_only)
    _check_content(spec, probe, r)
    if r.has_errors or findings_only:
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
        project = load_project()
    except (ValueError, ProjectError) as exc:
        return [error(display_path(folder / "rules.json"), str(exc))]
    findings: list[Finding] = []
    for path in sorted(folder.glob("*.tmx")):
        findings += parse_level(path, rules, project, findings_only=True)[1]
    return findings
