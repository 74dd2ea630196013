"""Choosing a reader: content first, then a trusted extension, else text."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from dateline.errors import DocumentRejected
from dateline.ingest.detect import choose_reader, extension_reader
from dateline.ingest.feeds import sniff_feed
from dateline.ingest.html import sniff_html
from dateline.ingest.jsonl import sniff_jsonl
from dateline.ingest.source import file_source

CASES = [
    # (file name, content, reader)
    ("a.txt", b"Plain story text.", "text"),
    ("a.txt", b"<!DOCTYPE html><html><body><p>x</p></body></html>", "html"),
    ("a.html", b"Plain story text.", "text"),
    ("a.xml", b'<?xml version="1.0"?><rss version="2.0"><channel></channel></rss>', "feed"),
    ("a.xml", b"<?xml version='1.0'?><note>plain xml</note>", "text"),
    ("a.dat", b'{"id": "1", "text": "x"}\n', "jsonl"),
    ("a.jsonl", b"{broken\n", "jsonl"),  # the extension is trusted: line 1 becomes one rejection
    ("a.bin", b"WARC/1.1\r\nWARC-Type: warcinfo\r\n", "warc"),
    ("a.warc", b"not an archive", "warc"),  # the WARC reader rejects it with a precise reason
    ("noext", b"Plain story text.", "text"),
]


@pytest.mark.parametrize(("name", "content", "reader"), CASES)
def test_detect_choose_reader(tmp_path: Path, name: str, content: bytes, reader: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    assert choose_reader(file_source(str(path), path, None, 1000)).name == reader


def test_detect_gzip_that_is_not_warc(tmp_path: Path) -> None:
    path = tmp_path / "story.txt.gz"
    path.write_bytes(gzip.compress(b"hello"))
    with pytest.raises(DocumentRejected, match="gzip"):
        choose_reader(file_source(str(path), path, None, 1000))


@pytest.mark.parametrize(("name", "reader"), [
    ("x.warc.gz", "warc"), ("X.HTML", "html"), ("x.ndjson", "jsonl"), ("x.atom", "feed"), ("x.gz", None),
])
def test_detect_extension_reader(name: str, reader: str | None) -> None:
    found = extension_reader(name)
    assert (found.name if found else None) == reader


SNIFFS = [
    (sniff_feed, b'<?xml version="1.0"?>\n<rss version="2.0">', True),
    (sniff_feed, b'<?xml version="1.0"?><!-- c --><feed xmlns="http://www.w3.org/2005/Atom">', True),
    (sniff_feed, b'<rdf:RDF xmlns:rdf="x">', True),
    (sniff_feed, b'<?xml version="1.0"?><html><body>', False),
    (sniff_feed, b"Plain text about an rss <feed>", False),
    (sniff_jsonl, b'{"id": "1", "text": "x"}\n{"id": "2"}', True),
    (sniff_jsonl, b'{"id": "1", "text": "a very long first line', True),
    (sniff_jsonl, b"{not json}\n", False),
    (sniff_jsonl, b"Plain text\n", False),
    (sniff_jsonl, b"[1, 2]\n", False),
    (sniff_html, b"<!DOCTYPE html><html>", True),
    (sniff_html, b"  <html lang='en'><head>", True),
    (sniff_html, b"<div>a</div><p>b</p><span>c</span>", True),
    (sniff_html, b"Plain text mentioning <b>once</b>.", False),
    (sniff_html, b'{"id": 1, "html": "<p>x</p>"}', False),
]


@pytest.mark.parametrize(("sniff", "head", "expected"), SNIFFS)
def test_detect_format_sniffers(sniff, head: bytes, expected: bool) -> None:
    """Each reader recognises its own format from the first bytes and nothing else's."""
    assert sniff(head) is expected
