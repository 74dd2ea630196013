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
    facility: str = ""  # "street" or "building" named after a place ('Collins Avenue')
    fragment: bool = False  # rows are those of a part of the name ('Abu' of 'Abu Shok')
