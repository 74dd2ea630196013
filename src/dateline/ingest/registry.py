"""The reader registry: readers register by name, as a plugin would, and say which inputs they take.

Built-in readers register themselves when their module is imported (see `BUILTIN_READERS`);
third-party readers do the same from a package exposing a `dateline.readers` entry point.
`detect.py` picks a reader for an input by sniffing its first bytes, then by file extension.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from dateline.errors import DocumentRejected, Errors
from dateline.ingest.source import Source
from dateline.records import Document
from dateline.registry import load_plugins

ReadFn = Callable[[Source], Iterator[Document | DocumentRejected]]
SniffFn = Callable[[bytes], bool]

BUILTIN_READERS = (
    "dateline.ingest.warc",
    "dateline.ingest.feeds",
    "dateline.ingest.jsonl",
    "dateline.ingest.html",
    "dateline.ingest.text",
)


@dataclass(frozen=True)
class Reader:
    """One input format: how to recognise it and how to read it.

    `streams` readers read records one at a time, so the size limit applies per record rather
    than per file. Lower `priority` sniffs first: specific formats (WARC) before loose ones (text).
    `trust_extension` lets the extension pick this reader even when sniffing fails (a JSONL file
    whose first line is broken); otherwise a file whose content contradicts its extension is
    read as text.
    """

    name: str
    read: ReadFn
    extensions: tuple[str, ...] = ()
    sniff: SniffFn | None = None
    streams: bool = False
    priority: int = 50
    trust_extension: bool = False


_READERS: dict[str, Reader] = {}


def register_reader(
    name: str,
    *,
    extensions: tuple[str, ...] = (),
    sniff: SniffFn | None = None,
    streams: bool = False,
    priority: int = 50,
    trust_extension: bool = False,
) -> Callable[[ReadFn], ReadFn]:
    """Decorator: register `fn` as the reader called `name` (a later registration replaces it)."""

    def decorate(fn: ReadFn) -> ReadFn:
        exts = tuple(e.lower() for e in extensions)
        _READERS[name] = Reader(name, fn, exts, sniff, streams, priority, trust_extension)
        return fn

    return decorate


@functools.lru_cache(maxsize=1)
def load_readers() -> None:
    """Import the built-in reader modules and any `dateline.readers` plugins, once."""
    load_plugins(BUILTIN_READERS, "dateline.readers")


def readers() -> list[Reader]:
    """Every registered reader, in sniffing order."""
    load_readers()
    return sorted(_READERS.values(), key=lambda r: (r.priority, r.name))


def get_reader(name: str) -> Reader:
    """The reader registered as `name`; a clear error when there is none."""
    load_readers()
    if name not in _READERS:
        choices = ", ".join(sorted(_READERS))
        raise KeyError(Errors.E013.format(what="reader", name=name, choices=choices))
    return _READERS[name]
