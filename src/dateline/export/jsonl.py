"""JSON Lines export: one SPEC.md event record per line, the format other tools read."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import IO

from dateline.export.registry import register
from dateline.records import Event


@register("jsonl", suffix=".jsonl", description="one SPEC.md event record per line")
def write_jsonl(events: Iterable[Event], stream: IO[str]) -> int:
    """One JSON object per event."""
    n = 0
    for event in events:
        stream.write(event.to_json() + "\n")
        n += 1
    return n


def read_jsonl(stream: IO[str]) -> Iterator[Event]:
    """Events back from `write_jsonl` output (blank lines skipped)."""
    for line in stream:
        if line.strip():
            yield Event.from_dict(json.loads(line))
