"""What one scored gold set hands to the report: metrics by name, error rows, run time."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from dateline.evaluate.metrics import Metric
from dateline.records import Event


@dataclass
class ErrorRow:
    """One miss, false positive or wrong field, with enough context to see why."""

    doc_id: str
    kind: str
    gold: str = ""
    predicted: str = ""
    evidence: str = ""

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass
class SetResult:
    """The scores of one gold set (or one split of it)."""

    name: str
    gold_file: str
    docs: int = 0
    seconds: float = 0.0
    metrics: dict[str, Metric] = field(default_factory=dict)
    errors: list[ErrorRow] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    gold_sha256: str = ""

    def to_dict(self, with_errors: bool = False) -> dict[str, Any]:
        out: dict[str, Any] = {
            "name": self.name, "gold_file": self.gold_file, "gold_sha256": self.gold_sha256,
            "docs": self.docs, "seconds": round(self.seconds, 2), "notes": self.notes,
            "metrics": {name: m.to_dict() for name, m in self.metrics.items()},
        }
        if with_errors:
            out["errors"] = [e.to_dict() for e in self.errors]
        return out


def describe(event: Event | None) -> str:
    """A one-line summary of an event for error listings."""
    if event is None:
        return "-"
    parts = [event.type + (f"/{event.mode}" if event.mode else "")]
    if event.acled:
        parts.append(f"({event.acled.get('event_type')}: {event.acled.get('sub_event_type')})")
    parts.append(event.date or "no date")
    parts.append("@ " + (event.location.name if event.location else "-"))
    who = ", ".join(a.name for a in event.actors) or "?"
    whom = ", ".join(a.name for a in event.recipients)
    parts.append(f"[{who}{' -> ' + whom if whom else ''}]")
    counts = [f"{k}={getattr(event, k)}" for k in ("fatalities", "injured", "displaced",
              "arrested", "abducted") if getattr(event, k) is not None]
    return " ".join(parts + counts)


def evidence_text(event: Event | None) -> str:
    """The first evidence sentence of an event, for error listings."""
    if event is None or not event.evidence:
        return ""
    return " ".join(event.evidence[0].text.split())
