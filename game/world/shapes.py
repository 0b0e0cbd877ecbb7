"""Geometry for colliders: flipping tile shapes, overlap tests (no pygame)."""

from __future__ import annotations

from game.tiled.tilesets import bounds
from game.world.model import Point, Rect, Shape


def transform_tile_shape(
    shape: Shape, tile: tuple[int, int], flips: tuple[bool, bool, bool], at: Point
) -> Shape:
    """A tile's collider placed at `at` (the cell's top-left), flipped the way
    Tiled flips the tile: anti-diagonal (swap x/y) first, then x, then y."""
    tw, th = tile
    flip_x, flip_y, flip_d = flips
    corners = shape.points or _corners(shape.rect)

    def move(p: Point) -> Point:
        x, y = p
        if flip_d:
            x, y = y, x
        if flip_x:
            x = tw - x
        if flip_y:
            y = th - y
        return (x + at[0], y + at[1])

    moved = tuple(move(p) for p in corners)
    if shape.points:
        return Shape(bounds(moved), moved, shape.closed)
    return Shape(bounds(moved))


def _corners(rect: Rect) -> tuple[Point, ...]:
    return (
        (rect.x, rect.y),
        (rect.right, rect.y),
        (rect.right, rect.bottom),
        (rect.x, rect.bottom),
    )


def shape_overlaps_rect(shape: Shape, box: Rect) -> bool:
    """True if the collider and the box share area (polylines: cross it)."""
    if not shape.rect.overlaps(box) and not _touches_line(shape, box):
        return False
    if not shape.points:
        return True
    points = shape.points
    ends = points[1:] + (points[:1] if shape.closed else ())
    edges = list(zip(points[: len(ends)], ends, strict=True))
    if any(_segment_hits_rect(a, b, box) for a, b in edges):
        return True
    if shape.closed:
        return point_in_polygon(box.center, points)
    return False


def _touches_line(shape: Shape, box: Rect) -> bool:
    # a horizontal or vertical polyline has a zero-area bounding box
    r = shape.rect
    return bool(shape.points) and (
        r.x <= box.right
        and box.x <= r.right
        and r.y <= box.bottom
        and box.y <= r.bottom
    )


def point_in_polygon(p: Point, points: tuple[Point, ...]) -> bool:
    """Even-odd rule."""
    x, y = p
    inside = False
    n = len(points)
    for i in range(n):
        (x1, y1), (x2, y2) = points[i], points[(i + 1) % n]
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            inside = not inside
    return inside


def _segment_hits_rect(a: Point, b: Point, box: Rect) -> bool:
    """Liang–Barsky clip of segment a-b against the open box."""
    t0, t1 = 0.0, 1.0
    dx, dy = b[0] - a[0], b[1] - a[1]
    for p, q in (
        (-dx, a[0] - box.x),
        (dx, box.right - a[0]),
        (-dy, a[1] - box.y),
        (dy, box.bottom - a[1]),
    ):
        if p == 0:
            if q <= 0:
                return False
            continue
        t = q / p
        if p < 0:
            t0 = max(t0, t)
        else:
            t1 = min(t1, t)
        if t0 >= t1:
            return False
    return True
