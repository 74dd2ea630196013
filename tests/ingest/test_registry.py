"""The reader registry: built-ins are registered like plugins, and a plugin can add a format."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from dateline.errors import DocumentRejected
from dateline.ingest import read_paths, registry
from dateline.ingest.registry import get_reader, readers, register_reader
from dateline.ingest.source import Source
from dateline.records import Document


def test_registry_builtins_present_in_sniff_order() -> None:
    names = [r.name for r in readers()]
    assert set(names) >= {"text", "html", "jsonl", "feed", "warc"}
    assert names.index("warc") < names.index("feed") < names.index("jsonl") < names.index("html") < names.index("text")


def test_registry_unknown_reader_lists_choices() -> None:
    with pytest.raises(KeyError, match="unknown reader 'nope'; choose one of: .*html"):
        get_reader("nope")


def test_registry_plugin_reader_is_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, split_items) -> None:
    monkeypatch.setattr(registry, "_READERS", dict(registry._READERS))

    @register_reader("shout", extensions=(".shout",), sniff=lambda head: head.startswith(b"SHOUT"), priority=5)
    def read_shout(source: Source) -> Iterator[Document | DocumentRejected]:
        yield Document(doc_id=source.name, text=source.read_bytes().decode().lower(), format="shout")

    path = tmp_path / "a.txt"
    path.write_bytes(b"SHOUT TROOPS ADVANCED")
    docs, _ = split_items(read_paths([str(path)]))
    assert (docs[0].format, docs[0].text) == ("shout", "shout troops advanced")
