"""The WARC reader: HTML responses become documents keyed by their target URI; the rest is skipped."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from dateline.ingest import read_paths
from dateline.ingest.warc import sniff_warc

PAGE = """<html><head><title>Clashes near Karsk</title>{meta}</head><body><nav>Home World</nav><article>
<p>Government troops and rebels clashed near Karsk on Tuesday, killing at least six fighters, officials said.</p>
<p>The fighting forced dozens of families to leave their homes in the valley.</p></article></body></html>"""


def _response(writer: WARCWriter, uri: str, body: bytes, ctype: str, status: str = "200 OK",
              date: str = "2021-06-01T12:00:00Z") -> None:
    headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
    record = writer.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=headers,
                                       warc_headers_dict={"WARC-Date": date})
    writer.write_record(record)


def make_warc(path: Path, gzip: bool) -> Path:
    """A small archive: two articles, an image, a redirect and a duplicate page."""
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=gzip)
        meta = '<meta property="article:published_time" content="2019-03-12">'
        _response(writer, "https://example.org/a", PAGE.format(meta=meta).encode(), "text/html; charset=utf-8")
        _response(writer, "https://example.org/logo.png", b"\x89PNG\r\n\x1a\n\x00\x00", "image/png")
        _response(writer, "https://example.org/old", b"", "text/html", status="301 Moved Permanently")
        other = PAGE.replace("Karsk", "Dalen").format(meta="").encode("cp1252")
        _response(writer, "https://example.org/b", other, "text/html; charset=windows-1252")
        _response(writer, "https://example.org/a?ref=rss", PAGE.format(meta=meta).encode(), "text/html")
    return path


@pytest.mark.parametrize("gzip", [False, True], ids=["warc", "warc.gz"])
def test_warc_html_responses_become_documents(tmp_path: Path, gzip: bool, split_items) -> None:
    path = make_warc(tmp_path / ("crawl.warc.gz" if gzip else "crawl.warc"), gzip)
    docs, rejected = split_items(read_paths([str(path)]))
    assert [d.doc_id for d in docs] == ["https://example.org/a", "https://example.org/b"]
    assert docs[0].url == "https://example.org/a"
    assert "killing at least six fighters" in docs[0].text and "Home World" not in docs[0].text
    assert [r.reason for r in rejected] == ["duplicate of https://example.org/a: same text read earlier in this run"]


def test_warc_date_priority(tmp_path: Path, split_items) -> None:
    path = make_warc(tmp_path / "crawl.warc", gzip=False)
    docs, _ = split_items(read_paths([str(path)]))
    assert docs[0].published == "2019-03-12"  # HTML metadata beats the crawl date
    assert docs[1].published == "2021-06-01"  # no metadata, no fallback: WARC-Date
    docs, _ = split_items(read_paths([str(path)], published="2019-03-13"))
    assert docs[1].published == "2019-03-13"  # the run's fallback beats the crawl date


def test_warc_corrupt_archive_rejected(tmp_path: Path, split_items) -> None:
    path = tmp_path / "broken.warc"
    path.write_bytes(b"this is not an archive at all\n" * 10)
    docs, rejected = split_items(read_paths([str(path)]))
    assert not docs and rejected[0].source == str(path)
    assert "WARC header" in rejected[0].reason


@pytest.mark.parametrize(("head", "expected"), [
    (b"WARC/1.0\r\nWARC-Type: warcinfo", True),
    (b"<html>", False),
    (b"\x1f\x8b\x08\x00garbage", False),
])
def test_warc_sniff(head: bytes, expected: bool) -> None:
    assert sniff_warc(head) is expected


def test_warc_sniff_gzip_member(tmp_path: Path) -> None:
    path = make_warc(tmp_path / "c.warc.gz", gzip=True)
    assert sniff_warc(path.read_bytes()[:8192])
