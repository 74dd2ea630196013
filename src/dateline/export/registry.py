"""Exporters by name: built-ins register exactly as a plugin would (entry point group below).

A plugin package adds an exporter by declaring, in its pyproject.toml,
`[project.entry-points."dateline.exporters"] myformat = "mypkg.module"`; importing that module
must call `register`.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import IO, Any

from dateline.errors import DatelineError, Errors
from dateline.records import Event
from dateline.registry import load_plugins

BUILTINS = ("dateline.export.jsonl", "dateline.export.tables", "dateline.export.geojson",
            "dateline.export.parquet")
ENTRY_POINT_GROUP = "dateline.exporters"

WriteFn = Callable[[Iterable[Event], IO[Any]], int]


@dataclass(frozen=True)
class Exporter:
    """A named output format: `write(events, stream)` returns how many events it wrote."""

    name: str
    suffix: str
    binary: bool
    write: WriteFn
    description: str = ""


_EXPORTERS: dict[str, Exporter] = {}


def register(name: str, suffix: str, binary: bool = False, description: str = "") -> Callable[[WriteFn], WriteFn]:
    """Decorator: make `write` available as format `name`."""

    def wrap(write: WriteFn) -> WriteFn:
        _EXPORTERS[name] = Exporter(name, suffix, binary, write, description or (write.__doc__ or "").strip())
        return write

    return wrap


@functools.lru_cache(maxsize=1)
def _load_all() -> None:
    load_plugins(BUILTINS, ENTRY_POINT_GROUP)


def exporters() -> dict[str, Exporter]:
    """Every registered exporter, by name."""
    _load_all()
    return dict(_EXPORTERS)


def get_exporter(name: str) -> Exporter:
    """The exporter called `name`, or a DatelineError listing the choices."""
    known = exporters()
    if name not in known:
        raise DatelineError(Errors.E013.format(what="export format", name=name, choices=", ".join(sorted(known))))
    return known[name]
