"""One message per root cause: a broken file that several maps use is
reported once, from the first map, with the others named after it.

The map checker addresses a problem in a tileset or template from each map
that uses it (`map › tileset › where`); without this, one bad tileset would
print one line per map.
"""

from __future__ import annotations

from dataclasses import replace

from game.core.findings import Finding

SHARED = (".tsx", ".tx")  # files many maps use


def merge_shared(findings: list[Finding]) -> list[Finding]:
    """`findings` in order, each problem of a shared file kept once."""
    first: dict[tuple[object, ...], int] = {}
    others: dict[int, list[str]] = {}
    out: list[Finding] = []
    for finding in findings:
        key = _shared_key(finding)
        if key is None:
            out.append(finding)
        elif key in first:
            others[first[key]].append(finding.file)
        else:
            first[key] = len(out)
            others[len(out)] = []
            out.append(finding)
    for index, files in others.items():
        if files:
            also = ", ".join(files[:3]) + (" …" if len(files) > 3 else "")
            where = f"{out[index].where} (also used by {also})"
            out[index] = replace(out[index], where=where)
    return out


def _shared_key(finding: Finding) -> tuple[object, ...] | None:
    """What identifies a shared file's problem apart from the map it came by."""
    head = finding.where.split(" › ", 1)[0]
    if not head.endswith(SHARED):
        return None
    return (finding.severity, head, finding.message, finding.where, finding.hint)
