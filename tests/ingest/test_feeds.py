"""The RSS/Atom reader: one document per entry from the file's bytes, never fetched."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from dateline.ingest import read_paths


def test_feeds_rss_entries(fixtures: Path, split_items) -> None:
    docs, rejected = split_items(read_paths([str(fixtures / "feed.rss")], published="2019-03-20"))
    assert [d.doc_id for d in docs] == ["https://example.org/world/ceasefire", "https://example.org/world/floods"]
    first = docs[0]
    assert first.title == "Ceasefire agreed in Valdoria" and first.source == "Example Daily - World"
    assert first.published == "2019-03-12" and first.format == "feed"
    assert "agreed to a ceasefire on Monday" in first.text and "prisoners would be exchanged" in first.text
    assert "Short summary" not in first.text  # full content beats the summary
    assert docs[1].published == "2019-03-20"  # no pubDate: the fallback
    assert [r.source for r in rejected] == ["https://example.org/world/empty"]


def test_feeds_atom_entry_id_and_published(fixtures: Path, split_items) -> None:
    docs, _ = split_items(read_paths([str(fixtures / "feed.atom")]))
    assert docs[0].doc_id == "urn:example:wire:1001"
    assert docs[0].published == "2019-03-13"  # published, not updated
    assert docs[0].url == "https://example.org/wire/1001"


def test_feeds_xml_extension_sniffed(tmp_path: Path, fixtures: Path, split_items) -> None:
    path = tmp_path / "news.xml"
    path.write_bytes((fixtures / "feed.atom").read_bytes())
    docs, _ = split_items(read_paths([str(path)]))
    assert docs[0].format == "feed"


def test_feeds_never_touch_the_network(fixtures: Path, split_items, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("network access during ingest")

    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket.socket, "connect", refuse)
    docs, _ = split_items(read_paths([str(fixtures / "feed.rss"), str(fixtures / "article.html")]))
    assert len(docs) == 3


def test_feeds_without_entries_rejected(tmp_path: Path, split_items) -> None:
    path = tmp_path / "empty.rss"
    path.write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>T</title></channel></rss>', encoding="utf-8")
    docs, rejected = split_items(read_paths([str(path)]))
    assert not docs and "without entries" in rejected[0].reason

