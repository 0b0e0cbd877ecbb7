"""Seeded mutations of Tiled XML (maps, levels, tilesets, templates) for the
robustness tests: set an attribute to a hostile value, or remove an element."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from hypothesis import strategies as st

HOSTILE = [
    "", "-1", "0", "1", "16", "3.5", "99999999", "1e308", "nan", "inf", "abc",
    "true", "down", "wander", "fade", "start", "lobby.tmx", "Ep1_Launch",
    "$ep1_stage > 2", "../../../../etc/passwd", "/etc/passwd", "x" * 3000,
]  # fmt: skip

mutation = st.tuples(
    st.integers(0, 10_000), st.sampled_from(["attribute", "remove"]), st.integers(0, 99)
)


def mutate(
    root: ET.Element, changes: list[tuple[int, str, int]], hostile: list[str] = HOSTILE
) -> None:
    """Apply `changes` (pick, kind, value) to the tree under `root` in place."""
    for pick, kind, value in changes:
        nodes = list(root.iter())
        node = nodes[pick % len(nodes)]
        if kind == "attribute" and node.attrib:
            names = sorted(node.attrib)
            node.set(names[value % len(names)], hostile[value % len(hostile)])
        elif kind == "remove":
            for parent in root.iter():
                if node in list(parent):
                    parent.remove(node)
                    break
