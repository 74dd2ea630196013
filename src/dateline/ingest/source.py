"""One input to read (a file or stdin): its name, size, bytes, and the run's fallback options."""

from __future__ import annotations

import contextlib
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from dateline.errors import DocumentRejected, Errors

DEFAULT_MAX_BYTES = 50_000_000
SNIFF_BYTES = 8192


def max_bytes_from_env() -> int:
    """The size limit: DATELINE_MAX_BYTES, else 50 MB (same default as settings.Options)."""
    value = os.environ.get("DATELINE_MAX_BYTES", "")
    return int(value) if value.strip().isdigit() else DEFAULT_MAX_BYTES


@dataclass
class Source:
    """An input as the readers see it; `name` is the path as given (it becomes the doc_id).

    Either `path` (a file) or `spool` (stdin copied to a temporary file) holds the bytes, so
    every reader can open the input again, sniff its head and stream it.
    """

    name: str
    size: int
    published: str | None = None
    max_bytes: int = DEFAULT_MAX_BYTES
    path: Path | None = None
    spool: IO[bytes] | None = field(default=None, repr=False)

    @contextlib.contextmanager
    def open(self) -> Iterator[IO[bytes]]:
        """A binary stream of the whole input, from the start."""
        if self.path is not None:
            with self.path.open("rb") as handle:
                yield handle
        else:
            assert self.spool is not None
            self.spool.seek(0)
            yield self.spool

    def head(self, n: int = SNIFF_BYTES) -> bytes:
        """The first `n` bytes, for sniffing the format."""
        with self.open() as handle:
            return handle.read(n)

    def read_bytes(self) -> bytes:
        """The whole input; rejected when larger than the limit (readers that stream avoid this)."""
        if self.size > self.max_bytes:
            raise DocumentRejected(self.name, Errors.E009.format(size=self.size, limit=self.max_bytes))
        with self.open() as handle:
            return handle.read()


def file_source(name: str, path: Path, published: str | None, max_bytes: int) -> Source:
    """A Source for a file on disk."""
    return Source(name=name, size=path.stat().st_size, published=published, max_bytes=max_bytes, path=path)


def stdin_source(published: str | None, max_bytes: int, stream: IO[bytes] | None = None) -> Source:
    """A Source for standard input, spooled so it can be sniffed and then streamed."""
    stream = stream if stream is not None else sys.stdin.buffer
    spool = tempfile.SpooledTemporaryFile(max_size=8_000_000)  # noqa: SIM115 - lives as long as the run
    shutil.copyfileobj(stream, spool)
    return Source(name="-", size=spool.tell(), published=published, max_bytes=max_bytes, spool=spool)
