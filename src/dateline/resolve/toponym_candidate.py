"""The toponym candidate: one place-name mention between recognition and resolution."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Candidate:
    """One toponym mention before resolution (token offsets, index key, context hints)."""

    start: int
    end: int
    key: str
    rows: tuple[int, ...]
    source: str  # "gaz", "ner" or "demonym"
    kind: str = "literal"
    feature: str | None = None  # place kind the context suggests ("city", "admin1", ...)
    near: bool = False
    parent: "Candidate | None" = None
    child: "Candidate | None" = None  # 'Atlanta' for 'Georgia' in "Atlanta, Georgia"
    cued: bool = False
    peers: list["Candidate"] = field(default_factory=list)  # neighbours in a list of names
    sibling: bool = False  # listed with typed settlements: not placed inside a neighbour
    facility: str = ""  # "street" or "building" named after a place ('Warren Avenue')
    fragment: bool = False  # rows are those of a part of the name ('Ras' of 'Ras Tanura')


def containment(cand: Candidate) -> tuple[Candidate | None, Candidate | None]:
    """The parent and child of "Paris, Texas", unless the comma separates a list.

    "Georgia, Iraq, Iran and Syria" also puts "Iran" right after "Iraq, ": a name with a
    third list member on either side of the pair is one item of a list, and a list says
    nothing about containment (Arak, Iran is also written "Iraq" in GeoNames).
    """
    parent, child = cand.parent, cand.child
    if parent is not None and _in_longer_list(cand, parent):
        parent = None
    if child is not None and _in_longer_list(child, cand):
        child = None
    return parent, child


def _in_longer_list(first: Candidate, second: Candidate) -> bool:
    return (any(p is not second for p in first.peers)
            or any(p is not first for p in second.peers))
