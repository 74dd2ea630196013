"""Typed records for everything Dateline reads and writes (the contract in SPEC.md).

Records are plain dataclasses so they pickle across process pools and Dask workers;
`to_dict` gives exactly the JSON shape fixed by SPEC.md, `from_dict` reads it back and
ignores fields it does not know (SPEC.md lets producers add fields).
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from dataclasses import dataclass, field
from typing import Any, ClassVar, TypeVar

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
MODALITIES = ("asserted", "claimed", "denied", "future", "hypothetical", "negated")
DATE_PRECISIONS = ("day", "week", "month", "year")
PLACE_PRECISIONS = ("exact", "near", "admin1", "country")
TERRITORY = ("captured", "regained", "lost", "transferred")
COUNT_FIELDS = ("fatalities", "injured", "displaced", "arrested", "abducted")
TOPONYM_KINDS = ("literal", "metonymic", "demonym")

R = TypeVar("R", bound="Record")


class Record:
    """Shared (de)serialisation for the dataclasses below."""

    nested: ClassVar[dict[str, type]] = {}
    nested_lists: ClassVar[dict[str, type]] = {}

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)  # type: ignore[call-overload]

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, sort_keys=False)

    @classmethod
    def from_dict(cls: type[R], data: dict[str, Any]) -> R:
        names = {f.name for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
        kwargs: dict[str, Any] = {}
        for key, value in data.items():
            if key not in names:
                continue
            if key in cls.nested and isinstance(value, dict):
                value = cls.nested[key].from_dict(value)
            elif key in cls.nested_lists and isinstance(value, list):
                sub = cls.nested_lists[key]
                value = [sub.from_dict(v) if isinstance(v, dict) else v for v in value]
            kwargs[key] = value
        return cls(**kwargs)


@dataclass
class Actor(Record):
    """Who acted or was acted upon: canonical name, surface text, country, PLOVER sectors."""

    name: str
    text: str = ""
    country: str | None = None
    sector: list[str] = field(default_factory=list)


@dataclass
class Place(Record):
    """A resolved place. `precision` says honestly how exact the coordinates are."""

    name: str
    geonameid: int | None = None
    lat: float | None = None
    lon: float | None = None
    admin1: str | None = None
    country: str | None = None
    precision: str = "exact"


@dataclass
class Evidence(Record):
    """A span of cleaned document text that supports an event (offsets slice `Document.text`)."""

    doc_id: str
    text: str
    start: int
    end: int


@dataclass
class Event(Record):
    """One event record as fixed by SPEC.md section 1."""

    nested: ClassVar[dict[str, type]] = {"location": Place}
    nested_lists: ClassVar[dict[str, type]] = {
        "actors": Actor, "recipients": Actor, "evidence": Evidence,
    }

    type: str
    id: str = ""
    mode: str | None = None
    context: list[str] = field(default_factory=list)
    acled: dict[str, str] | None = None
    territory: str | None = None
    actors: list[Actor] = field(default_factory=list)
    recipients: list[Actor] = field(default_factory=list)
    location: Place | None = None
    date: str | None = None
    date_precision: str = "day"
    fatalities: int | None = None
    injured: int | None = None
    displaced: int | None = None
    arrested: int | None = None
    abducted: int | None = None
    modality: str = "asserted"
    attributed_to: str | None = None
    evidence: list[Evidence] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    confidence: float = 0.5

    def assign_id(self) -> str:
        """Stable id: same input, same id (hash of type, sources and first evidence span)."""
        first = self.evidence[0] if self.evidence else None
        key = "|".join([
            self.type,
            first.doc_id if first else ",".join(sorted(self.sources)),
            str(first.start) if first else "",
            str(first.end) if first else "",
            self.location.name if self.location else "",
            self.date or "",
        ])
        self.id = "ev_" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]
        return self.id


@dataclass
class Toponym(Record):
    """One place name found in a document (the `dateline geoparse` record)."""

    doc_id: str
    text: str
    start: int
    end: int
    kind: str = "literal"
    name: str | None = None
    geonameid: int | None = None
    lat: float | None = None
    lon: float | None = None
    admin1: str | None = None
    country: str | None = None
    score: float = 0.0


@dataclass
class Document(Record):
    """A document after ingest: where it came from, its publication date and its raw text.

    `text` is what the reader produced (already stripped of markup); `clean.py` turns it into
    the text that evidence offsets point into. `content_hash` keys the store so the same
    article ingested twice is stored once.
    """

    doc_id: str
    text: str
    title: str | None = None
    url: str | None = None
    published: str | None = None
    source: str | None = None
    format: str = "text"
    content_hash: str = ""

    def __post_init__(self) -> None:
        if not self.content_hash:
            self.content_hash = content_hash(self.text)


def content_hash(text: str) -> str:
    """Hash of the whitespace-normalised text: identical articles get identical keys."""
    norm = " ".join(text.split())
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()
